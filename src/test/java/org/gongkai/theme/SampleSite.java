package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/** The sample site of this repository (its root is the site), built for a test. */
final class SampleSite {

  private SampleSite() {}

  /** Builds the sample site into {@code output}, failing on any build error. */
  static Path build(Path output) {
    assertTrue(org.gongkai.SampleSite.build(output).written(), "the sample site was not written");
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

  /**
   * Pages by the kind the theme writes first in the body's class: home, column, document, units,
   * unit, not-found. (A document's second class says which: report or tasklist.)
   */
  static Map<String, List<Path>> pagesByKind(Path output) {
    Map<String, List<Path>> kinds = new LinkedHashMap<>();
    for (Path page : pages(output)) {
      for (String kind : bodyClasses(page)) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(page);
      }
    }
    return kinds;
  }

  private static List<String> bodyClasses(Path page) {
    try {
      return List.of(Jsoup.parse(page.toFile()).body().className().split(" "));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
