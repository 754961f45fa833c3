package org.gongkai.periods;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The {@code series} spec case, copied into a temporary folder and built through the facade. */
final class SeriesSite {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final String P3 = "zdgz/2023/tasks-1-3.html";
  static final String P6 = "zdgz/2023/tasks-1-6.html";
  static final String P9 = "zdgz/2023/tasks-1-9.html";
  static final String HISTORY = "zdgz/series/2023-test-tasks.html";
  /** The withheld progress of task E, one sentence per period. */
  static final String[] WITHHELD = {"戊任务涉及内部研究的具体安排第一期",
      "戊任务涉及内部研究的具体安排第二期", "戊任务涉及内部研究的具体安排第三期", "戊任务涉及内部研究"};

  final Path site;
  final Path out;
  final BuildResult result;

  private SeriesSite(Path site, Path out, BuildResult result) {
    this.site = site;
    this.out = out;
    this.result = result;
  }

  /** The three periods. */
  static SeriesSite three(Path temp) {
    return build(temp, false);
  }

  /** The first two periods only (1-9月 deleted). */
  static SeriesSite two(Path temp) {
    return build(temp, true);
  }

  private static SeriesSite build(Path temp, boolean dropThird) {
    Path site = TestSites.copy("series", temp.resolve("site"));
    if (dropThird) {
      try {
        Files.delete(site.resolve("content/zdgz/tasks-1-9.yaml"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path out = temp.resolve("out");
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(out).today(TODAY)
        .build().build();
    assertFalse(result.hasErrors(), () -> String.join("\n",
        result.errors().stream().map(Problem::format).toList()));
    assertTrue(result.written());
    return new SeriesSite(site, out, result);
  }

  Document page(String path) {
    Path file = TestSites.assertFile(out, path);
    try {
      return Jsoup.parse(file.toFile(), "UTF-8", "https://www.example.gov.cn/" + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text(String path) {
    return TestSites.read(TestSites.assertFile(out, path));
  }

  byte[] bytes(String path) {
    try {
      return Files.readAllBytes(TestSites.assertFile(out, path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
