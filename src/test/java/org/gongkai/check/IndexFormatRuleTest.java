package org.gongkai.check;

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

class IndexFormatRuleTest {

  @TempDir
  Path site;

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  @Test
  void anIndexThatFitsThePatternIsFine() {
    assertEquals(List.of(), RuleTestSupport.check(new IndexFormatRule(), site));
  }

  @Test
  void anIndexThatDoesNotFitIsAnErrorWithAnExample() {
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "topic: 政务公开\n索引号: 2023-000001\n"));
    List<Problem> found = RuleTestSupport.check(new IndexFormatRule(), site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "content/tzgg/x.md:6:1", Severity.ERROR, "index-format",
        "`2023-000001`", "{organCode}/{year}-{seq:6}", "e.g. 11330600002577014T/2023-000001");
  }

  @Test
  void theSitesOwnPatternIsUsed() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        + "indexPattern: \"{organCode}/{year}{month}-{seq:5}\"\n");
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "topic: 政务公开\nindex: 11341702486344515H/202110-00013\n"));
    List<Problem> found = RuleTestSupport.check(new IndexFormatRule(), site);
    // the spec case's three documents have yearly numbers, which no longer fit
    assertEquals(3, found.size(), found::toString);
    assertProblem(found, "content/tzgg/notice.md:3:1", Severity.ERROR, "index-format",
        "11330600002577014T/2023-000001", "e.g. 11330600002577014T/202310-00001");
  }

  @Test
  void anInvalidPatternIsLeftToTheIndexPatternRule() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        + "indexPattern: \"{organCode}\"\n");
    assertEquals(List.of(), RuleTestSupport.check(new IndexFormatRule(), site));
  }
}
