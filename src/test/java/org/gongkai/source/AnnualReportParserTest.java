package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Problem;
import org.gongkai.model.ReportSection;
import org.gongkai.testing.ProblemAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading annual reports: the {@code annualReport} mapping in English keys or Chinese labels
 * (the format's own labels included), figures kept as written with their places, and the text
 * split at its {@code ## } headings.
 */
class AnnualReportParserTest {

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  private AnnualReport parse(String text) {
    return assertInstanceOf(AnnualReport.class, new DocumentParser(site)
        .parseText(text, "content/ndbg/2025.md", "ndbg", problems::add).orElseThrow());
  }

  @Test
  void chineseLabelsAndTheFormatsOwnLabelsAreKeysToo() {
    AnnualReport r = parse("""
        ---
        标题: 2025年政府信息公开工作年度报告
        成文日期: 2026-01-20
        发布日期: 2026-01-25
        主题分类: 综合政务/政务公开
        年度报告:
          年度: 2025
          报告机关: 测试县发改局
          机关类型: 部门
          表二:
            规章: [0, 0, 3]
            行政事业性收费: 0.5
          表三:
            一、本年新收政府信息公开申请数量: [1, 0, 0, 0, 0, 0, 1]
            本年度办理结果:
              不予公开:
                属于国家秘密: [0, 0, 0, 0, 0, 0, 0]
          表四:
            行政复议: [0, 0, 0, 1, 1]
        ---
        正文
        """);
    ProblemAssert.assertNoErrors(problems);
    assertEquals(List.of(), problems.stream().filter(p -> p.ruleId().equals("unknown-key"))
        .toList());
    assertEquals(2025, r.year());
    assertEquals("测试县发改局", r.organ());
    assertEquals(OrganKind.DEPARTMENT, r.kind());
    assertEquals("3", r.tables().disclosure(DisclosureRow.REGULATIONS, 2).written());
    assertEquals("content/ndbg/2025.md:11:16",
        r.tables().disclosure(DisclosureRow.REGULATIONS, 2).at().toString());
    assertEquals("0.5", r.tables().disclosure(DisclosureRow.FEES, 0).written());
    assertEquals("1", r.tables().application(ApplicationRow.NEW_RECEIVED, Applicant.TOTAL)
        .written());
    assertEquals("0", r.tables().application(ApplicationRow.STATE_SECRET, Applicant.BUSINESS)
        .written());
    assertEquals("1", r.tables().appeal(AppealRow.REVIEW, AppealResult.TOTAL).written());
    // rows not written are missing figures, for the checks to report
    assertNull(r.tables().application(ApplicationRow.GRANTED, Applicant.TOTAL).written());
    assertNull(r.tables().disclosure(DisclosureRow.LICENSING, 0).written());
  }

  @Test
  void theTextIsSplitAtItsSecondLevelHeadingsOutsideCode() {
    List<ReportSection> sections = new ArrayList<>();
    String intro = AnnualReportParser.split("""
        本报告根据条例编制。

        ## 一、总体情况 ##
        总体。
        ### （一）主动公开
        ```
        ## 这不是标题
        ```
        ## 二、主动公开政府信息情况
        """, 20, sections);
    assertEquals("本报告根据条例编制。\n\n", intro);
    assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况"),
        sections.stream().map(ReportSection::heading).toList());
    assertEquals(22, sections.get(0).line());
    assertEquals("总体。\n### （一）主动公开\n```\n## 这不是标题\n```\n", sections.get(0).text());
    assertEquals(28, sections.get(1).line());
  }
}
