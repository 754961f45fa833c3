package org.gongkai.sheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.SampleSite;
import org.gongkai.config.SiteReader;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.TaskList;
import org.gongkai.source.DocumentParser;

/** The sample site copied for a test, and its task lists read back. */
final class SheetSites {

  private SheetSites() {}

  /** Copies the sample site (the repository root's site.yaml, units.yaml, ledger, content/). */
  static Path sample(Path dir) {
    try {
      for (String file : List.of("site.yaml", "units.yaml", "index-ledger.yaml")) {
        Files.createDirectories(dir);
        Files.copy(SampleSite.ROOT.resolve(file), dir.resolve(file));
      }
      Path content = SampleSite.ROOT.resolve("content");
      try (Stream<Path> walk = Files.walk(content)) {
        for (Path p : walk.toList()) {
          Path to = dir.resolve("content").resolve(content.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(to);
          } else {
            Files.copy(p, to);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** A task list of a site by its path, parsed by gongkai's own parser. */
  static TaskList list(Path site, String relPath) {
    List<Problem> problems = new ArrayList<>();
    String column = relPath.substring("content/".length(), relPath.lastIndexOf('/'));
    Document doc = new DocumentParser(site).parse(relPath, column, problems::add).orElseThrow(
        () -> new AssertionError(relPath + " does not parse: " + problems));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new AssertionError(relPath + ": " + problems);
    }
    return (TaskList) doc;
  }

  /** Parses YAML text as a task list, failing on any error. */
  static TaskList parse(Path site, String yaml, String relPath) {
    List<Problem> problems = new ArrayList<>();
    String column = relPath.substring("content/".length(), relPath.lastIndexOf('/'));
    Document doc = new DocumentParser(site).parseText(yaml, relPath, column, problems::add)
        .orElseThrow(() -> new AssertionError("does not parse: " + problems + "\n" + yaml));
    if (problems.stream().anyMatch(Problem::isError)) {
      throw new AssertionError(problems + "\n" + yaml);
    }
    return (TaskList) doc;
  }

  static Site read(Path site) {
    return SiteReader.read(site, p -> { });
  }

  /** The units as written in a cell, each with its mark: what an import must keep. */
  static java.util.List<String> marked(java.util.List<org.gongkai.model.UnitRef> units) {
    return units.stream().map(u -> u.mark() + u.name()).toList();
  }
}
