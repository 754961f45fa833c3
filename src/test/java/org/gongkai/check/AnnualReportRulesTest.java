package org.gongkai.check;

import static org.gongkai.testing.AnnualSite.R2024;
import static org.gongkai.testing.AnnualSite.R2025;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.AnnualSite;
import org.gongkai.testing.ProblemAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the annual report, each on the {@code annual-report} spec case changed in one
 * place: the unchanged case passes every rule, the change is found at the line and column of the
 * figure (or text) that is wrong, and the message names the table, row and column and both sides
 * of the sum.
 */
class AnnualReportRulesTest {

  @TempDir
  Path dir;
  AnnualSite site;

  @BeforeEach
  void copy() {
    site = AnnualSite.copy(dir);
  }

  @Test
  void theSpecCasePassesEveryRule() {
    List<Problem> found = site.check().stream()
        .filter(p -> p.severity() != Severity.NOTE).toList();
    assertEquals(List.of(), found, () -> ProblemAssert.describe(found));
  }

  // ---- annual-report-section ----------------------------------------------------------------

  @Test
  void aMissingSectionIsAnErrorWhereItBelongs() {
    site.replace(R2025, "## 五、存在的主要问题及改进情况\n", "");
    Problem p = assertProblem(site.check("annual-report-section"),
        site.where(R2025, "## 六、其他需要报告的事项"), Severity.ERROR,
        "annual-report-section", "五、存在的主要问题及改进情况", "is missing");
    assertEquals("缺少「五、存在的主要问题及改进情况」部分", p.message().in(Lang.ZH));
  }

  @Test
  void sectionsOutOfOrderUnknownOrRetitledAreErrors() {
    site.replace(R2025, "## 二、主动公开政府信息情况\n", "")
        .replace(R2025, "## 四、政府信息公开行政复议、行政诉讼情况\n",
            "## 四、政府信息公开行政复议、行政诉讼情况\n\n## 二、主动公开政府信息情况\n")
        .replace(R2025, "## 五、存在的主要问题及改进情况", "## 五、存在问题及改进情况")
        .replace(R2025, "\n无。\n", "\n无。\n\n## 附件\n");
    List<Problem> found = site.check("annual-report-section");
    assertProblem(found, site.where(R2025, "## 二、"), Severity.ERROR,
        "annual-report-section", "二、主动公开政府信息情况", "belongs before",
        "四、政府信息公开行政复议、行政诉讼情况");
    assertProblem(found, site.where(R2025, "## 五、"), Severity.ERROR,
        "annual-report-section", "五、存在问题及改进情况", "this section's title is",
        "五、存在的主要问题及改进情况");
    assertProblem(found, site.where(R2025, "## 附件"), Severity.ERROR,
        "annual-report-section", "附件", "###");
    // the retitled section 五 is also missing under its own title
    assertEquals(4, found.size(), () -> ProblemAssert.describe(found));
  }

  // ---- annual-report-figure -----------------------------------------------------------------

  @Test
  void aBlankNegativeOrWronglyWrittenFigureIsAnError() {
    site.replace(R2025, "newReceived: [40, 6, 0, 1, 3, 0, 50]",
            "newReceived: [４０, 6, \"\", 1, 3, -1, 50]")
        .replace(R2025, "fees: 12.5", "fees: 12.34567");
    List<Problem> found = site.check("annual-report-figure");
    Problem fullWidth = assertProblem(found, site.figure(R2025, "newReceived", 0),
        Severity.ERROR, "annual-report-figure", "table 3", "一、本年新收政府信息公开申请数量",
        "自然人", "`４０`", "write 40");
    assertEquals("表三（收到和处理政府信息公开申请情况）「一、本年新收政府信息公开申请数量」「自然人」"
        + "应是不小于 0 的整数，写的是「４０」", fullWidth.message().in(Lang.ZH));
    assertEquals("写成 40", fullWidth.hint().in(Lang.ZH));
    assertProblem(found, site.figure(R2025, "newReceived", 2), Severity.ERROR,
        "annual-report-figure", "法人或其他组织 > 科研机构", "is blank", "write 0");
    assertProblem(found, site.figure(R2025, "newReceived", 5), Severity.ERROR,
        "annual-report-figure", "法人或其他组织 > 其他", "`-1`");
    assertProblem(found, site.figure(R2025, "fees", 0), Severity.ERROR,
        "annual-report-figure", "table 2", "行政事业性收费", "本年收费金额（单位：万元）",
        "`12.34567`", "4 decimals");
    assertEquals(4, found.size(), () -> ProblemAssert.describe(found));
  }

  @Test
  void aShortRowIsMissingACellAndAMissingRowIsReportedOnce() {
    site.replace(R2025, "review: [2, 1, 0, 1, 4]", "review: [2, 1, 0, 1]")
        .removeLine(R2025, "stateSecret:");
    List<Problem> found = site.check("annual-report-figure");
    assertProblem(found, site.where(R2025, "[2, 1, 0, 1]"), Severity.ERROR,
        "annual-report-figure", "table 4", "行政复议", "the cell 「总计」 is missing");
    assertProblem(found, site.where(R2025, "forbiddenByLaw") .replaceFirst(":\\d+$", ":9"),
        Severity.ERROR, "annual-report-figure", "the row",
        "三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密", "is missing");
    assertEquals(2, found.size(), () -> ProblemAssert.describe(found));
  }

