package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site, built into a temporary folder and read back: the pages a web team and the
 * inspectors look at, checked against the seed pages they were made from.
 */
class SampleSiteTest {

  static final String PINGHU = "zwgk/zdgz/2023/2023-pinghu-zdgz-1-6.html";
  static final String ZHUJI_LIST = "zwgk/zdgz/2023/2023-zhuji-zrqd.html";
  static final String ZHUJI_NOTICE = "zwgk/tzgg/2023/2023-zhuji-zrqd-tz.html";
  static final String REPORT = "zwgk/gzbg/2021/2021-shaoxing-gzbg-zy.html";

  @TempDir
  static Path out;

  @BeforeAll
  static void build() {
    SampleSite.build(out);
  }

  static Document page(String path) throws IOException {
    Path file = out.resolve(path);
    assertTrue(Files.isRegularFile(file), "missing page " + path);
    return Jsoup.parse(file.toFile(), "UTF-8", "https://www.example.gov.cn/" + path);
  }

  @Test
  void pinghuTableHasEveryTaskWithTheSeedsLeadUnits() throws IOException {
    // seed 002 is a pipe table: 序号 | 主要工作任务 | 完成情况 | 牵头单位 |, ★ before the lead unit
    List<String> lines = Files.readAllLines(SampleSite.seed("002_df903cedea0ecb0b.txt"),
        StandardCharsets.UTF_8);
    Map<Integer, String[]> seed = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\\|");
      seed.put(Integer.parseInt(cells[0].strip()), cells);
    }
    assertEquals(138, seed.size());

