package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void parsesEachLabelIgnoringCaseAndBlanks() {
    for (ReportFormat format : ReportFormat.values()) {
      assertEquals(format, ReportFormat.parse(format.label()));
      assertEquals(format, ReportFormat.parse(" " + format.label().toUpperCase() + "\t"));
    }
    assertEquals(ReportFormat.SARIF, ReportFormat.parse("Sarif"));
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThereAre() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReportFormat.parse(" XML "));
    assertEquals("unknown report format `XML`; use one of text, json, sarif, junit",
        e.getMessage());
  }

  @Test
  void noNameIsRefused() {
    for (String name : new String[] {null, "", "  "}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ReportFormat.parse(name));
      assertTrue(e.getMessage().startsWith("no report format given; use one of text, json"),
          e.getMessage());
    }
  }

  @Test
  void renderGivesEachFormatsReport() {
    ReportInput input = ReportSampleTest.sample();
    assertEquals(Reports.text(input),
        Reports.render(ReportFormat.TEXT, input, ReportSampleTest.AT, false));
    assertEquals(Reports.json(input),
        Reports.render(ReportFormat.JSON, input, ReportSampleTest.AT, false));
    assertEquals(Reports.sarif(input),
        Reports.render(ReportFormat.SARIF, input, ReportSampleTest.AT, false));
    assertEquals(Reports.junit(input, ReportSampleTest.AT, true),
        Reports.render(ReportFormat.JUNIT, input, ReportSampleTest.AT, true));
  }
}
