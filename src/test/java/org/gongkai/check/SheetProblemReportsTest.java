package org.gongkai.check;

import static org.gongkai.check.ReportSampleTest.AT;
import static org.gongkai.check.ReportSampleTest.violations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.junit.jupiter.api.Test;

/**
 * Problems in spreadsheets are located as {@code file!sheet!cell} in the path, with line and
 * column 0: every report format carries them, and the machine reports stay valid against their
 * schemas.
 */
class SheetProblemReportsTest {

  static final String CELL = "进展 2023.xlsx!任务!F12";

  static ReportInput input() {
    List<Problem> problems = List.of(
        Problem.error(Location.of(CELL), "sheet-disagree",
            Text.of("sheet.disagree", 12, "本期进展", "财政局.xlsx!任务!F7"),
            Text.of("sheet.disagree-hint")),
        Problem.warning(Location.of("进展.csv!C3"), "unit-unknown",
            Text.of("sheet.unit-unknown", "发改委"), Text.NONE));
    return new ReportInput(problems, RuleCatalogue.all(), "0.1.0-test", 0, 0, Lang.ZH);
  }

  @Test
  void theTextReportShowsTheCellAsThePlace() {
    String text = Reports.text(input());
    assertTrue(text.contains(CELL + ": error: sheet-disagree: 第 12 项的“本期进展”与 财政局.xlsx!任务!F7"
        + " 填写的不一致"), text);
  }

  @Test
  void sarifAndJunitStayValid() throws Exception {
    String sarif = Reports.sarif(input());
    for (var schema : ReportSarifTest.SCHEMAS_BY_NAME.values()) {
      assertEquals(List.of(), violations(schema, sarif));
    }
    JsonNode result = ReportSarifTest.JSON.readTree(sarif).at("/runs/0/results/0");
    assertEquals("%E8%BF%9B%E5%B1%95%202023.xlsx%21%E4%BB%BB%E5%8A%A1%21F12",
        result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertTrue(result.at("/locations/0/physicalLocation/region").isMissingNode(),
        "a cell has no line: no region");
    String junit = Reports.junit(input(), AT, true);
    ReportJunitTest.validate("JUnit.xsd", junit);
    ReportJunitTest.validate("jenkins-junit.xsd", junit);
    assertTrue(junit.contains("classname=\"" + CELL + "\""), junit);
  }
}
