package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    // an empty environment: the tests must behave the same on a laptop and in CI (CI=true)
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        java.util.Map.of());
  }

  @Test
  void aGoodBuildExitsWithZeroAndSaysWhatItDid() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    Path output = root.resolve("out");
    int code = run("build", "--site", site.toString(), "--output", output.toString(),
        "--today", "2023-12-31");
    assertEquals(0, code, err::toString);
    assertTrue(out.toString().contains("built " + output), out.toString());
    assertTrue(out.toString().contains("3 documents, 24 pages (43 files changed), 0 errors, 0 warnings"),
        out.toString());
    assertEquals("", err.toString());
    assertTrue(Files.isRegularFile(output.resolve("index.html")));
  }

  @Test
  void contentErrorsExitWithOneAndPrintTheLocatedMessage() {
    Path site = TestSites.copy("impossible-date", root.resolve("site"));
    Path output = root.resolve("out");
    int code = run("build", "-s", site.toString(), "-o", output.toString(), "--today",
        "2023-12-31");
    assertEquals(Main.CONTENT_ERRORS, code);
    assertEquals(1, code);
    String stderr = err.toString();
    assertTrue(stderr.contains("content/tzgg/date.md:3:10: error: date-format: written (成文日期):"
        + " `2023-13-45` is not a real date"), stderr);
    assertTrue(stderr.contains("  提示: write a date that exists, as YYYY-MM-DD"), stderr);
    assertTrue(stderr.contains("gongkai: failed: 1 document"), stderr);
    assertFalse(Files.exists(output));
  }

  @Test
  void warningsArePrintedButTheExitCodeIsZero() {
    Path site = TestSites.copy("unknown-unit", root.resolve("site"));
    int code = run("build", "--site", site.toString(), "--output", root.resolve("o").toString(),
        "--today", "2023-12-31");
    assertEquals(0, code, err::toString);
    assertTrue(err.toString().contains(
        "content/zdgz/list.yaml:6:5: warning: unit-unknown:"), err.toString());
  }

  @Test
  void checkExitsWithOneOnErrorsAndWritesNothing() {
    Path site = TestSites.copy("many-problems", root.resolve("site"));
    assertEquals(1, run("check", "--site", site.toString(), "--today", "2023-12-31"));
    assertTrue(err.toString().contains("12 errors, 3 warnings"), err.toString());
    assertFalse(Files.exists(site.resolve("site-output")));
  }

  @Test
  void checkOfAGoodSiteExitsWithZero() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(0, run("check", "--site", site.toString(), "--today", "2023-12-31"),
        err::toString);
    assertTrue(out.toString().startsWith("checked: 3 documents"), out.toString());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitTwo() {
    assertEquals(2, run("build", "--frobnicate"));
    assertTrue(err.toString().contains("Unknown option: '--frobnicate'"), err.toString());
    assertTrue(err.toString().contains("Usage: gongkai build")
        || err.toString().contains("Possible solutions:"), err.toString());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(2, run("publish"));
    assertTrue(err.toString().contains("publish"), err.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("name a command: build, check"), err.toString());
  }

  @Test
  void aBadDateOptionIsAUsageError() {
    assertEquals(2, run("build", "--today", "2023-13-45"));
    assertTrue(err.toString().contains("--today"), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    assertEquals(0, run("--help"));
    String help = out.toString();
    assertTrue(help.contains("Usage: gongkai"), help);
    assertTrue(help.contains("build") && help.contains("check"), help);
    assertEquals("", err.toString());
  }

  @Test
  void helpOfACommandListsItsOptions() {
    assertEquals(0, run("build", "--help"));
    assertTrue(out.toString().contains("--output"), out.toString());
    assertTrue(out.toString().contains("--today"), out.toString());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().strip().matches("gongkai \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        out.toString());
  }

  @Test
  void aMissingSiteIsAContentErrorNamingSiteYaml() {
    assertEquals(1, run("check", "--site", root.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("site.yaml: error: site-layout: no site.yaml"),
        err.toString());
  }
}
