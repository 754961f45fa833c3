package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README command 1 in a clone with nothing beside it, as a new user has it: the files git tracks
 * are copied into an empty folder (no shared folder beside it, no {@code target/}) and {@code mvn -B
 * package} is run there (offline, without the tests, which this build runs itself); it must write
 * the sample site into that clone's {@code site-output/}.
 */
class FreshCloneIT {

  @TempDir Path root;

  @Test
  void theFirstReadmeCommandBuildsTheSampleSiteInACloneWithNothingBesideIt() throws Exception {
    List<String> tracked = git("ls-files", "-z");
    Path clone = root.resolve("repo");
    for (String name : tracked) {
      Path from = Path.of(name);
      if (!Files.isRegularFile(from)) {
        continue; // deleted in the working tree
      }
      Path to = clone.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(from, to);
    }
    assertTrue(Files.isRegularFile(clone.resolve("pom.xml")));
    String mavenHome = System.getProperty("maven.home", "");
    String mvn = mavenHome.isEmpty() ? "mvn" : Path.of(mavenHome, "bin", "mvn").toString();
    Path log = root.resolve("mvn.log");
    Process p = new ProcessBuilder(mvn, "-B", "-o", "-q", "package", "-DskipTests")
        .directory(clone.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
        .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("mvn package did not finish in 10 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), output);
    assertTrue(Files.isRegularFile(clone.resolve("site-output/index.html")), output);
    assertTrue(Files.isRegularFile(clone.resolve("site-output/zwgk/index.html")), output);
  }

  /** The NUL-separated output of a git command in this checkout; skipped outside one. */
  private static List<String> git(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(false).start();
    } catch (IOException e) {
      Assumptions.abort("git is not installed: " + e.getMessage());
      return List.of();
    }
    byte[] out = p.getInputStream().readAllBytes();
    if (p.waitFor() != 0) {
      Assumptions.abort("not a git checkout");
    }
    List<String> names = new ArrayList<>();
    for (String name : new String(out, StandardCharsets.UTF_8).split("\0")) {
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }
}
