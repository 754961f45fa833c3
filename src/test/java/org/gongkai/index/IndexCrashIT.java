package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * An assignment killed at any moment (kill -9 of a real CLI process) leaves a site that the next
 * run brings into agreement: every document numbered once, the ledger listing exactly the numbers
 * the documents carry.
 */
class IndexCrashIT {

  static final int DOCUMENTS = 3000;
  static final Pattern INDEX_LINE = Pattern.compile("(?m)^index: (.+)$");

  @TempDir
  Path dir;

  @Test
  void killedAssignmentsAreRepairedByTheNextRun() throws Exception {
    TestSite site = TestSite.create(dir);
    for (int i = 0; i < DOCUMENTS; i++) {
      site.report(String.format("content/tzgg/n%04d.md", i), "通知" + i,
          String.format("2023-%02d-%02d", 1 + i % 12, 1 + i % 28));
    }
    int killedMidway = 0;
    for (long delay : new long[] {700, 1200, 1700, 2300, 3000}) {
      Process p = cli(dir, "index", "assign", "--today", "2023-12-31");
      if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
        killedMidway++;
      }
      // more documents arrive between runs, as they do
      site.report("content/tzgg/late" + delay + ".md", "追加" + delay, "2023-06-01");
    }
    Process finish = cli(dir, "index", "assign", "--today", "2023-12-31");
    assertTrue(finish.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, finish.exitValue(), new String(finish.getInputStream().readAllBytes()));
    assertAgreement(dir);
    assertTrue(killedMidway > 0, "no run was killed; make the site larger");
    Process frozen = cli(dir, "build", "--frozen", "--today", "2023-12-31", "--output",
        dir.resolve("out").toString());
    assertTrue(frozen.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, frozen.exitValue(), new String(frozen.getInputStream().readAllBytes()));
  }

  static void assertAgreement(Path dir) throws IOException {
    Map<String, String> numberOf = new HashMap<>();
    try (var files = Files.list(dir.resolve("content/tzgg"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        Matcher m = INDEX_LINE.matcher(Files.readString(f));
        assertTrue(m.find(), f + " has no number");
        String rel = dir.relativize(f).toString();
        String previous = numberOf.put(m.group(1).strip(), rel);
        assertEquals(null, previous, "number " + m.group(1) + " used twice");
      }
    }
    List<Map<String, Object>> entries = new Yaml(new LoaderOptions())
        .load(Files.readString(dir.resolve("index-ledger.yaml")));
    Map<String, String> active = new HashMap<>();
    List<String> all = new ArrayList<>();
    for (Map<String, Object> e : entries) {
      all.add((String) e.get("index"));
      if ("active".equals(e.get("state"))) {
        active.put((String) e.get("index"), (String) e.get("path"));
      }
    }
    assertEquals(all.size(), all.stream().distinct().count(), "ledger lists a number twice");
    assertEquals(numberOf, active, "ledger and documents disagree");
    assertNotNull(numberOf);
    assertFalse(active.isEmpty());
  }

  static Process cli(Path site, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.gongkai.cli.Main"));
    command.addAll(List.of(args));
    command.addAll(List.of("--site", site.toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CI");
    pb.redirectOutput(site.resolveSibling(site.getFileName() + ".log").toFile());
    return pb.start();
  }
}
