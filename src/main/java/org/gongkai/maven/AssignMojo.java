package org.gongkai.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;

/**
 * Assigns index numbers (索引号) to publishable documents that lack one and records them in
 * index-ledger.yaml, like {@code gongkai index assign}. Run it on a laptop, then commit the
 * documents and the ledger; it refuses to run frozen (in CI).
 */
@Mojo(name = "assign", threadSafe = true, requiresProject = false)
public class AssignMojo extends AbstractGongkaiMojo {

  /** Documents (paths relative to the site folder) to give a fresh number, comma-separated. */
  @Parameter(property = "gongkai.renumber")
  List<String> renumber;

  /** Documents to mark as imported from an older site, comma-separated. */
  @Parameter(property = "gongkai.import")
  List<String> imports;

  @Override
  BuildResult run(Gongkai gongkai) {
    return gongkai.assign(paths(renumber), paths(imports));
  }

  @Override
  String done(BuildResult result) {
    return result.written() ? "index numbers written" : "nothing to assign";
  }

  private static Set<String> paths(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
