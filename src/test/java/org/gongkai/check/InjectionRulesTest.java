package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Injected content: spam terms, invisible characters, HTML comments, foreign links. */
class InjectionRulesTest {

  @TempDir
  Path dir;

  @Test
  void aSpamTermSplicedIntoATableCellIsFoundAtItsPlace() {
    TestSite site = Checks.site(dir).write("content/tzgg/list.yaml", Checks.tasks("重点工作",
        "2023-12-01", "  - seq: 1\n    content: 推进数字化改革\n"
            + "    progress: 已完成平台建设百家乐真人娱乐注册送彩金，进入试运行。\n"));
    List<Problem> found = Checks.found(site, "injection-term");
    assertEquals(List.of("content/tzgg/list.yaml:8:22", "content/tzgg/list.yaml:8:25",
            "content/tzgg/list.yaml:8:29", "content/tzgg/list.yaml:8:32"),
        found.stream().map(p -> p.location().toString()).toList());
    assertTrue(found.get(0).message().in(Lang.EN).contains("`百家乐`"), found.get(0).message().in(Lang.EN));
  }

  @Test
  void legitimateWordsOfGovernmentWorkAreNotSpam() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("彩票管理",
        "2023-12-01", "", "加强福利彩票和体育彩票管理，严厉打击赌博违法犯罪。"));
    assertEquals(List.of(), Checks.found(site, "injection-term"));
  }

  @Test
  void aSiteExtendsOrReplacesTheList() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "", "欢迎光临某某棋牌。"))
        .write("site.yaml", TestSite.SITE_YAML + "extraSpamTerms: [某某棋牌]\n");
    assertEquals(1, Checks.found(site, "injection-term").size());
    site.write("site.yaml", TestSite.SITE_YAML + "spamTerms: [另一个词]\n")
        .write("content/tzgg/b.md", Checks.report("通知二", "2023-12-01", "", "百家乐"));
    assertEquals(List.of(), Checks.found(site, "injection-term"), "the list was replaced");
  }

  @Test
  void aBrandNoListKnowsIsFoundByItsShapeInATaskCellAndATitle() {
    TestSite site = Checks.site(dir).write("content/tzgg/list.yaml", Checks.tasks(
        "重点工作kaiyun官网", "2023-12-01", "  - seq: 1\n    content: 推进数字化改革\n"
            + "    progress: 已完成平台建设九游会登录，九游会入口，进入试运行。\n"));
    List<Problem> found = Checks.found(site, "injection-shape");
    assertEquals(List.of("content/tzgg/list.yaml:1:12", "content/tzgg/list.yaml:8:22"),
        found.stream().map(p -> p.location().toString()).toList());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals("疑似被植入的推广内容：标题中有 `kaiyun官网`（字母或数字的名称 `kaiyun` 后接“官网”）",
        found.get(0).message().in(Lang.ZH));
    assertEquals("injected promotion suspected: task 1 has `九游会登录` (one name, `九游会`, before"
        + " “登录、入口”)", found.get(1).message().in(Lang.EN));
    assertTrue(found.get(1).hint().in(Lang.ZH).contains("knownPlatforms"));
  }

  /**
   * Every spliced example in a real site: in a task cell of one task list and in the title of a
   * notice of its own, each found where it is, as an error.
   */
  @Test
  void everySplicedExampleIsFoundInATaskCellAndInATitle() throws java.io.IOException {
    List<org.junit.jupiter.params.provider.Arguments> examples =
        InjectionShapeTest.splicedExamples().toList();
    StringBuilder tasks = new StringBuilder();
    TestSite site = Checks.site(dir);
    for (int i = 0; i < examples.size(); i++) {
      String spam = examples.get(i).get()[0].toString();
      tasks.append("  - seq: ").append(i + 1).append("\n    content: 推进数字化改革\n")
          .append("    progress: '已完成平台建设").append(spam.replace("'", "''"))
          .append("，进入试运行。'\n");
      site.write("content/tzgg/n" + i + ".md", Checks.report("'关于开展检查的通知"
          + spam.replace("'", "''") + "'", "2023-12-01", "", "正文。"));
    }
    site.write("content/tzgg/list.yaml", Checks.tasks("重点工作", "2023-12-01", tasks.toString()));
    List<Problem> found = Checks.found(site, "injection-shape");
    for (int i = 0; i < examples.size(); i++) {
      String brand = examples.get(i).get()[1].toString();
      String cell = "task " + (i + 1) + " has";
      String title = "content/tzgg/n" + i + ".md:2:";
      assertTrue(found.stream().anyMatch(p -> p.isError()
          && p.message().in(Lang.EN).contains(cell) && p.message().in(Lang.EN).contains(brand)),
          () -> "not found in task " + brand);
      assertTrue(found.stream().anyMatch(p -> p.isError() && p.location().toString()
          .startsWith(title) && p.message().in(Lang.EN).contains(brand)),
          () -> "not found in the title: " + brand);
    }
  }

  @Test
  void aPlatformTheSiteUsesIsAllowedForTheSiteOrForOneDocument() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "",
            "请下载城市通app，或登录城市通官网办理。"))
        .write("content/tzgg/b.md", Checks.report("通知二", "2023-12-01",
            "allow:\n  - value: iCity登录\n    reason: 本市统一身份认证应用\n", "请通过iCity登录后办理。"));
    assertEquals(List.of("content/tzgg/a.md:7:4", "content/tzgg/b.md:10:4"),
        Checks.found(site, "injection-shape").stream().map(p -> p.location() + " "
            + p.severity().label()).map(s -> s.replace(" error", "").replace(" note", ""))
            .toList());
    Problem allowed = Checks.found(site, "injection-shape").get(1);
    assertEquals(Severity.NOTE, allowed.severity());
    assertTrue(allowed.message().in(Lang.ZH).contains("本市统一身份认证应用"));
    site.write("site.yaml", TestSite.SITE_YAML + "knownPlatforms: [城市通]\n");
    assertEquals(List.of(Severity.NOTE), Checks.found(site, "injection-shape").stream()
        .map(Problem::severity).toList());
  }

  @Test
  void zeroWidthAndBidiCharactersAreFoundButWideSpacesAreNot() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("通知\u200B标题",
        "2023-12-01", "", "正文　全角空格可以，\u202E反向控制符不行。"));
    List<Problem> found = Checks.found(site, "hidden-char");
    assertEquals(2, found.size(), found::toString);
    assertEquals("content/tzgg/a.md:2:10", found.get(0).location().toString());
    assertTrue(found.get(0).message().in(Lang.EN).contains("U+200B"));
    assertTrue(found.get(1).message().in(Lang.EN).contains("U+202E"));
    assertEquals("content/tzgg/a.md:7:11", found.get(1).location().toString());
  }

  @Test
  void anHtmlCommentInABodyIsReportedWithItsText() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("通知",
        "2023-12-01", "", "第一段。\n\n<!-- 删去：内部意见 -->\n\n小于号 <! 不是注释。"));
    List<Problem> found = Checks.found(site, "html-comment");
    assertEquals(1, found.size(), found::toString);
    assertEquals(Severity.WARNING, found.get(0).severity());
    assertEquals("content/tzgg/a.md:9:1", found.get(0).location().toString());
    assertTrue(found.get(0).message().in(Lang.EN).contains("删去：内部意见"));
  }

  @Test
  void linksOutsideTheAllowedDomainsAreErrorsAndGovCnLinksAreNot() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("通知",
        "2023-12-01", "", "见[国务院](https://www.gov.cn/zhengce/)、[省政府](https://www.zj.gov.cn/)、"
            + "[本站](https://www.test.gov.cn/a.html)和[这里](https://casino.example.com/x)，"
            + "或访问 www.bet-example.net 。"));
    List<Problem> found = Checks.found(site, "link-domain");
    assertEquals(List.of("casino.example.com", "www.bet-example.net"), found.stream()
        .map(p -> p.message().in(Lang.EN).replaceAll("a link to (\\S+) .*", "$1")).toList());
    site.write("site.yaml", TestSite.SITE_YAML
        + "allowedLinkDomains: [\"*.gov.cn\", casino.example.com, \"*.bet-example.net\"]\n");
    assertEquals(List.of(), Checks.found(site, "link-domain"));
  }
}
