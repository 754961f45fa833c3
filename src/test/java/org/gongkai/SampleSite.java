package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.Problem;

/** Builds the sample site of this repository (the repository root is the site) for tests. */
public final class SampleSite {

  /** The repository root, which holds the sample site. */
  public static final Path ROOT = Path.of("").toAbsolutePath();

  /** The day the sample site is built as of, so that tests do not depend on the calendar. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  private SampleSite() {}

  /** Builds the sample site into {@code output} and fails on any error. */
  public static BuildResult build(Path output) {
    BuildResult result = Gongkai.builder().siteDirectory(ROOT).outputDirectory(output)
        .today(TODAY).build().build();
    assertFalse(result.hasErrors(), () -> "the sample site must build:\n"
        + String.join("\n", result.errors().stream().map(Problem::format).toList()));
    return result;
  }

  /** Every file under a folder, relative, sorted. */
  public static List<String> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A seed page: a copy of the real published pages the sample site was made from, kept in
   * {@code src/test/resources/seeds} so that a clone of this repository needs nothing beside it.
   */
  public static Path seed(String name) {
    return ROOT.resolve("src/test/resources/seeds").resolve(name);
  }
}
