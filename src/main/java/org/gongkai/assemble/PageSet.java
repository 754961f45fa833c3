package org.gongkai.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * The files of a build as they are planned: pages, and the paths copied files take. No two may
 * share a path, compared without case as on Windows and macOS disks, or one would silently
 * overwrite the other. Also keeps what the build cache and the sitemap need of each page.
 */
final class PageSet {

  private final List<Page> pages = new ArrayList<>();
  private final Map<String, Origin> origins = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, LocalDate> lastmods = new HashMap<>();
  private final List<Views.Alternate> siteAlternates;
  private final Consumer<Problem> problems;

  /** @param siteAlternates what HTML pages without alternates of their own advertise */
  PageSet(List<Views.Alternate> siteAlternates, Consumer<Problem> problems) {
    this.siteAlternates = siteAlternates;
    this.problems = problems;
  }

  /**
   * Adds a page unless an earlier page or file has its path: that is an error at the earlier
   * one's source, naming this one.
   *
   * @param from where the page comes from, for that error
   * @param what the page, in words, for that error
   */
  /** Reports a problem found while planning a page. */
  void report(Problem problem) {
    problems.accept(problem);
  }

  void add(Page page, Location from, Text what) {
    if (page.kind().format() == Format.HTML && page.alternates().isEmpty()) {
      page = page.withAlternates(siteAlternates);
    }
    Optional<Origin> first = claim(page.path(), from, what);
    if (first.isPresent()) {
      problems.accept(Problem.error(first.get().at(), "permalink-collision",
          Text.of("assemble.both-written", first.get().what(), what, page.path()),
          Text.of("assemble.both-written-hint")));
      return;
    }
    pages.add(page);
  }

  /**
   * Takes an output path for a copied file.
   *
   * @return what already has the path, if anything does (then the path is not taken)
   */
  Optional<Text> claimCopy(String path, Location from, Text what) {
    return claim(path, from, what).map(Origin::what);
  }

  private Optional<Origin> claim(String path, Location from, Text what) {
    return Optional.ofNullable(origins.putIfAbsent(path.toLowerCase(Locale.ROOT),
        new Origin(from, what)));
  }

  /** Records what an output file shows, for the build cache: same key, same bytes. */
  void key(String outputPath, String key) {
    keys.put(outputPath, key);
  }

  /** Records the sitemap's lastmod of the HTML page at a site path. */
  void lastmod(String sitePath, LocalDate date) {
    lastmods.put(sitePath, date);
  }

  /** The sitemap's lastmod of the HTML page at a site path, or null when not known. */
  LocalDate lastmod(String sitePath) {
    return lastmods.get(sitePath);
  }

  /** The pages added so far, in order of their paths. */
  List<Page> pages() {
    return pages.stream().sorted(Comparator.comparing(Page::path)).toList();
  }

  Map<String, String> keys() {
    return keys;
  }

  /** Where a page or file comes from, for collision messages. */
  private record Origin(Location at, Text what) {}
}
