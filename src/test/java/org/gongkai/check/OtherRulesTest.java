package org.gongkai.check;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index-pattern, organ-code and publisher rules, and the registry. */
class OtherRulesTest {

  @TempDir
  Path site;

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  private void siteYaml(String from, String to) {
    String text = TestSites.read(site.resolve("site.yaml"));
    TestSites.write(site, "site.yaml", text.replace(from, to));
  }

  @Test
  void theSpecCasePassesEveryRule() {
    for (Rule rule : Rules.ALL) {
      assertEquals(List.of(), RuleTestSupport.check(rule, site), rule.id());
    }
  }

  @Test
  void anInvalidIndexPatternIsAnErrorInSiteYaml() {
    siteYaml("pageSize: 20", "pageSize: 20\nindexPattern: \"{organCode}/{yyyy}-{seq:6}\"");
    List<Problem> found = RuleTestSupport.check(new IndexPatternRule(), site);
    assertProblem(found, "site.yaml:9:1", Severity.ERROR, "index-pattern", "{yyyy}",
        "the default is {organCode}/{year}-{seq:6}");
  }

  @Test
  void aSiteOrganCodeWithAWrongCheckCharacterNamesTheRightOne() {
    siteYaml("organCode: 11330600002577014T", "organCode: 11330600002577014X");
    List<Problem> found = RuleTestSupport.check(new OrganCodeRule(), site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "site.yaml:7:1", Severity.ERROR, "organ-code",
        "should be T, not X");
  }

  @Test
  void aUnitOrganCodeIsCheckedToo() {
    TestSites.write(site, "units.yaml", "- name: 市发改委\n  organCode: \"1133060000257701OT\"\n"
        + "- name: 市政府办公室\n  organCode: \"001008006002001\"\n");
    List<Problem> found = RuleTestSupport.check(new OrganCodeRule(), site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "units.yaml:1:3", Severity.ERROR, "organ-code", "alphabet");
  }

  @Test
  void withoutAnyPublisherADocumentIsAnError() {
    siteYaml("publisher: 测试市人民政府办公室\n", "");
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "topic: 政务公开\npublisher: 市政府办公室\n"));
    List<Problem> found = RuleTestSupport.check(new PublisherRule(), site);
    assertEquals(3, found.size(), found::toString);
    assertProblem(found, "content/tzgg/notice.md", Severity.ERROR, "publisher-missing");
  }

  @Test
  void everyRuleHasItsOwnIdAndADescription() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.ALL) {
      for (Lang lang : Lang.values()) {
        assertNotNull(Messages.pattern(lang, rule.description().key()), rule.id());
      }
      assertEquals(rule.id(), rule.id().toLowerCase().replaceAll("[^a-z-]", ""));
      assertTrue(ids.add(rule.id()), "twice: " + rule.id());
    }
  }
}
