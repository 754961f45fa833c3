package org.gongkai.assemble;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertNoProblem;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Site;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteAssemblerTest {

  private static final LocalDateTime END_OF_2023 = LocalDate.of(2023, 12, 31).atTime(23, 59);

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  private SitePlan plan(LocalDateTime now) {
    Site s = SiteReader.read(site, problems::add);
    return new SiteAssembler(new Markdown()).assemble(s, now, problems::add);
  }

  private static Map<String, Page> byPath(SitePlan plan) {
    return plan.pages().stream().collect(Collectors.toMap(Page::path, p -> p));
  }

  private static String report(String title, String published, String extra) {
    return "---\ntitle: " + title + "\nwritten: 2023-01-01\npublished: " + published
        + "\ntopic: 综合政务/其他\n" + extra + "---\n正文：" + title + "\n";
  }

  @Test
  void theMinimalSiteHasEveryKindOfPage() {
    SitePlan plan = plan(END_OF_2023);
    assertNoErrors(problems);
    assertEquals(List.of(
        "404.html",
        "catalogue/2023.html",
        "catalogue/index.html",
        "contact.html",
        "data/catalog.json",
        "feed.xml",
        "index.html",
        "robots.txt",
        "search.html",
        "sitemap.html",
        "sitemap.xml",
        "tzgg/2023/notice.html",
        "tzgg/2023/report.html",
        "tzgg/feed.xml",
        "tzgg/index.html",
        "units/index.html",
        "units/市发改委.html",
        "units/市税务局.html",
        "units/市财政局.html",
        "units/测试市人民政府办公室.html",
        "zdgz/2023/list.csv",
        "zdgz/2023/list.html",
        "zdgz/2023/list.json",
        "zdgz/feed.xml",
        "zdgz/index.html",
        "zdgz/series/2023-key-tasks.html"),
        plan.pages().stream().map(Page::path).sorted().toList());
    assertEquals(List.of(new SitePlan.Copy("content/tzgg/files/清单.pdf", "tzgg/files/清单.pdf")),
        plan.copies());
    assertEquals(PageKind.TASK_LIST, byPath(plan).get("zdgz/2023/list.html").kind());
    assertEquals(PageKind.SERIES, byPath(plan).get("zdgz/series/2023-key-tasks.html").kind());
    assertEquals(Format.CSV, byPath(plan).get("zdgz/2023/list.csv").kind().format());
  }

  @Test
  void aLinkToAContentYamlFileIsRewrittenToItsPage() {
    Views.DocumentView notice = (Views.DocumentView) byPath(plan(END_OF_2023))
        .get("tzgg/2023/notice.html").content();
    assertTrue(notice.bodyHtml().contains("href=\"../../zdgz/2023/list.html\""),
        notice.bodyHtml());
    assertFalse(notice.bodyHtml().contains("list.yaml"), notice.bodyHtml());
    assertEquals(List.of(new Views.AttachmentView("责任清单（PDF）", "/tzgg/files/清单.pdf",
        "27 B", "PDF")), notice.attachments());
  }

  @Test
  void aLinkToAnAttachmentFileIsRewrittenAndAnUnknownOneIsKept() {
    TestSites.write(site, "content/tzgg/links.md", report("链接", "2023-03-01",
        "").replace("正文：链接", "[附件](files/清单.pdf#page=2) [没有](nope.md) [上级](../../x.md)"));
    Views.DocumentView view = (Views.DocumentView) byPath(plan(END_OF_2023))
        .get("tzgg/2023/links.html").content();
    assertTrue(view.bodyHtml().contains(
        "href=\"../files/%E6%B8%85%E5%8D%95.pdf#page=2\""), view.bodyHtml());
    assertTrue(view.bodyHtml().contains("href=\"nope.md\""), view.bodyHtml());
    assertTrue(view.bodyHtml().contains("href=\"../../x.md\""), view.bodyHtml());
  }

  @Test
  void draftsScheduledAndNonPublicDocumentsGetNoPageAndAreInNoListing() {
    TestSites.write(site, "content/tzgg/draft.md", report("草稿文件", "2023-05-01", "draft: true\n"));
    TestSites.write(site, "content/tzgg/later.md", report("定时文件", "2024-01-01 08:00", ""));
    TestSites.write(site, "content/tzgg/apply.md", report("依申请文件", "2023-05-01",
        "disclosure: 依申请公开\n"));
    TestSites.write(site, "content/tzgg/secret.md", report("不予公开文件", "2023-05-01",
        "公开方式: 不予公开\n"));
    SitePlan plan = plan(END_OF_2023);
    assertNoErrors(problems);

    Map<String, SitePlan.Reason> reasons = plan.unpublished().stream().collect(Collectors.toMap(
        u -> u.document().source().stem(), SitePlan.Unpublished::reason));
    assertEquals(Map.of("draft", SitePlan.Reason.DRAFT, "later", SitePlan.Reason.SCHEDULED,
        "apply", SitePlan.Reason.NOT_PUBLIC, "secret", SitePlan.Reason.NOT_PUBLIC), reasons);
    assertEquals(3, plan.published().size());
    for (String stem : List.of("draft", "later", "apply", "secret")) {
      assertTrue(plan.pages().stream().noneMatch(p -> p.path().contains(stem)), stem);
    }
    List<String> listed = new ArrayList<>();
    for (Page p : plan.pages()) {
      if (p.content() instanceof Views.ColumnView c) {
        c.items().forEach(i -> listed.add(i.title()));
      } else if (p.content() instanceof Views.HomeView h) {
        h.latest().forEach(i -> listed.add(i.title()));
        h.sections().forEach(s -> s.items().forEach(i -> listed.add(i.title())));
      }
    }
    for (String title : List.of("草稿文件", "定时文件", "依申请文件", "不予公开文件")) {
      assertFalse(listed.contains(title), title);
      assertTrue(plan.secrets().stream().anyMatch(s -> s.text().equals(title)),
          "the leak guard knows " + title);
    }
  }

  @Test
  void aDocumentWhosePublishedDateCouldNotBeReadIsLeftOutNotACrash() {
    TestSites.write(site, "content/tzgg/slash.md", report("斜杠日期", "2023/11/01", ""));
    TestSites.write(site, "content/tzgg/none.md", report("无日期", "2023-01-01", "")
        .replace("published: 2023-01-01\n", ""));
    SitePlan plan = plan(END_OF_2023);
    assertProblem(problems, "content/tzgg/slash.md:4:12", Severity.ERROR, "date-format",
        "write `2023-11-01`");
    assertProblem(problems, "content/tzgg/none.md:2:1", Severity.ERROR, "missing-field",
        "published");
    assertEquals(3, plan.published().size());
    assertTrue(plan.pages().stream().noneMatch(p -> p.path().contains("slash")
        || p.path().contains("none")));
  }

  @Test
  void aScheduledDocumentIsPublishedOnceItsMinuteHasCome() {
    TestSites.write(site, "content/tzgg/later.md", report("定时文件", "2024-01-01 08:00", ""));
    assertFalse(plan(LocalDateTime.of(2024, 1, 1, 7, 59)).published().stream()
        .anyMatch(d -> d.source().stem().equals("later")));
    assertTrue(plan(LocalDateTime.of(2024, 1, 1, 8, 0)).published().stream()
        .anyMatch(d -> d.source().stem().equals("later")));
  }

  @Test
  void withheldProgressIsNotInThePageButInTheLeakGuard() {
    SitePlan plan = plan(END_OF_2023);
    Views.TaskTable table = ((Views.DocumentView) byPath(plan).get("zdgz/2023/list.html")
        .content()).table();
    Views.TaskRow row = table.groups().get(1).rows().get(0);
    assertEquals(2, row.seq());
    assertNull(row.progress());
    assertEquals("内部事务信息", row.withheld().reason());
    assertTrue(plan.secrets().stream().anyMatch(s -> s.text().equals("内部研究事项")));
    assertEquals(List.of("优化营商环境", "共同富裕"),
        table.groups().stream().map(Views.TaskGroup::name).toList());
    Views.UnitMention lead = table.groups().get(0).rows().get(0).units().get(0);
    assertEquals(new Views.UnitMention("市财政局", "/units/市财政局.html", "★"), lead);
    Views.UnitMention alias = table.groups().get(0).rows().get(0).units().get(2);
    assertEquals("市发改委", alias.name(), "an alias is shown by its unit's canonical name");
  }

  @Test
  void aSlugWithDotDotIsAnErrorAndGetsNoPage() {
    TestSites.write(site, "content/tzgg/escape.md", report("越界", "2023-03-01",
        "slug: ../../../etc/evil\n"));
    TestSites.write(site, "content/tzgg/dots.md", report("点点", "2023-03-01", "slug: ..\n"));
    SitePlan plan = plan(END_OF_2023);
    assertProblem(problems, "content/tzgg/escape.md:6:1", Severity.ERROR, "permalink",
        "`../../../etc/evil`", "outside the output folder");
    assertProblem(problems, "content/tzgg/dots.md:6:1", Severity.ERROR, "permalink", "`..`");
    assertTrue(plan.pages().stream().noneMatch(p -> p.path().contains("..")
        || p.path().contains("evil")));
  }

  @Test
  void aFileNameThatIsNotAPlainSegmentIsAnErrorAtTheFile() {
    TestSites.write(site, "content/tzgg/a\\..\\..\\evil.md", report("反斜杠", "2023-03-01", ""));
    TestSites.write(site, "content/tzgg/两 个.md", report("空格", "2023-03-01", ""));
    plan(END_OF_2023);
    assertProblem(problems, "content/tzgg/a\\..\\..\\evil.md", Severity.ERROR, "permalink",
        "not allowed");
    assertProblem(problems, "content/tzgg/两 个.md", Severity.ERROR, "permalink", "spaces");
  }

  @Test
  void aSlugMayNotTakeAPageGongkaiWritesItself() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        + "permalink: /{slug}.html\n");
    TestSites.write(site, "content/tzgg/home.md", report("首页冒充", "2023-03-01", "slug: index\n"));
    plan(END_OF_2023);
    assertProblem(problems, "content/tzgg/home.md:6:1", Severity.ERROR, "permalink",
        "/index.html", "used by gongkai itself");
  }

  @Test
  void twoDocumentsWithOnePathCollide() {
    TestSites.write(site, "content/tzgg/a.md", report("甲", "2023-03-01", "slug: same\n"));
    TestSites.write(site, "content/tzgg/b.md", report("乙", "2023-04-01", "网址名: SAME\n"));
    SitePlan plan = plan(END_OF_2023);
    // the newer document is placed first; the older one collides with it
    assertProblem(problems, "content/tzgg/a.md:6:1", Severity.ERROR, "permalink-collision",
        "/tzgg/2023/same.html", "content/tzgg/b.md");
    assertEquals(1, plan.pages().stream().filter(p -> p.path().equalsIgnoreCase(
        "tzgg/2023/same.html")).count());
  }

  @Test
  void aDocumentMayNotTakeTheListingPageOfItsColumn() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        + "permalink: /{column}/{slug}.html\n");
    TestSites.write(site, "content/tzgg/idx.md", report("冒充栏目页", "2023-03-01",
        "slug: index\n"));
    SitePlan plan = plan(END_OF_2023);
    assertProblem(problems, "content/tzgg/idx.md:6:1", Severity.ERROR, "permalink-collision",
        "content/tzgg/idx.md and the listing of column tzgg", "tzgg/index.html");
    assertEquals(1, plan.pages().stream().filter(p -> p.path().equals("tzgg/index.html"))
        .count());
  }

  @Test
  void aColumnNamedUnitsMayNotTakeTheListOfUnits() {
    TestSites.write(site, "content/units/_column.yaml", "title: 单位动态\n");
    SitePlan plan = plan(END_OF_2023);
    assertProblem(problems, "content/units/_column.yaml:1:1", Severity.ERROR,
        "permalink-collision", "the listing of column units and the list of units",
        "units/index.html");
    assertEquals(1, plan.pages().stream().filter(p -> p.path().equals("units/index.html"))
        .count());
  }

  @Test
  void aUnitNamedIndexMayNotTakeTheListOfUnits() {
    TestSites.write(site, "units.yaml", TestSites.read(site.resolve("units.yaml"))
        + "- name: INDEX\n");
    plan(END_OF_2023);
    assertProblem(problems, "units.yaml:6:3", Severity.ERROR, "permalink-collision",
        "the page of unit INDEX and the list of units");
  }

  @Test
  void aStaticFileMayNotReplaceAGeneratedPageOrAnotherFile() {
    TestSites.write(site, "static/index.html", "<p>手写首页</p>");
    TestSites.write(site, "static/tzgg/files/清单.pdf", "%PDF");
    TestSites.write(site, "static/robots.txt", "User-agent: *");
    SitePlan plan = plan(END_OF_2023);
    assertProblem(problems, "static/index.html", Severity.ERROR, "permalink-collision",
        "copied to index.html, which the home page is written to");
    assertProblem(problems, "static/tzgg/files/清单.pdf", Severity.ERROR, "permalink-collision",
        "content/tzgg/files/清单.pdf");
    assertEquals(List.of("robots.txt", "tzgg/files/清单.pdf"),
        plan.copies().stream().map(SitePlan.Copy::to).toList());
    assertEquals("content/tzgg/files/清单.pdf", plan.copies().get(1).from());
  }

  @Test
  void documentsOfDifferentYearsDoNotCollide() {
    TestSites.write(site, "content/tzgg/a.md", report("甲", "2022-03-01", "slug: same\n"));
    TestSites.write(site, "content/tzgg/b.md", report("乙", "2023-03-01", "slug: same\n"));
    SitePlan plan = plan(END_OF_2023);
    assertNoProblem(problems, "permalink-collision");
    assertTrue(byPath(plan).containsKey("tzgg/2022/same.html"));
    assertTrue(byPath(plan).containsKey("tzgg/2023/same.html"));
  }

  @Test
  void fortyFiveDocumentsMakeThreeListingPagesOfTwenty() {
    for (int i = 1; i <= 45; i++) {
      TestSites.write(site, String.format("content/lb/doc%02d.md", i),
          report(String.format("第%02d号通知", i), String.format("2023-03-01 %02d:%02d", i / 60,
              i % 60), ""));
    }
    SitePlan plan = plan(END_OF_2023);
    assertNoErrors(problems);
    Map<String, Page> pages = byPath(plan);
    assertTrue(pages.containsKey("lb/index.html"));
    assertTrue(pages.containsKey("lb/index_2.html"));
    assertTrue(pages.containsKey("lb/index_3.html"));
    assertFalse(pages.containsKey("lb/index_4.html"));
    assertFalse(pages.containsKey("lb/index_1.html"));

    Views.ColumnView first = (Views.ColumnView) pages.get("lb/index.html").content();
    Views.ColumnView second = (Views.ColumnView) pages.get("lb/index_2.html").content();
    Views.ColumnView third = (Views.ColumnView) pages.get("lb/index_3.html").content();
    assertEquals(List.of(20, 20, 5), List.of(first.items().size(), second.items().size(),
        third.items().size()));
    assertEquals(45, third.totalItems());
    assertEquals("第45号通知", first.items().get(0).title(), "newest first");
    assertEquals("第01号通知", third.items().get(4).title());

    assertEquals(new Views.Pager(1, 3, List.of(
        new Views.PagerLink(1, "/lb/index.html", true),
        new Views.PagerLink(2, "/lb/index_2.html", false),
        new Views.PagerLink(3, "/lb/index_3.html", false)), null, "/lb/index_2.html"),
        first.pager());
    assertEquals("/lb/index.html", second.pager().previous());
    assertEquals("/lb/index_3.html", second.pager().next());
    assertEquals(2, second.pager().current());
    assertEquals("/lb/index_2.html", third.pager().previous());
    assertNull(third.pager().next());
    assertEquals("lb（第2页）", pages.get("lb/index_2.html").title());
  }

  @Test
  void anEmptyColumnHasOneListingPage() {
    TestSites.write(site, "content/kong/_column.yaml", "title: 空栏目\n");
    Views.ColumnView view = (Views.ColumnView) byPath(plan(END_OF_2023)).get("kong/index.html")
        .content();
    assertEquals(0, view.totalItems());
    assertEquals(1, view.pager().total());
  }

  @Test
  void aNestedColumnHasItsBreadcrumbAndItsParentListsItsDocuments() {
    TestSites.write(site, "content/zwgk/_column.yaml", "title: 政务公开\n");
    TestSites.write(site, "content/zwgk/gzbg/_column.yaml", "title: 政府工作报告\n");
    TestSites.write(site, "content/zwgk/gzbg/r.md", report("报告", "2023-03-01", ""));
    Map<String, Page> pages = byPath(plan(END_OF_2023));
    assertNoErrors(problems);
    Page doc = pages.get("zwgk/gzbg/2023/r.html");
    assertEquals(List.of(new Views.Crumb("首页", "/index.html"),
        new Views.Crumb("政务公开", "/zwgk/index.html"),
        new Views.Crumb("政府工作报告", "/zwgk/gzbg/index.html")), doc.breadcrumb());
    Views.ColumnView parent = (Views.ColumnView) pages.get("zwgk/index.html").content();
    assertEquals(List.of("报告"), parent.items().stream().map(Views.DocSummary::title).toList());
    assertEquals(List.of(new Views.NavItem("政府工作报告", "/zwgk/gzbg/index.html")),
        parent.children());
  }

  @Test
  void documentPagesCarryTheGovernmentMetaTags() {
    Page notice = byPath(plan(END_OF_2023)).get("tzgg/2023/notice.html");
    Map<String, String> meta = notice.meta().stream().collect(Collectors.toMap(
        Views.MetaTag::name, Views.MetaTag::content, (a, b) -> a));
    assertEquals("政务公开测试网站", meta.get("SiteName"));
    assertEquals("3306000001", meta.get("SiteIDCode"));
    assertEquals("通知公告", meta.get("ColumnName"));
    assertEquals("关于印发2023年重点工作责任清单的通知", meta.get("ArticleTitle"));
    assertEquals("2023-02-09 16:47", meta.get("PubDate"));
    assertEquals("测试市人民政府办公室", meta.get("ContentSource"), "source defaults to publisher");
    assertEquals("https://www.example.gov.cn/tzgg/2023/notice.html", meta.get("Url"));
    assertEquals(Optional.of("各有关单位： 现将2023年重点工作责任清单印发给你们，请认真抓好落实。 附件：2023年重点工作责任清单"),
        Optional.ofNullable(meta.get("Description")));
  }
}
