package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A clone of this repository builds and tests with nothing beside it: no source, test, build file
 * or CI script reaches for the developers' folder beside the clone (the seeds the tests need are
 * copied into {@code src/test/resources/seeds}). {@code FreshCloneIT} runs the README's first
 * command in such a clone.
 */
class SelfContainedTest {

  /** The folder's name, in pieces so that this file does not itself name the path it forbids. */
  static final String SHARED = "sha" + "red";

  static final Pattern OUTSIDE = Pattern.compile("\\.\\./" + SHARED + "|resolveSibling\\(\\s*\""
      + SHARED + "\"|\"" + SHARED + "/|/work/" + SHARED);

  @Test
  void nothingReadsOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> roots = List.of(Path.of("src"), Path.of("pom.xml"), Path.of(".ci"));
    for (Path root : roots) {
      if (!Files.exists(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          String name = file.toString();
          if (name.endsWith("SelfContainedTest.java") || name.contains("/resources/seeds/")
              || !(name.endsWith(".java") || name.endsWith(".xml") || name.endsWith(".groovy")
              || name.endsWith(".properties") || name.endsWith(".sh") || name.endsWith("run")
              || name.endsWith(".yaml"))) {
            continue;
          }
          List<String> lines = Files.readAllLines(file);
          for (int i = 0; i < lines.size(); i++) {
            if (OUTSIDE.matcher(lines.get(i)).find()) {
              found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void thePatternFindsEveryWayOfNamingTheFolder() {
    for (String line : List.of("Path.of(\"../" + SHARED + "/seeds/002.txt\")",
        "root.resolveSibling(\"" + SHARED + "\")", "dir.resolve(\"" + SHARED + "/docs\")",
        "cat /work/" + SHARED + "/docs/domain.md")) {
      org.junit.jupiter.api.Assertions.assertTrue(OUTSIDE.matcher(line).find(), line);
    }
  }
}