    Document doc = page(PINGHU);
    Elements rows = doc.select("table.tasks tbody tr[id^=task-]");
    assertEquals(138, rows.size());
    for (Element row : rows) {
      int seq = Integer.parseInt(row.selectFirst("th[scope=row]").text());
      String[] cells = seed.get(seq);
      assertNotNull(cells, "row " + seq + " is not in the seed");
      assertEquals("task-" + seq, row.id());
      assertEquals(cells[1].strip(), row.selectFirst("td.col-content").text());
      assertEquals(cells[2].strip(), row.selectFirst("td.col-progress").text());
      List<String> seedUnits = List.of(cells[3].strip().split("、"));
      List<String> leads = new ArrayList<>();
      for (String u : seedUnits) {
        if (u.startsWith("★")) {
          leads.add(u.substring(1));
        }
      }
      List<String> pageLeads = row.select("ul.units li.lead").stream()
          .map(li -> li.selectFirst("a") != null ? li.selectFirst("a").text() : li.ownText())
          .toList();
      assertEquals(leads, pageLeads, "lead units of task " + seq);
      for (Element lead : row.select("ul.units li.lead")) {
        assertEquals("★", lead.selectFirst(".lead-mark").text(), "visible mark, task " + seq);
        assertEquals("（牵头单位）", lead.selectFirst(".visually-hidden").text(),
            "screen-reader text, task " + seq);
      }
      assertEquals(seedUnits.size(), row.select("ul.units li").size(), "units of task " + seq);
    }
    assertEquals("主要工作任务", doc.selectFirst("table.tasks thead th.col-content").text());
    assertEquals("完成情况", doc.selectFirst("table.tasks thead th.col-progress").text());
    assertEquals("牵头单位", doc.selectFirst("table.tasks thead th.col-units").text());
  }

  static final String PINGHU_Q1 = "zwgk/zdgz/2023/2023-pinghu-zdgz-1-3.html";
  static final String PINGHU_HISTORY = "zwgk/zdgz/series/2023-pinghu-key-tasks.html";

  @Test
  void pinghuPeriodsLinkToEachOtherAndToTheHistory() throws IOException {
    Document half = page(PINGHU);
    assertEquals(List.of("1-6月", "1-3月"), half.select("nav.series-nav li a").eachText());
    assertEquals("2023-pinghu-zdgz-1-3.html", half.select("nav.series-nav li a").get(1)
        .attr("href"));
    assertEquals(138, half.select("table.tasks td.col-change .change").size());
    assertTrue(half.selectFirst(".change-summary").text().contains("与1-3月相比：新增 0 项，有更新 138 项"),
        "every task has more to say at mid-year than the derived first quarter");
    Document q1 = page(PINGHU_Q1);
    assertEquals(138, q1.select("table.tasks tbody tr[id^=task-]").size());
    Document history = page(PINGHU_HISTORY);
    assertEquals(138, history.select("section.history-task").size());
    assertEquals(List.of("1-6月", "1-3月"),
        history.getElementById("task-1").select(".history-entry h4 a").eachText());
  }

  /**
   * The 1-3月 period is derived from the 1-6月 text (docs/sample-site.md): every progress it gives
   * is a clause of the 1-6月 progress of the same task, and only seven tasks have one.
   */
  @Test
  void theDerivedFirstQuarterSaysNothingTheSeedDoesNot() throws IOException {
    Document q1 = page(PINGHU_Q1);
    Document half = page(PINGHU);
    int withProgress = 0;
    for (Element row : q1.select("table.tasks tbody tr[id^=task-]")) {
      String progress = row.selectFirst("td.col-progress").text();
      if (progress.isEmpty()) {
        continue;
      }
      withProgress++;
      String later = half.getElementById(row.id()).selectFirst("td.col-progress").text();
      for (String clause : progress.split("。")) {
        assertTrue(later.contains(clause), row.id() + ": `" + clause + "` is not in 1-6月");
      }
      assertEquals(half.getElementById(row.id()).selectFirst("td.col-content").text(),
          row.selectFirst("td.col-content").text());
    }
    assertEquals(7, withProgress);
  }

  @Test
  void zhujiNoticeShowsItsRealMetadata() throws IOException {
    Document doc = page(ZHUJI_NOTICE);
    Map<String, String> meta = new LinkedHashMap<>();
    for (Element th : doc.select("table.meta th[scope=row]")) {
      meta.put(th.text(), th.nextElementSibling().text());
    }
    assertEquals(Map.of(
        "索引号", "001008006002001/2023-141193",
        "公开方式", "主动公开",
        "发布机构", "市政府办公室",
        "成文日期", "2023-02-09",
        "主题分类", "综合政务/其他",
        "发文字号", "诸政办发〔2023〕2号"), meta);
    assertEquals("2023-02-09 16:47", doc.selectFirst(".pubinfo .meta-published").text());
    assertEquals("2023-02-09T16:47", doc.selectFirst(".pubinfo .meta-published").attr("datetime"));
    assertEquals("市政府办公室", doc.selectFirst(".pubinfo .meta-source").text());
    assertEquals("诸暨市人民政府办公室关于印发2023年政府重点工作责任清单的通知",
        doc.selectFirst("h1").text());
    Element attachmentLink = doc.selectFirst(".article-body a");
    assertEquals("../../zdgz/2023/2023-zhuji-zrqd.html", attachmentLink.attr("href"),
        "the link to the task list's source file points at its page");
  }

  @Test
  void emptyMetadataFieldsAreShownEmptyNotHidden() throws IOException {
    Document doc = page(ZHUJI_LIST);
    assertEquals("", doc.selectFirst("table.meta td.meta-docnumber").text());
    assertEquals(8, doc.select("table.meta th[scope=row]").size()
        + doc.select(".pubinfo > span").size());
  }

  @Test
  void zhujiListKeepsItsGroupsAndTriangleLeads() throws IOException {
    Document doc = page(ZHUJI_LIST);
    assertEquals(97, doc.select("table.tasks tr[id^=task-]").size());
    Elements groups = doc.select("table.tasks tr.group th[scope=rowgroup]");
    assertEquals(11, groups.size());
    assertEquals("分块：主要目标", groups.first().text());
    Element task88 = doc.getElementById("task-88");
    List<String> units = task88.select("ul.units li").stream().map(Element::text).toList();
    assertEquals("▲交通运输局（牵头单位）", units.get(0));
    assertFalse(doc.select("table.tasks thead th.col-progress").size() > 0,
        "a list without progress has no progress column");
  }

  @Test
  void breadcrumbFollowsTheColumnTree() throws IOException {
    assertEquals("当前位置：首页 > 政务公开 > 重点工作",
        page(PINGHU).selectFirst("nav.breadcrumb").text());
    assertEquals("当前位置：首页 > 政务公开 > 工作报告",
        page(REPORT).selectFirst("nav.breadcrumb").text());
    Element current = page("zwgk/gzbg/index.html").selectFirst("nav.breadcrumb [aria-current]");
    assertEquals("工作报告", current.text());
  }

  @Test
  void everyPageCarriesTheGovernmentMetaTagsOfItsKind() throws IOException {
    List<String> site = List.of("SiteName", "SiteDomain", "SiteIDCode");
    List<String> column = List.of("ColumnName", "ColumnDescription", "ColumnKeywords",
        "ColumnType");
    List<String> article = List.of("ColumnName", "ColumnType", "ArticleTitle", "PubDate",
        "ContentSource", "Url");
    for (String path : SampleSite.files(out)) {
      if (!path.endsWith(".html")) {
        continue;
      }
      Document doc = page(path);
      assertEquals("zh-CN", doc.selectFirst("html").attr("lang"), path);
      assertTrue(doc.selectFirst("link[rel=canonical]").attr("href")
          .startsWith("https://www.example.gov.cn/"), path);
      for (String name : site) {
        assertFalse(meta(doc, name).isEmpty(), path + " lacks " + name);
      }
      List<String> required = path.startsWith("zwgk/") && path.contains("/20") ? article
          : path.startsWith("zwgk/") || path.equals("index.html") ? column : List.of();
      for (String name : required) {
        assertFalse(meta(doc, name).isEmpty(), path + " lacks " + name);
      }
    }
    Document notice = page(ZHUJI_NOTICE);
    assertEquals("2023-02-09 16:47", meta(notice, "PubDate"));
    assertEquals("3300000001", meta(notice, "SiteIDCode"));
    assertEquals("通知公告", meta(notice, "ColumnName"));
    assertEquals("政策文件", meta(notice, "ColumnType"));
    assertEquals("https://www.example.gov.cn/" + ZHUJI_NOTICE, meta(notice, "Url"));
    assertEquals("首页", meta(page("index.html"), "ColumnType"));
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[name=" + name + "]");
    return e == null ? "" : e.attr("content");
  }

  @Test
  void unitPagesLinkToTheTaskRowsThatNameThem() throws IOException {
    Document units = page("units/index.html");
    Elements links = units.select("table.unit-list a");
    assertTrue(links.size() >= 100, "every unit of units.yaml has a page");
    int checkedLinks = 0;
    for (Element link : links) {
      String unitPath = "units/" + link.attr("href");
      Document unit = page(java.net.URLDecoder.decode(unitPath, StandardCharsets.UTF_8));
      String name = unit.selectFirst("h1").text();
      for (Element task : unit.select("ol.unit-tasks a.task-link")) {
        String href = task.attr("href");
        String target = out.resolve("units").resolve(java.net.URLDecoder.decode(
            href.substring(0, href.indexOf('#')), StandardCharsets.UTF_8)).normalize().toString();
        Document list = Jsoup.parse(Path.of(target).toFile(), "UTF-8");
        Element row = list.getElementById(href.substring(href.indexOf('#') + 1));
        assertNotNull(row, href + " from " + name);
        List<String> rowUnits = row.select("ul.units li").stream()
            .map(li -> li.selectFirst("a") == null ? li.ownText() : li.selectFirst("a").text())
            .toList();
        assertTrue(rowUnits.contains(name), href + " does not name " + name);
        checkedLinks++;
      }
    }
    assertTrue(checkedLinks >= 138 + 97, "every task links back from its units");
    Document fgj = page("units/发改局.html");
    assertTrue(fgj.select("section[aria-labelledby$=-leads] a").stream()
        .anyMatch(a -> a.attr("href").equals("../zwgk/zdgz/2023/2023-pinghu-zdgz-1-6.html#task-1")));
  }

  @Test
  void columnListingsAreNewestFirst() throws IOException {
    Document zdgz = page("zwgk/zdgz/index.html");
    List<String> dates = zdgz.select("table.doc-list td.col-date time").stream()
        .map(e -> e.attr("datetime")).toList();
    assertEquals(3, dates.size());
    assertTrue(dates.get(0).compareTo(dates.get(1)) > 0, dates.toString());
    assertTrue(dates.get(1).compareTo(dates.get(2)) > 0, dates.toString());
    Document parent = page("zwgk/index.html");
    assertEquals(7, parent.select("table.doc-list tbody tr").size(),
        "a parent column lists its children's documents");
  }

  static final String NDBG_2024 = "zwgk/ndbg/2025/2024-ndbg.html";
  static final String NDBG_2025 = "zwgk/ndbg/2026/2025-ndbg.html";

  /**
   * The sample's two annual reports are of a fictitious body with demonstration figures, and say
   * so; the later one carries over what the earlier one carried forward, column by column.
   */
  @Test
  void theAnnualReportsAreMarkedAsDemonstrationDataAndCarryOverTheirApplications()
      throws IOException {
    for (String path : List.of(NDBG_2024, NDBG_2025)) {
      Document doc = page(path);
      assertTrue(doc.selectFirst("h1").text().endsWith("（示例数据）"), path);
      assertTrue(doc.selectFirst(".article-body").text().contains("文中和表中的全部数字都是示例数据"),
          path);
      assertEquals(6, doc.select("section.report-section > h2").size(), path);
    }
    List<String> carriedForward = page(NDBG_2024).select("#t3 tbody tr").get(24)
        .select("td").eachText();
    List<String> carriedOver = page(NDBG_2025).select("#t3 tbody tr").get(1)
        .select("td").eachText();
    assertEquals(7, carriedOver.size());
    assertEquals(carriedForward, carriedOver);
    assertEquals(List.of("示例市人民政府2025年政府信息公开工作年度报告（示例数据）",
        "示例市人民政府2024年政府信息公开工作年度报告（示例数据）"),
        page("zwgk/ndbg/index.html").select("table.doc-list td a").eachText());
  }

  @Test
  void reportBodyIsTheWholeSeedText() throws IOException {
    Document doc = page(REPORT);
    String body = doc.selectFirst(".article-body").text();
    assertTrue(body.contains("2020年,全市实现生产总值6001亿元,年均增长6%"), body);
    assertTrue(body.contains("城市社区消防安全提档升级工程"));
    assertTrue(body.contains("深化“**计划”"), "the redaction is shown as published");
    assertTrue(doc.select(".article-body h2").size() >= 5, "sections have headings");
  }

  @Test
  void notFoundPageUsesLinksFromTheSiteRoot() throws IOException {
    Document doc = page("404.html");
    assertEquals("/index.html", doc.selectFirst("main a").attr("href"));
    assertEquals("/assets/gongkai.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
  }
}
