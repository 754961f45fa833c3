package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.TestSite;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the inspection looks for on every page and in the site's freshness: footer items missing
 * or placeholders, the 党政机关网站标识, a home page not updated for 2 weeks, and 5 columns not
 * updated as one veto error.
 */
class SiteIdentityRulesTest {

  @TempDir
  Path dir;

  /** TestSite's site.yaml without the footer items. */
  private static final String BARE = TestSite.SITE_YAML.substring(0,
      TestSite.SITE_YAML.indexOf("sponsor"));

  private TestSite site(String extra) {
    return Checks.site(dir).write("site.yaml", BARE + extra)
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-30", "", "正文"));
  }

  @Test
  void eachMissingFooterItemIsAWarningNamingItsKey() {
    List<Problem> found = Checks.found(site(""), "identity-missing");
    assertEquals(7, found.size(), found::toString);
    assertTrue(found.stream().allMatch(p -> p.severity() == Severity.WARNING));
    List<String> zh = found.stream().map(p -> p.message().in(Lang.ZH)).toList();
    for (String key : List.of("主办单位（sponsor）", "承办单位（organizer）", "联系电话（phone）",
        "地址（address）", "ICP备案号（icp）", "公安机关备案号（policeRecord）",
        "党政机关网站标识（partyGovMark）")) {
      assertTrue(zh.stream().anyMatch(m -> m.contains(key)), key + " in " + zh);
    }
    assertTrue(found.stream().anyMatch(p -> p.hint().in(Lang.ZH).contains("sponsor: ")),
        found::toString);
    assertEquals(List.of(), Checks.found(site(TestSite.SITE_YAML.substring(BARE.length())),
        "identity-missing"), "the full identity");
  }

  @Test
  void theMarkNeedsItsImageInStaticAndItsLinkOrSaysNone() {
    List<Problem> found = Checks.found(site("partyGovMark:\n  image: static/dzjg.png\n"),
        "identity-missing").stream().filter(p -> p.message().in(Lang.EN).contains("mark"))
        .toList();
    assertEquals(2, found.size(), found::toString);
    assertEquals("site.yaml:6:1", found.get(0).location().toString());
    assertTrue(found.get(0).message().in(Lang.ZH).contains("static/dzjg.png 不存在"));
    assertTrue(found.get(1).message().in(Lang.ZH).contains("没有核验链接"));
    TestSite withImage = site("partyGovMark: {image: static/dzjg.png, link: https://x.gov.cn/}\n")
        .write("static/dzjg.png", "png");
    assertTrue(Checks.found(withImage, "identity-missing").stream()
        .noneMatch(p -> p.message().in(Lang.EN).contains("mark")));
    assertTrue(Checks.found(site("partyGovMark: 无\n"), "identity-missing").stream()
        .noneMatch(p -> p.message().in(Lang.EN).contains("mark")));
    List<Problem> outside = Checks.check(site("partyGovMark: {image: dzjg.png}\n")).problems()
        .stream().filter(p -> p.ruleId().equals("party-gov-mark")).toList();
    assertEquals(1, outside.size());
    assertEquals(Severity.ERROR, outside.get(0).severity());
  }

  @Test
  void placeholderFilingNumbersAreReportedLikeThePlaceholderCodes() {
    TestSite site = site("icp: 浙ICP备00000000号\npoliceRecord: 浙公网安备号\n");
    List<Problem> check = Checks.found(site, IdentityRule.ID);
    assertEquals(List.of("site.yaml:6:1", "site.yaml:7:1"),
        check.stream().map(p -> p.location().toString()).toList());
    assertEquals(Severity.WARNING, check.get(0).severity());
    assertTrue(check.get(0).message().in(Lang.ZH).contains("`浙ICP备00000000号` 是占位值"));
    List<Problem> build = site.gongkai(Checks.TODAY, false).build().problems().stream()
        .filter(p -> p.ruleId().equals(IdentityRule.ID)).toList();
    assertTrue(build.stream().allMatch(Problem::isError), "a build refuses them: " + build);
    assertEquals(List.of(), Checks.found(site("icp: 浙ICP备12345678号-1\n"), IdentityRule.ID));
  }

  @Test
  void aNewsSiteWhoseNewestItemIsOlderThanTwoWeeksIsReported() {
    TestSite site = Checks.site(dir)
        .write("content/gzdt/_column.yaml", "title: 工作动态\ntype: 工作动态\n")
        .write("content/gzdt/a.md", Checks.report("动态", "2023-12-17", "", "正文"));
    assertEquals(List.of(), Checks.found(site, "home-stale"), "14 days: in time");
    List<Problem> later = site.gongkai(Checks.TODAY.plusDays(1), false).check().problems()
        .stream().filter(p -> p.ruleId().equals("home-stale")).toList();
    assertEquals(1, later.size());
    assertEquals(Severity.WARNING, later.get(0).severity());
    assertTrue(later.get(0).message().in(Lang.ZH).contains("2023-12-17"));
    TestSite disclosureOnly = Checks.site(dir.resolve("b"))
        .write("content/tzgg/a.md", Checks.report("通知", "2020-01-01", "", "正文"));
    assertEquals(List.of(), Checks.found(disclosureOnly, "home-stale"),
        "a site without news is judged by its columns' intervals");
  }

  @Test
  void fiveStaleColumnsAreOneVetoErrorListingThem() {
    TestSite site = Checks.site(dir);
    for (int i = 1; i <= 5; i++) {
      site.write("content/c" + i + "/_column.yaml", "title: 栏目" + i + "\nupdateInterval: 1M\n")
          .write("content/c" + i + "/a.md", Checks.report("旧", "2023-01-0" + i, "", "正文"));
    }
    List<Problem> veto = Checks.found(site, "column-veto");
    assertEquals(1, veto.size(), veto::toString);
    assertEquals(Severity.ERROR, veto.get(0).severity());
    assertTrue(veto.get(0).message().in(Lang.ZH).contains(
        "单项否决项“栏目不更新”：有 5 个栏目未在更新周期内更新（「栏目1」「栏目2」「栏目3」「栏目4」「栏目5」）"),
        veto.get(0).message().in(Lang.ZH));
    assertEquals(5, Checks.found(site, "column-stale").size(), "each column's own warning");
  }
}
