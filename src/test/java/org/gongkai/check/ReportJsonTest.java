package org.gongkai.check;

import org.gongkai.model.Lang;

import static org.gongkai.check.ReportSampleTest.jsonSchema;
import static org.gongkai.check.ReportSampleTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;

/** The JSON report: its escaping, its shape, and docs/check-report.schema.json. */
class ReportJsonTest {

  static final Schema SCHEMA = jsonSchema(Path.of("docs/check-report.schema.json"));
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void quoteEscapesWhatJsonRequiresAndLeavesTheRestAlone() {
    assertEquals("\"a\\\"b\\\\c\"", ReportJson.quote("a\"b\\c"));
    assertEquals("\"\\n\\r\\t\\b\\f\"", ReportJson.quote("\n\r\t\b\f"));
    assertEquals("\"\\u0000\\u0007\\u001b\\u001f \"",
        ReportJson.quote("\u0000\u0007\u001b\u001f "));
    assertEquals("\"\\u2028\\u2029\"", ReportJson.quote("\u2028\u2029"));
    assertEquals("\"通知 🚀 é \u007f /\"", ReportJson.quote("通知 🚀 é \u007f /"));
    // an unpaired surrogate cannot be written as UTF-8, so it is escaped
    assertEquals("\"\\ud800x\\udc00\"", ReportJson.quote("\ud800x\udc00"));
  }

  @Test
  void everyStringSurvivesTheRoundTrip() throws Exception {
    String nasty = "\"<&>'\\ \n\r\t\u0000\u001f\u2028\u2029 通知 🚀 \ud800";
    JsonNode back = JSON.readTree(ReportJson.write(Map.of("k" + nasty, List.of(nasty, 1))));
    assertEquals(nasty, back.get("k" + nasty).get(0).asText());
    assertEquals(1, back.get("k" + nasty).get(1).asInt());
  }

  @Test
  void theWriterIndentsByTwoSpacesAndEndsWithANewline() {
    assertEquals("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": [],\n"
        + "  \"d\": true,\n  \"e\": null\n}\n",
        ReportJson.write(ReportJson.object("a", List.of(1, "x"), "b", Map.of(), "c", List.of(),
            "d", true, "e", null)));
  }

  @Test
  void theSampleReportIsValidAgainstTheDocumentedSchema() {
    assertEquals(List.of(), violations(SCHEMA, Reports.json(ReportSampleTest.sample())));
    assertEquals(List.of(), violations(SCHEMA, Reports.json(ReportSampleTest.empty())));
  }

  @Test
  void theSchemaRejectsAReportThatBreaksIt() {
    String good = Reports.json(ReportSampleTest.sample());
    String badSeverity = good.replaceFirst("\"severity\": \"error\"", "\"severity\": \"fatal\"");
    String noHint = good.replaceFirst(",\n      \"hint\": \"[^\"]*\"", "");
    String negative = good.replaceFirst("\"documents\": 12", "\"documents\": -1");
    String extra = good.replaceFirst("\\{\n  \"tool\"", "{\n  \"extra\": 1,\n  \"tool\"");
    for (String bad : List.of(badSeverity, noHint, negative, extra)) {
      assertFalse(bad.equals(good), "the test did not change the report");
      assertFalse(violations(SCHEMA, bad).isEmpty(), bad);
    }
  }

  @Test
  void theReportCarriesEveryFieldAsItWas() throws Exception {
    ReportInput input = ReportSampleTest.sample();
    JsonNode report = JSON.readTree(Reports.json(input));
    assertEquals("gongkai", report.at("/tool/name").asText());
    assertEquals("0.1.0-test", report.at("/tool/version").asText());
    assertEquals(3, report.at("/summary/errors").asInt());
    assertEquals(2, report.at("/summary/warnings").asInt());
    assertEquals(1, report.at("/summary/notes").asInt());
    assertEquals(12, report.at("/summary/documents").asInt());
    assertEquals(30, report.at("/summary/pages").asInt());

    JsonNode rules = report.get("rules");
    assertEquals(7, rules.size());
    assertEquals("index-pattern", rules.get(0).get("id").asText());
    assertEquals(ReportSampleTest.RULES.get("index-pattern").source(),
        rules.get(0).get("source").asText());
    assertEquals("yaml-syntax", rules.get(6).get("id").asText());
    assertEquals("", rules.get(6).get("title").asText());

    JsonNode problems = report.get("problems");
    assertEquals(input.problems().size(), problems.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem p = input.problems().get(i);
      JsonNode q = problems.get(i);
      assertEquals(p.path(), q.get("path").asText());
      assertEquals(p.line(), q.get("line").asInt());
      assertEquals(p.column(), q.get("column").asInt());
      assertEquals(p.severity().label(), q.get("severity").asText());
      assertEquals(p.ruleId(), q.get("ruleId").asText());
      assertEquals(p.message().in(Lang.EN), q.get("message").asText());
      assertEquals(p.hint().in(Lang.EN), q.get("hint").asText());
    }
  }

  @Test
  void theTextIsReadableUtf8NotEscapes() {
    String report = Reports.json(ReportSampleTest.sample());
    assertTrue(report.contains("\"path\": \"content/通知 公告/2024 年度报告.md\""), report);
    assertTrue(report.contains("\\u001b[31m"), report);
    assertTrue(report.contains("the default is\\u2028{organCode}"), report);
    assertTrue(report.contains("\"message\": \"task 2: the unit `发改委\\t(旧)` is not in"
        + " units.yaml\\nsecond line\""), report);
  }

  @Test
  void anEmptyRunStillListsTheRules() throws Exception {
    JsonNode report = JSON.readTree(Reports.json(ReportSampleTest.empty()));
    assertEquals(0, report.get("problems").size());
    assertEquals(6, report.get("rules").size());
    assertEquals(0, report.at("/summary/errors").asInt());
  }
}
