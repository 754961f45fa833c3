package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Problem;

/** Builds a site a test wrote into, failing on any error. */
final class SheetBuilds {

  private SheetBuilds() {}

  static BuildResult assertBuilds(Path site, Path output) {
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(output)
        .today(SheetImportTest.TODAY).useCache(false).build().build();
    assertFalse(result.hasErrors(), () -> String.join("\n",
        result.errors().stream().map(Problem::format).toList()));
    return result;
  }
}
