package org.gongkai.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;

/**
 * Checks the site's content (metadata, index numbers, units, links, withheld content …) without
 * writing anything. Fails the build on errors, and on warnings with {@code failOnWarnings}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
    requiresProject = false)
public class CheckMojo extends AbstractGongkaiMojo {

  @Override
  BuildResult run(Gongkai gongkai) {
    return gongkai.check();
  }

  @Override
  String done(BuildResult result) {
    return "checked";
  }
}
