package org.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Problem;

/**
 * The {@code annual-report} spec case copied into a folder: two consistent years of one
 * government's annual report, to be changed one thing at a time. Locations of figures are
 * computed from the files, so that a test says which figure it means, not which line.
 */
public final class AnnualSite {

  /** The day the spec case is checked as of: both reports are published by then. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  public static final String R2024 = "content/ndbg/2024-ndbg.md";
  public static final String R2025 = "content/ndbg/2025-ndbg.md";

  private final Path dir;

  private AnnualSite(Path dir) {
    this.dir = dir;
  }

  /** A copy whose documents have their index numbers (imported, as a first assignment is). */
  public static AnnualSite copy(Path dir) {
    AnnualSite site = new AnnualSite(TestSites.copy("annual-report", dir));
    BuildResult numbered = site.gongkai().assign(java.util.Set.of(), java.util.Set.of());
    assertTrue(numbered.written(), () -> numbered.problems().toString());
    return site;
  }

  public Path dir() {
    return dir;
  }

  public String read(String path) {
    return TestSites.read(dir.resolve(path));
  }

  public AnnualSite write(String path, String text) {
    TestSites.write(dir, path, text);
    return this;
  }

  /** Replaces the one occurrence of {@code from} in a file by {@code to}. */
  public AnnualSite replace(String path, String from, String to) {
    String text = read(path);
    int at = text.indexOf(from);
    assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0,
        () -> "`" + from + "` must occur once in " + path);
    return write(path, text.substring(0, at) + to + text.substring(at + from.length()));
  }

  /** Removes the one line that starts (after its indentation) with {@code start}. */
  public AnnualSite removeLine(String path, String start) {
    List<String> lines = new java.util.ArrayList<>(List.of(read(path).split("\n", -1)));
    List<String> found = lines.stream().filter(l -> l.stripLeading().startsWith(start)).toList();
    assertEquals(1, found.size(), () -> "lines starting with " + start + ": " + found);
    lines.remove(found.get(0));
    return write(path, String.join("\n", lines));
  }

  public Gongkai gongkai() {
    return Gongkai.builder().siteDirectory(dir).outputDirectory(dir.resolve("out")).today(TODAY)
        .build();
  }

  public List<Problem> check() {
    return gongkai().check().problems();
  }

  public List<Problem> check(String ruleId) {
    return check().stream().filter(p -> p.ruleId().equals(ruleId)).toList();
  }

  public BuildResult build() {
    return gongkai().build();
  }

  /**
   * Where item {@code item} (from 0) of the YAML list after {@code key:} is, in the line that
   * starts (after its indentation) with {@code key:}: {@code path:line:column}.
   */
  public String figure(String path, String key, int item) {
    String[] lines = read(path).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].stripLeading().startsWith(key + ":")) {
        String line = lines[i];
        int open = line.indexOf('[');
        if (open < 0) {
          assertEquals(0, item, "a scalar row has one figure");
          int col = line.indexOf(':') + 1;
          while (line.charAt(col) == ' ') {
            col++;
          }
          return path + ":" + (i + 1) + ":" + (col + 1);
        }
        int col = open + 1;
        for (int n = 0; n < item; n++) {
          col = line.indexOf(',', col) + 1;
        }
        while (line.charAt(col) == ' ') {
          col++;
        }
        return path + ":" + (i + 1) + ":" + (col + 1);
      }
    }
    throw new AssertionError("no line `" + key + ":` in " + path);
  }

  /** Where a text is: {@code path:line:column} of its first character. */
  public String where(String path, String text) {
    String[] lines = read(path).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int at = lines[i].indexOf(text);
      if (at >= 0) {
        return path + ":" + (i + 1) + ":" + (lines[i].codePointCount(0, at) + 1);
      }
    }
    throw new AssertionError("no `" + text + "` in " + path);
  }
}