  @Test
  void whileTheReportIsADraftItsFindingsAreWarnings() {
    site.replace(R2025, "topic: 综合政务/政务公开", "topic: 综合政务/政务公开\ndraft: true")
        .replace(R2025, "review: [2, 1, 0, 1, 4]", "review: [2, 1, 0, 1, 5]");
    Problem p = assertProblem(site.check(), site.figure(R2025, "review", 4), Severity.WARNING,
        "annual-report-appeal-total");
    assertTrue(p.message().in(Lang.EN).contains("总计 is 5"), p::format);
  }

  // ---- the sums -----------------------------------------------------------------------------

  @Test
  void aRowWhoseTotalIsNotItsSumIsAnErrorAtTheTotal() {
    site.replace(R2025, "granted: [20, 3, 0, 1, 1, 0, 25]", "granted: [21, 3, 0, 1, 1, 0, 25]");
    Problem p = assertProblem(site.check("annual-report-row-total"),
        site.figure(R2025, "granted", 6), Severity.ERROR, "annual-report-row-total", "table 3",
        "三、本年度办理结果 > （一）予以公开", "总计 is 25", "add up to 26", "21 + 3 + 0 + 1 + 1 + 0");
    assertEquals("表三（收到和处理政府信息公开申请情况）「三、本年度办理结果 > （一）予以公开」：总计为 25，"
        + "而自然人与五类法人或其他组织之和为 26（21 + 3 + 0 + 1 + 1 + 0）", p.message().in(Lang.ZH));
    // the same figure also breaks the 自然人 column's results total
    assertProblem(site.check("annual-report-results-total"), site.figure(R2025, "total", 0),
        Severity.ERROR, "annual-report-results-total", "column 「自然人」", "三（七）总计 is 41",
        "add up to 42", "（一）21 + （二）4 + （三）5 + （四）8 + （五）3 + （六）1");
  }

  @Test
  void aColumnThatDoesNotBalanceIsAnErrorAtItsCarriedForwardFigure() {
    site.replace(R2025, "carriedForward: [2, 2, 0, 0, 0, 0, 4]",
        "carriedForward: [3, 2, 0, 0, 0, 0, 5]");
    List<Problem> found = site.check("annual-report-balance");
    Problem p = assertProblem(found, site.figure(R2025, "carriedForward", 0), Severity.ERROR,
        "annual-report-balance", "column 「自然人」", "一 + 二 = 40 + 3 = 43",
        "三（七）总计 + 四 = 41 + 3 = 44");
    assertEquals("表三（收到和处理政府信息公开申请情况）「自然人」列：一 + 二 = 40 + 3 = 43，"
        + "而三（七）总计 + 四 = 41 + 3 = 44", p.message().in(Lang.ZH));
    assertEquals("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", p.hint().in(Lang.ZH));
    assertProblem(found, site.figure(R2025, "carriedForward", 6), Severity.ERROR,
        "annual-report-balance", "column 「总计」", "54", "55");
    assertEquals(2, found.size(), () -> ProblemAssert.describe(found));
  }

  @Test
  void anAppealTotalThatIsNotItsSumIsAnError() {
    site.replace(R2025, "suedDirectly: [1, 0, 0, 1, 2]", "suedDirectly: [1, 0, 0, 1, 3]");
    assertProblem(site.check("annual-report-appeal-total"),
        site.figure(R2025, "suedDirectly", 4), Severity.ERROR, "annual-report-appeal-total",
        "table 4", "行政诉讼 > 未经复议直接起诉", "总计 is 3", "add up to 2", "1 + 0 + 0 + 1");
  }

  // ---- annual-report-carryover, annual-report-duplicate --------------------------------------

  @Test
  void thisYearsCarriedOverIsLastYearsCarriedForward() {
    // last year decided one application fewer and carried it forward: consistent in itself
    site.replace(R2024, "notHeld: [8, 1, 0, 0, 1, 0, 10]", "notHeld: [7, 1, 0, 0, 1, 0, 9]")
        .replace(R2024, "total: [34, 3, 0, 0, 2, 1, 40]", "total: [33, 3, 0, 0, 2, 1, 39]")
        .replace(R2024, "carriedForward: [3, 1, 0, 0, 0, 0, 4]",
            "carriedForward: [4, 1, 0, 0, 0, 0, 5]");
    List<Problem> found = site.check().stream().filter(Problem::isError).toList();
    Problem p = assertProblem(found, site.figure(R2025, "carriedOver", 0), Severity.ERROR,
        "annual-report-carryover", "column 「自然人」", "二、上年结转 is 3",
        "the 2024 report carried forward 4", site.figure(R2024, "carriedForward", 0));
    assertEquals("表三（收到和处理政府信息公开申请情况）「自然人」列：二、上年结转为 3，而 2024 年度报告的"
        + "四、结转下年度继续办理为 4（" + site.figure(R2024, "carriedForward", 0) + "）",
        p.message().in(Lang.ZH));
    assertProblem(found, site.figure(R2025, "carriedOver", 6), Severity.ERROR,
        "annual-report-carryover", "column 「总计」");
    assertEquals(2, found.size(), () -> ProblemAssert.describe(found));
    // a draft of last year's report is not in the site yet
    site.replace(R2024, "topic: 综合政务/政务公开", "topic: 综合政务/政务公开\ndraft: true");
    assertEquals(List.of(), site.check("annual-report-carryover"));
  }

