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

class TopicRuleTest {

  @TempDir
  Path site;

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  @Test
  void topicsOfTheSpecCaseAreAllKnown() {
    assertEquals(List.of(), RuleTestSupport.check(new TopicRule(), site));
  }

  @Test
  void aMisspeltTopicIsAnErrorWithTheNearestOne() {
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "topic: 综合政务/政务工开\n"));
    List<Problem> found = RuleTestSupport.check(new TopicRule(), site);
    assertEquals(1, found.size(), found::toString);
    assertProblem(found, "content/tzgg/x.md:5:1", Severity.ERROR, "topic",
        "`综合政务/政务工开` is not in the site's list", "did you mean `综合政务/政务公开`?");
  }

  @Test
  void aTopicFarFromAnyGetsTheGeneralHint() {
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "主题分类: 天气预报和交通出行提示\n"));
    assertProblem(RuleTestSupport.check(new TopicRule(), site), "content/tzgg/x.md:5:1",
        Severity.ERROR, "topic", "天气预报", "一级/二级");
  }

  @Test
  void theSitesOwnTopicsAreUsed() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        + "topics: {本地事务: [乡村振兴], 综合政务: [政务公开, 其他]}\n");
    TestSites.write(site, "content/tzgg/x.md", RuleTestSupport.report("x",
        "topic: 乡村振兴\n"));
    assertEquals(List.of(), RuleTestSupport.check(new TopicRule(), site));
  }
}
