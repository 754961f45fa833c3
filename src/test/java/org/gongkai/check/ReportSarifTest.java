package org.gongkai.check;

import static org.gongkai.check.ReportSampleTest.SCHEMAS;
import static org.gongkai.check.ReportSampleTest.jsonSchema;
import static org.gongkai.check.ReportSampleTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF report, against the SARIF 2.1.0 schemas in src/test/resources/schemas. */
class ReportSarifTest {

  static final Map<String, Schema> SCHEMAS_BY_NAME = Map.of(
      "sarif-2.1.0-rtm.5.json", jsonSchema(SCHEMAS.resolve("sarif-2.1.0-rtm.5.json")),
      "sarif-2.1.0.json", jsonSchema(SCHEMAS.resolve("sarif-2.1.0.json")));
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> schemas() {
    return SCHEMAS_BY_NAME.keySet().stream().sorted();
  }

  static JsonNode sample() throws Exception {
    return JSON.readTree(Reports.sarif(ReportSampleTest.sample()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void theSampleReportIsValidSarif(String schema) {
    Schema sarif = SCHEMAS_BY_NAME.get(schema);
    assertEquals(List.of(), violations(sarif, Reports.sarif(ReportSampleTest.sample())));
    assertEquals(List.of(), violations(sarif, Reports.sarif(ReportSampleTest.empty())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void theSchemaRejectsWhatIsNotSarif(String schema) {
    Schema sarif = SCHEMAS_BY_NAME.get(schema);
    String good = Reports.sarif(ReportSampleTest.sample());
    String badLevel = good.replaceFirst("\"level\": \"error\"", "\"level\": \"fatal\"");
    String zeroLine = good.replaceFirst("\"startLine\": 3", "\"startLine\": 0");
    String rawUri = good.replaceFirst("\"uri\": \"content/[^\"]*\"",
        "\"uri\": \"content/通知 公告/a b.md\"");
    String oldVersion = good.replaceFirst("\"version\": \"2.1.0\"", "\"version\": \"2.0.0\"");
    for (String bad : List.of(badLevel, zeroLine, rawUri, oldVersion)) {
      assertNotEquals(good, bad, "the test did not change the report");
      assertFalse(violations(sarif, bad).isEmpty(), bad);
    }
  }

  @Test
  void oneRunWhoseDriverIsGongkaiWithEveryRule() throws Exception {
    JsonNode log = sample();
    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.get("$schema").asText());
    assertEquals("2.1.0", log.get("version").asText());
    assertEquals(1, log.get("runs").size());
    JsonNode driver = log.at("/runs/0/tool/driver");
    assertEquals("gongkai", driver.get("name").asText());
    assertEquals("0.1.0-test", driver.get("version").asText());
    assertEquals("https://github.com/gongkai/gongkai", driver.get("informationUri").asText());

    JsonNode rules = driver.get("rules");
    assertEquals(List.of("index-pattern", "link-external", "organ-code", "publisher-missing",
        "topic", "unit-unknown", "yaml-syntax"),
        rules.findValuesAsText("id"));
    JsonNode index = rules.get(0);
    RuleInfo info = ReportSampleTest.RULES.get("index-pattern");
    assertEquals(info.title().in(Lang.EN), index.at("/shortDescription/text").asText());
    assertEquals(info.title().in(Lang.EN) + " Source: " + info.source(),
        index.at("/fullDescription/text").asText());
    assertEquals("error", index.at("/defaultConfiguration/level").asText());
    // no source: the full description is the title alone
    assertEquals(ReportSampleTest.RULES.get("unit-unknown").title().in(Lang.EN),
        rules.get(5).at("/fullDescription/text").asText());
    assertEquals("warning", rules.get(5).at("/defaultConfiguration/level").asText());
    assertEquals("note", rules.get(1).at("/defaultConfiguration/level").asText());
    // found nothing here: SARIF's own default level
    assertEquals("warning", rules.get(3).at("/defaultConfiguration/level").asText());
    // an id that no rule in the list has: the id stands in for the title
    assertEquals("yaml-syntax", rules.get(6).at("/shortDescription/text").asText());
  }

  @Test
  void eachProblemIsAResultThatPointsAtItsRule() throws Exception {
    JsonNode log = sample();
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    JsonNode results = log.at("/runs/0/results");
    List<Problem> problems = ReportSampleTest.sample().problems();
    assertEquals(problems.size(), results.size());
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      JsonNode r = results.get(i);
      assertEquals(p.ruleId(), r.get("ruleId").asText());
      assertEquals(p.ruleId(), rules.get(r.get("ruleIndex").asInt()).get("id").asText());
      assertEquals(ReportSarif.level(p.severity()), r.get("level").asText());
      assertEquals(p.hint().isEmpty() ? p.message().in(Lang.EN)
          : p.message().in(Lang.EN) + " Hint: " + p.hint().in(Lang.EN),
          r.at("/message/text").asText());
    }
  }

  @Test
  void locationsAreRelativeUrisWithTheRegionThatIsKnown() throws Exception {
    JsonNode results = sample().at("/runs/0/results");
    // no file: no location at all
    assertFalse(results.get(0).has("locations"));
    JsonNode odd = results.get(1).at("/locations/0/physicalLocation");
    assertEquals("content/100%25%20%231%3F%F0%9F%9A%80.md",
        odd.at("/artifactLocation/uri").asText());
    assertEquals("SRCROOT", odd.at("/artifactLocation/uriBaseId").asText());
    assertEquals(1, odd.at("/region/startLine").asInt());
    assertEquals(1, odd.at("/region/startColumn").asInt());

    JsonNode chinese = results.get(3).at("/locations/0/physicalLocation");
    assertEquals("content/%E9%80%9A%E7%9F%A5%20%E5%85%AC%E5%91%8A/2024%20%E5%B9%B4%E5%BA%A6"
        + "%E6%8A%A5%E5%91%8A.md", chinese.at("/artifactLocation/uri").asText());
    assertEquals(3, chinese.at("/region/startLine").asInt());
    assertEquals(7, chinese.at("/region/startColumn").asInt());
    // column 0: a line, but no column
    JsonNode lineOnly = results.get(4).at("/locations/0/physicalLocation/region");
    assertEquals(12, lineOnly.get("startLine").asInt());
    assertFalse(lineOnly.has("startColumn"));
    // line 0: the file, but no region
    JsonNode fileOnly = results.get(5).at("/locations/0/physicalLocation");
    assertEquals("site.yaml", fileOnly.at("/artifactLocation/uri").asText());
    assertFalse(fileOnly.has("region"));
  }

  @Test
  void uriEncodingKeepsOnlyUnreservedCharactersAndSlashes() {
    assertEquals("a/B-1._~/c", ReportSarif.uri("a/B-1._~/c"));
    assertEquals("C%3A/x%5Cy%2B%40%26%3D", ReportSarif.uri("C:/x\\y+@&="));
    assertEquals("%E9%80%9A%E7%9F%A5", ReportSarif.uri("通知"));
    assertEquals("", ReportSarif.uri(""));
  }

  @Test
  void theMessageTextKeepsEveryCharacter() throws Exception {
    JsonNode results = sample().at("/runs/0/results");
    assertTrue(results.get(1).at("/message/text").asText().contains("\u001B[31m"));
    assertEquals("indexPattern `C:\\{seq}` is not valid 🚀 Hint: the default is\u2028"
        + "{organCode}-{year}", results.get(5).at("/message/text").asText());
  }
}
