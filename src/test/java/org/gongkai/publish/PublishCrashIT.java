package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.TestSite;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed (kill -9 of a real CLI process) at each moment of publication: while pages are
 * written, when the new site is complete, between the two renames of the swap, and after the
 * swap. The process pauses at the named moment through the test hook {@link CrashPoint}, so the
 * kill lands exactly there. Whatever it left, the next run leaves exactly one complete output
 * folder, the same as a build from scratch, and nothing beside it.
 */
class PublishCrashIT {

  @TempDir
  Path root;

  @ParameterizedTest
  @ValueSource(strings = {CrashPoint.WRITING, CrashPoint.FINISHED, CrashPoint.SWAP,
      CrashPoint.SWAPPED})
  void theRunAfterABuildKilledAtAnyMomentLeavesOneCompleteOutput(String point) throws Exception {
    Path site = root.resolve("site");
    Path out = root.resolve("www");
    TestSite s = TestSite.create(site);
    for (int i = 0; i < 12; i++) {
      s.report(String.format("content/tzgg/n%02d.md", i), "通知" + i,
          String.format("2023-%02d-10", 1 + i % 12));
    }
    assertEquals(0, finish(cli(site, out, null)), "the first build");
    s.write("content/tzgg/n03.md", s.read("content/tzgg/n03.md").replace("的正文", "的新正文"));

    Process killed = cli(site, out, point, "--no-cache");
    awaitPause(killed, point);
    killed.destroyForcibly().waitFor();
    if (point.equals(CrashPoint.SWAP)) {
      assertFalse(Files.exists(out), "killed between the renames, the output is missing");
    }

    assertEquals(0, finish(cli(site, out, null)), "the run after the kill");

    assertEquals(List.of("site", "www"), entries(root), "nothing is left beside the output");
    Path fresh = root.resolve("fresh");
    assertEquals(0, finish(cli(site, fresh, null, "--no-cache")));
    assertEquals(TestSites.snapshot(fresh), TestSites.snapshot(out),
        "the output is complete: the same as a build from scratch");
  }

  private static List<String> entries(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".log")).sorted()
          .toList();
    }
  }

  /** Reads the process's standard error until the hook says it has paused at {@code point}. */
  private static void awaitPause(Process p, String point) throws IOException {
    BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
        StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      if (line.equals("gongkai-test-hook:paused:" + point)) {
        return;
      }
      seen.add(line);
    }
    throw new AssertionError("the build ended without reaching " + point + ": " + seen);
  }

  private static int finish(Process p) throws Exception {
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the build did not end");
    if (p.exitValue() != 0) {
      System.err.println(err);
    }
    return p.exitValue();
  }

  private static Process cli(Path site, Path out, String pauseAt, String... more)
      throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    if (pauseAt != null) {
      command.add("-D" + CrashPoint.PROPERTY + "=" + pauseAt);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        "org.gongkai.cli.Main", "build", "--site", site.toString(), "--output", out.toString(),
        "--today", "2023-12-31"));
    command.addAll(List.of(more));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("CI");
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }
}
