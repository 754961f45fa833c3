package org.gongkai.index;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate index numbers are found by the index stage, against the ledger (so that the hint can
 * name the copy); these cases run the facade's check.
 */
class IndexDuplicateTest {

  static String report(String title, String extra) {
    return "---\ntitle: " + title + "\nwritten: 2023-01-01\npublished: 2023-01-02\n" + extra
        + "---\n正文\n";
  }

  static List<Problem> check(Path site) {
    return org.gongkai.Gongkai.builder().siteDirectory(site)
        .today(java.time.LocalDate.of(2026, 11, 23)).build().check().problems().stream()
        .filter(p -> p.ruleId().equals("index-duplicate")).toList();
  }

  @TempDir
  Path site;

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  @Test
  void distinctNumbersAreFine() {
    TestSites.write(site, "content/tzgg/x.md", report("x",
        "topic: 政务公开\nindex: 11330600002577014T/2023-000009\n"));
    assertEquals(List.of(), check(site));
  }

  @Test
  void twoDocumentsWithOneNumberIsAnErrorAtTheSecondNamingTheFirst() {
    TestSites.write(site, "content/zdgz/same.yaml", "title: 清单\nwritten: 2023-01-01\n"
        + "published: 2023-01-02\ntopic: 政务公开\n索引号: 11330600002577014T/2023-000001\n"
        + "tasks:\n  - {seq: 1, content: 任务}\n");
    List<Problem> found = check(site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "content/zdgz/same.yaml:5:1", Severity.ERROR, "index-duplicate",
        "11330600002577014T/2023-000001", "also used by content/tzgg/notice.md");
  }

  @Test
  void threeDocumentsWithOneNumberGiveTwoErrors() {
    for (String name : List.of("a", "b")) {
      TestSites.write(site, "content/tzgg/" + name + ".md", report(name,
          "topic: 政务公开\nindex: 11330600002577014T/2023-000001\n"));
    }
    List<Problem> found = check(site);
    assertEquals(2, found.size(), found::toString);
  }
}
