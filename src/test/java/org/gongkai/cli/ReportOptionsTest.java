package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `check --format` and `--fail-on` from the command line. */
class ReportOptionsTest {

  @TempDir
  Path dir;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  /** The command line in English, whose wording these tests read. */
  int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
        Map.of("GONGKAI_LANG", "en"));
  }

  TestSite siteWithAWarning() {
    return TestSite.create(dir).write("content/tzgg/a.md", "---\ntitle: 通知\nwritten: 2023-12-01"
        + "\npublished: 2023-12-01\ntopic: 综合政务/其他\npblishd: x\n---\n正文\n");
  }

  @Test
  void sarifGoesToStandardOutput() {
    siteWithAWarning();
    assertEquals(0, run("check", "--site", dir.toString(), "--today", "2023-12-31",
        "--format", "sarif"));
    assertTrue(out.toString().contains("\"version\": \"2.1.0\""), out.toString());
    assertTrue(out.toString().contains("\"ruleId\": \"unknown-key\""), out.toString());
  }

  @Test
  void junitAndJsonToo() {
    siteWithAWarning();
    assertEquals(0, run("check", "--site", dir.toString(), "--today", "2023-12-31",
        "--format", "junit"));
    assertTrue(out.toString().startsWith("<?xml"), out.toString());
    assertEquals(0, run("check", "--site", dir.toString(), "--today", "2023-12-31",
        "--format", "JSON"));
    assertTrue(out.toString().contains("\"tool\""));
  }

  @Test
  void failOnWarningTurnsAWarningIntoExitOne() {
    siteWithAWarning();
    assertEquals(0, run("check", "--site", dir.toString(), "--today", "2023-12-31"));
    assertTrue(err.toString().contains("warning: unknown-key"), err.toString());
    assertEquals(1, run("check", "--site", dir.toString(), "--today", "2023-12-31",
        "--fail-on", "warning"));
    assertEquals(1, run("build", "--site", dir.toString(), "--today", "2023-12-31",
        "--fail-on", "warning"));
    assertTrue(!dir.resolve("site-output").toFile().exists(), "a failing build writes nothing");
  }

  @Test
  void anUnknownFormatOrSeverityIsAUsageError() {
    siteWithAWarning();
    assertEquals(2, run("check", "--site", dir.toString(), "--format", "xml"));
    assertTrue(err.toString().contains("unknown report format `xml`; use one of text, json, sarif,"
        + " junit"), err.toString());
    assertEquals(2, run("check", "--site", dir.toString(), "--fail-on", "note"));
    assertTrue(err.toString().contains("--fail-on takes error or warning, not `note`"),
        err.toString());
    err.getBuffer().setLength(0);
    assertEquals(2, Main.run(new String[] {"check", "--site", dir.toString(), "--format", "xml"},
        new PrintWriter(out, true), new PrintWriter(err, true), Map.of()));
    assertTrue(err.toString().contains("不认识的报告格式 `xml`；可用 text、json、sarif、junit"),
        err.toString());
  }
}
