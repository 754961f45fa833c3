package org.gongkai.check;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitUnknownRuleTest {

  @TempDir
  Path site;

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  private void tasks(String units) {
    TestSites.write(site, "content/zdgz/list.yaml", "title: 清单\nwritten: 2023-01-01\n"
        + "published: 2023-01-02\ntopic: 政务公开\ntasks:\n  - seq: 7\n    content: 任务\n"
        + "    units: " + units + "\n");
  }

  @Test
  void theSpecCaseKnowsEveryUnitItNamesIncludingByAlias() {
    assertEquals(List.of(), RuleTestSupport.check(new UnitUnknownRule(), site));
  }

  /** The finding points at the unit's own item, or where its name starts in one text. */
  @Test
  void anUnknownUnitIsAWarningNamingTheNearestKnownUnit() {
    tasks("[★市财政, 市发改局, 市税务局]");
    List<Problem> found = RuleTestSupport.check(new UnitUnknownRule(), site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "content/zdgz/list.yaml:8:14", Severity.WARNING, "unit-unknown",
        "task 7", "`市财政`", "the nearest known unit is `市财政局`", "units.yaml");
  }

  @Test
  void eachUnknownUnitIsReported() {
    tasks("市财攻局、区税务局");
    List<Problem> found = RuleTestSupport.check(new UnitUnknownRule(), site);
    assertEquals(2, found.size(), found::toString);
    assertProblem(found, "content/zdgz/list.yaml:8:12", Severity.WARNING, "unit-unknown",
        "`市财攻局`", "`市财政局`");
    assertProblem(found, "content/zdgz/list.yaml:8:17", Severity.WARNING, "unit-unknown",
        "`区税务局`", "`市税务局`");
  }

  @Test
  void withoutUnitsYamlTheHintSaysSo() throws Exception {
    Files.delete(site.resolve("units.yaml"));
    tasks("[市财政局]");
    assertProblem(RuleTestSupport.check(new UnitUnknownRule(), site),
        "content/zdgz/list.yaml:8:13", Severity.WARNING, "unit-unknown", "lists no units yet");
  }

  @Test
  void reportsAreNotChecked() {
    tasks("[市财政局]");
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x", "topic: 政务公开\n"));
    assertTrue(RuleTestSupport.check(new UnitUnknownRule(), site).isEmpty());
  }
}
