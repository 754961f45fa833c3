package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of docs/architecture.md, read from the import lines: stages depend only on earlier
 * stages, check and render do not know each other, adapters depend only on the facade and the
 * model, and only publish writes files.
 */
class ArchitectureTest {

  static final Path MAIN = Path.of("src/main/java/org/gongkai");

  /** Pipeline order; a package may use packages of a lower rank only. */
  static final Map<String, Integer> RANK = Map.ofEntries(
      Map.entry("model", 0),
      Map.entry("source", 1),
      Map.entry("config", 2),
      Map.entry("markdown", 3),
      Map.entry("index", 4),
      Map.entry("assemble", 5),
      Map.entry("check", 6),
      Map.entry("render", 6),
      Map.entry("sheet", 6),
      Map.entry("search", 6),
      Map.entry("publish", 7),
      Map.entry("pipeline", 8),
      Map.entry("serve", 9),
      Map.entry("", 10),
      Map.entry("cli", 11),
      Map.entry("maven", 11));

  static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.gongkai\\.([a-z]+\\.)?"
      + "([A-Za-z.]+);", Pattern.MULTILINE);
  static final Pattern QUALIFIED = Pattern.compile("\\borg\\.gongkai\\.([a-z]+)\\.[A-Z]");
  static final Pattern WRITES = Pattern.compile("Files\\.(write|writeString|newOutputStream|"
      + "newBufferedWriter|move|copy|delete|deleteIfExists|createDirector(y|ies)|createFile)\\b"
      + "|new FileOutputStream|new FileWriter|new RandomAccessFile");

  record Source(String pkg, Path file, String text) {}

  static List<Source> sources() throws IOException {
    List<Source> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(MAIN)) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        Path rel = MAIN.relativize(file.getParent());
        out.add(new Source(rel.toString().replace('\\', '/'), file, Files.readString(file)));
      }
    }
    return out;
  }

  static List<String> usedPackages(String text) {
    List<String> used = new ArrayList<>();
    Matcher m = IMPORT.matcher(text);
    while (m.find()) {
      used.add(m.group(1) == null ? "" : m.group(1).substring(0, m.group(1).length() - 1));
    }
    Matcher q = QUALIFIED.matcher(text);
    while (q.find()) {
      used.add(q.group(1));
    }
    return used;
  }

  @Test
  void everyPackageIsAKnownStage() throws IOException {
    for (Source s : sources()) {
      assertTrue(RANK.containsKey(s.pkg()), "unknown package org.gongkai." + s.pkg()
          + " (add it to docs/architecture.md and this test)");
    }
  }

  @Test
  void dependenciesPointOneWay() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source s : sources()) {
      int rank = RANK.get(s.pkg());
      for (String used : usedPackages(s.text())) {
        if (used.equals(s.pkg()) || !RANK.containsKey(used)) {
          continue;
        }
        boolean adapter = s.pkg().equals("cli") || s.pkg().equals("maven");
        boolean ok = adapter ? used.equals("") || used.equals("model")
            : RANK.get(used) < rank;
        if (!ok) {
          violations.add(s.file() + " uses org.gongkai." + used);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void onlyPublishWritesFiles() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Source s : sources()) {
      if (!s.pkg().equals("publish") && WRITES.matcher(s.text()).find()) {
        violations.add(s.file().toString());
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    for (String pkg : RANK.keySet()) {
      Path dir = pkg.isEmpty() ? MAIN : MAIN.resolve(pkg);
      if (Files.isDirectory(dir)) {
        assertTrue(Files.isRegularFile(dir.resolve("package-info.java")),
            "org.gongkai." + pkg + " has no package-info.java");
      }
    }
  }
}
