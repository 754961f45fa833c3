package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.testing.TestSites;

/**
 * The showcase spec case ({@code src/test/resources/sites/showcase}): content beyond the sample
 * site, for the theme tests.
 */
final class Showcase {

  private Showcase() {}

  /** Copies the case next to {@code output} and builds it into {@code output}. */
  static Path build(Path output) {
    Path site = TestSites.copy("showcase", output.resolveSibling(output.getFileName() + "-site"));
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(output)
        .today(LocalDate.of(2023, 12, 31)).build().build();
    assertFalse(result.hasErrors(), () -> "the showcase must build: " + result.errors());
    return output;
  }
}
