package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.model.AnnualFormat.ApplicationGroup;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.Section;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.AnnualSite;
import org.gongkai.testing.ProblemAssert;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai new annual-report}: the report it writes carries every label of the format with
 * every figure 0, takes 二、上年结转 from last year's report, checks clean, and never replaces a
 * file; bad options are usage errors.
 */
class NewCommandTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(Map<String, String> env, String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  @Test
  void writesNextYearsReportWithLastYearsCarryForward() {
    AnnualSite site = AnnualSite.copy(root.resolve("site"));
    int code = run("new", "annual-report", "--year", "2026", "--site", site.dir().toString());
    assertEquals(0, code, err::toString);
    assertTrue(out.toString().contains("content/ndbg/2026-ndbg.md: note: new: 已生成 2026 年度报告"
        + "（本级政府）"), out.toString());
    String text = site.read("content/ndbg/2026-ndbg.md");
    assertTrue(text.contains("title: \"测试市人民政府2026年政府信息公开工作年度报告\""), text);
    assertTrue(text.contains("kind: government"), "the kind of last year's report");
    assertTrue(text.contains("draft: true"));
    assertTrue(text.contains("published: 2027-03-31"), "the deadline of a government's report");
    for (ApplicationRow row : ApplicationRow.values()) {
      assertTrue(text.contains("# " + row.label() + "\n"), row.label());
    }
    for (ApplicationGroup group : ApplicationGroup.values()) {
      assertTrue(text.contains(group.key() + ":"), group.label());
    }
    for (DisclosureRow row : DisclosureRow.values()) {
      assertTrue(text.contains(row.article()) && text.contains("# " + row.label()), row.label());
    }
    for (Section s : Section.values()) {
      assertTrue(text.contains("\n## " + s.title() + "\n"), s.title());
    }
    assertTrue(text.contains("carriedOver: [2, 2, 0, 0, 0, 0, 4]"),
        "2025's 四、结转下年度继续办理");
    assertTrue(text.contains("newReceived: [0, 0, 0, 0, 0, 0, 0]"));
    // it reads back as an annual report with every row: only the carried-over applications are
    // not yet decided, which the draft shows as warnings
    List<Problem> found = site.check().stream().filter(p -> p.severity() != Severity.NOTE)
        .toList();
    assertTrue(found.stream().allMatch(p -> p.ruleId().equals("annual-report-balance")
        && p.severity() == Severity.WARNING), () -> ProblemAssert.describe(found));
    assertEquals(3, found.size(), "自然人, 商业企业 and 总计 carry applications over");
  }

  @Test
  void neverReplacesAFile() throws Exception {
    AnnualSite site = AnnualSite.copy(root.resolve("site"));
    site.write("content/ndbg/2026-ndbg.md", "已经开始写的报告\n");
    assertEquals(1, run("new", "annual-report", "--year", "2026", "-s",
        site.dir().toString()));
    assertTrue(err.toString().contains("content/ndbg/2026-ndbg.md: error: new: "
        + "content/ndbg/2026-ndbg.md 已经存在，没有改动"), err.toString());
    assertEquals("已经开始写的报告\n", site.read("content/ndbg/2026-ndbg.md"));
    try (var files = Files.list(site.dir().resolve("content/ndbg"))) {
      assertEquals(4, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aSiteWithoutReportsGetsOneInContentNdbgWithZeros() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(0, run("new", "annual-report", "--year", "2025", "--kind", "部门", "--site",
        site.toString()), err::toString);
    String text = TestSites.read(site.resolve("content/ndbg/2025-ndbg.md"));
    assertTrue(text.contains("organ: \"测试市人民政府办公室\""), "site.yaml's publisher");
    assertTrue(text.contains("kind: department"));
    assertTrue(text.contains("published: 2026-01-31"), "a department's deadline");
    assertTrue(text.contains("carriedOver: [0, 0, 0, 0, 0, 0, 0]"));
    List<Problem> found = org.gongkai.Gongkai.builder().siteDirectory(site)
        .outputDirectory(root.resolve("out")).today(AnnualSite.TODAY).build().check().problems()
        .stream().filter(p -> p.ruleId().startsWith("annual-report")).toList();
    assertEquals(List.of(), found, () -> ProblemAssert.describe(found));
  }

  @Test
  void aPathOutsideTheColumnsIsRefusedAndNothingIsWritten() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(1, run("new", "annual-report", "--year", "2025", "--site", site.toString(),
        "--out", "../outside.md"));
    assertTrue(err.toString().contains("不是栏目中的文档"), err.toString());
    assertFalse(Files.exists(root.resolve("outside.md")));
  }

  @Test
  void badOptionsAreUsageErrors() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(2, run("new", "annual-report", "--year", "2025", "--kind", "county", "--site",
        site.toString()));
    assertTrue(err.toString().contains("--kind 应为 department 或 government，写的是「county」"),
        err.toString());
    assertEquals(2, run("new", "annual-report", "--site", site.toString()), "--year is needed");
    assertEquals(2, run("new"), "a kind of document is needed");
    assertFalse(Files.exists(site.resolve("content/ndbg")));
  }

  @Test
  void helpIsInTheLanguageAskedFor() {
    assertEquals(0, run("new", "annual-report", "--help"));
    assertTrue(out.toString().contains("生成政府信息公开工作年度报告"), out.toString());
    assertTrue(out.toString().contains("报告所述的年度"), out.toString());
    out.getBuffer().setLength(0);
    assertEquals(0, run(Map.of("GONGKAI_LANG", "en"), "new", "annual-report", "--help"));
    assertTrue(out.toString().contains("Write an annual report on government information"
        + " disclosure"), out.toString());
    assertTrue(out.toString().contains("the year the report is about"), out.toString());
  }
}