  @Test
  void twoReportsOfOneBodyForOneYearAreAnError() {
    // last year's file copied for the new year, and its year not changed
    site.write("content/ndbg/2026-ndbg.md", site.read(R2025).replaceFirst("index: .*\n", "")
        .replace("2025年政府信息公开工作年度报告", "2026年政府信息公开工作年度报告"));
    Problem p = assertProblem(site.check("annual-report-duplicate"),
        "content/ndbg/2026-ndbg.md:6:1", Severity.ERROR, "annual-report-duplicate", "测试市人民政府",
        "2025", R2025);
    assertTrue(p.hint().in(Lang.ZH).contains("year"), p::format);
  }

  // ---- annual-report-narrative, annual-report-late -------------------------------------------

  @Test
  void aNumberInTheTextThatDiffersFromTheTableIsAWarningAtTheNumber() {
    assertEquals(List.of(), site.check("annual-report-narrative"),
        "the spec case's text states 50, 4, 50 and 4 and 行政复议4件, as its tables do");
    site.replace(R2025, "共收到政府信息公开申请50件", "共收到政府信息公开申请51件")
        .replace(R2025, "行政复议4件", "行政复议3件");
    List<Problem> found = site.check("annual-report-narrative");
    Problem p = assertProblem(found, site.where(R2025, "51件"), Severity.WARNING,
        "annual-report-narrative", "收到政府信息公开申请51件", "table 3",
        "一、本年新收政府信息公开申请数量", "总计", "gives 50");
    assertEquals("正文写的「收到政府信息公开申请51件」与表三（收到和处理政府信息公开申请情况）"
        + "「一、本年新收政府信息公开申请数量」「总计」的 50 不一致", p.message().in(Lang.ZH));
    assertProblem(found, site.where(R2025, "3件。"), Severity.WARNING, "annual-report-narrative",
        "table 4", "行政复议", "gives 4");
    assertEquals(2, found.size(), () -> ProblemAssert.describe(found));
  }

  @Test
  void aReportPublishedAfterItsDeadlineIsLate() {
    site.replace(R2025, "published: 2026-03-27 09:00", "published: 2026-04-01 09:00");
    Problem p = assertProblem(site.check("annual-report-late"),
        site.where(R2025, "published:"), Severity.WARNING, "annual-report-late", "2025",
        "2026-04-01", "2026-03-31", "a government");
    assertEquals("2025 年度报告于 2026-04-01 发布，晚于本级政府年度报告的公布期限 2026-03-31",
        p.message().in(Lang.ZH));
    // a department's deadline is 31 January
    site.replace(R2025, "published: 2026-04-01 09:00", "published: 2026-01-31 09:00")
        .replace(R2025, "kind: government", "kind: department");
    assertEquals(List.of(), site.check("annual-report-late"));
    site.replace(R2025, "published: 2026-01-31 09:00", "published: 2026-02-01 09:00");
    assertProblem(site.check("annual-report-late"), site.where(R2025, "published:"),
        Severity.WARNING, "annual-report-late", "2026-01-31", "a department");
  }

  // ---- annual-report (the mapping's shape) ---------------------------------------------------

  @Test
  void aBadKindYearOrRowShapeIsReportedWhereItIsWritten() {
    site.replace(R2025, "kind: government", "kind: county")
        .replace(R2025, "year: 2025", "year: 1999")
        .replace(R2025, "suedAfterReview: [0, 0, 0, 0, 0]", "suedAfterReview: 0")
        .replace(R2025, "regulations: [1, 0, 12]", "regulations: [1, 0, 12, 7]");
    List<Problem> found = site.check("annual-report");
    assertProblem(found, site.where(R2025, "county"), Severity.ERROR, "annual-report",
        "`county`", "department (部门) or government (政府)");
    assertProblem(found, site.where(R2025, "1999"), Severity.ERROR, "annual-report", "1999",
        "2008");
    assertProblem(found, site.figure(R2025, "suedAfterReview", 0), Severity.ERROR,
        "annual-report", "table 4", "行政诉讼 > 复议后起诉", "a list of 5 figures");
    assertProblem(found, site.figure(R2025, "regulations", 3), Severity.ERROR, "annual-report",
        "table 2", "规章", "has 4 figures", "3 columns");
    assertEquals(4, found.size(), () -> ProblemAssert.describe(found));
  }
}
