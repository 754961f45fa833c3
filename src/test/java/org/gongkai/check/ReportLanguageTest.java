package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.junit.jupiter.api.Test;

/**
 * The same problems in both languages: the text report, the messages, hints and rule titles of
 * the machine reports change with the language; their structure, rule ids and severities do not.
 */
class ReportLanguageTest {

  static final ObjectMapper JSON = new ObjectMapper();
  /** The fields whose values are words for people. */
  static final Set<String> WORDED = Set.of("message", "hint", "title", "text");

  static ReportInput input(Lang lang) {
    List<Problem> problems = List.of(
        Problem.error(new Location("content/tzgg/a.md", 3, 7), "topic",
            Text.of("check.topic", "综合政务/政务公开x"),
            Text.of("common.did-you-mean", "综合政务/政务公开")),
        Problem.warning(new Location("content/zdgz/b.yaml", 12, 5), "unit-unknown",
            Text.of("check.unit-unknown", 2, "发改委"), Text.NONE));
    return new ReportInput(problems, RuleCatalogue.all(), "0.1.0-test", 1, 2, lang);
  }

  /**
   * In the "By rule" table a Chinese character takes two columns, so the counts line up under
   * the Chinese headings in a terminal (here they look one column apart per character).
   */
  @Test
  void theTextReportIsChineseByDefaultWithTheSeverityAndRuleIdInEnglish() {
    assertEquals("""
        问题（1 个错误、1 个警告）

        content/tzgg/a.md（1 个错误）
        content/tzgg/a.md:3:7: error: topic: 主题分类 `综合政务/政务公开x` 不在站点的分类表中
          提示：是不是 `综合政务/政务公开`？

        content/zdgz/b.yaml（1 个警告）
        content/zdgz/b.yaml:12:5: warning: unit-unknown: 第 2 项任务：单位 `发改委` 不在 units.yaml 中

        按规则统计
          规则            错误      警告   说明  检查内容
          topic              1         0      0  主题分类在站点的分类表中（默认为国务院政策文件库主题分类）
          unit-unknown       0         1      0  任务中的责任单位都列在 units.yaml 中

        合计：1 个错误，1 个警告，0 条说明；1 篇文档，2 个页面
        """, Reports.text(input(Lang.ZH)));
    assertTrue(Reports.text(input(Lang.EN)).startsWith("Problems (1 error, 1 warning)\n"));
  }

  @Test
  void theMachineReportsKeepTheirShapeAndCarryTheLanguageInTheirWords() throws Exception {
    JsonNode zh = JSON.readTree(Reports.json(input(Lang.ZH)));
    JsonNode en = JSON.readTree(Reports.json(input(Lang.EN)));
    assertEquals("主题分类 `综合政务/政务公开x` 不在站点的分类表中",
        zh.at("/problems/0/message").asText());
    assertEquals("主题分类 `综合政务/政务公开x` is not in the site's list",
        en.at("/problems/0/message").asText());
    assertNotEquals(zh, en);
    assertEquals(withoutWords(en), withoutWords(zh));

    JsonNode sarifZh = JSON.readTree(Reports.sarif(input(Lang.ZH)));
    JsonNode sarifEn = JSON.readTree(Reports.sarif(input(Lang.EN)));
    assertEquals("主题分类 `综合政务/政务公开x` 不在站点的分类表中 提示：是不是 `综合政务/政务公开`？",
        sarifZh.at("/runs/0/results/0/message/text").asText());
    assertTrue(sarifZh.at("/runs/0/tool/driver/rules").toString().contains(" 来源："),
        sarifZh.toString());
    assertEquals(withoutWords(sarifEn), withoutWords(sarifZh));

    String junitZh = Reports.junit(input(Lang.ZH), ReportSampleTest.AT, true);
    String junitEn = Reports.junit(input(Lang.EN), ReportSampleTest.AT, true);
    assertTrue(junitZh.contains("message=\"主题分类 `综合政务/政务公开x` 不在站点的分类表中\""),
        junitZh);
    assertTrue(junitZh.contains("  提示：是不是 `综合政务/政务公开`？"), junitZh);
    assertTrue(junitZh.contains("name=\"gongkai check: topic\""), junitZh);
    assertTrue(junitEn.contains("name=\"gongkai check: topic\""), junitEn);
  }

  /** A report with the values of its worded fields blanked: what must not change. */
  static JsonNode withoutWords(JsonNode node) {
    JsonNode copy = node.deepCopy();
    blank(copy);
    return copy;
  }

  private static void blank(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> {
        if (WORDED.contains(name) && object.get(name).isTextual()) {
          object.set(name, TextNode.valueOf(""));
        }
      });
      object.elements().forEachRemaining(ReportLanguageTest::blank);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(ReportLanguageTest::blank);
    }
  }
}
