package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;

/** The sample site of this repository (its root is the site), built for a test. */
final class SampleSite {

  /** The day the site is built as of, so that the pages do not change with the calendar. */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private SampleSite() {}

  /** Builds the sample site into {@code output}, failing on any build error. */
  static Path build(Path output) {
    BuildResult result = Gongkai.builder()
        .siteDirectory(Path.of(""))
        .outputDirectory(output)
        .today(TODAY)
        .build()
        .build();
    assertFalse(result.hasErrors(), () -> "the sample site has build errors: " + result.errors());
    assertTrue(result.written(), "the sample site was not written");
    return output;
  }

  /** Every HTML page of a built site, sorted. */
  static List<Path> pages(Path output) {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".html"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pages under a folder of the site (relative, e.g. {@code units}), sorted. */
  static List<Path> pages(Path output, String folder) {
    return pages(output.resolve(folder));
  }
}
