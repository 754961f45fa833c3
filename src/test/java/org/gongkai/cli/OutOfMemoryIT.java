package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gongkai.SampleSite;
import org.gongkai.testing.CliJar;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site with a heap too small for it: the user reads what happened and what to do in Chinese, never
 * Java's {@code java.lang.OutOfMemoryError}, and the output folder is not created.
 */
class OutOfMemoryIT {

  @TempDir
  Path dir;

  @Test
  void aHeapTooSmallForTheSiteIsSaidInOurWords() throws Exception {
    Path site = dir.resolve("site");
    for (String part : List.of("content", "templates", "site.yaml", "units.yaml",
        "index-ledger.yaml")) {
      TestSites.copyTree(SampleSite.ROOT.resolve(part), site.resolve(part));
    }
    Path out = dir.resolve("out");
    Process p = new ProcessBuilder(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx12m",
        "-XX:-UsePerfData", "-jar", CliJar.path().toString(), "build", "--site", site.toString(),
        "--output", out.toString(), "--today", "2023-12-31"))
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(1, p.exitValue(), output);
    assertTrue(output.contains("gongkai: 内存不足"), output);
    assertTrue(output.contains("GONGKAI_OPTS=-Xmx2g"), output);
    assertFalse(output.contains("OutOfMemoryError"), output);
    assertFalse(Files.exists(out), "nothing was published");
  }
}
