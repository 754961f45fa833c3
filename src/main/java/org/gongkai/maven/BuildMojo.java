package org.gongkai.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;

/**
 * Checks the site and writes it to {@code outputDirectory}. On any error nothing is written: the
 * previous output stays as it was. Outside CI (not frozen) it assigns missing index numbers first,
 * writing them into the documents and index-ledger.yaml.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresProject = false)
public class BuildMojo extends AbstractGongkaiMojo {

  @Override
  BuildResult run(Gongkai gongkai) {
    return gongkai.build();
  }

  @Override
  String done(BuildResult result) {
    return result.written() ? "built " + outputDirectory : "built nothing";
  }
}
