package org.gongkai.assemble;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.SampleSite;
import org.gongkai.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page carries what the inspection looks for in a footer (主办单位, 承办单位, 联系电话,
 * 地址, 网站标识码, ICP备案号, 公安机关备案号, 党政机关网站标识, 网站地图, 联系我们, 找错), and the
 * site map lists every column with its count.
 */
class SiteIdentityPagesTest {

  @TempDir
  static Path out;

  @BeforeAll
  static void build() {
    SampleSite.build(out);
  }

  private static Document page(Path root, String path) throws IOException {
    return page(root, path, "https://www.example.gov.cn/");
  }

  private static Document page(Path root, String path, String base) throws IOException {
    return Jsoup.parse(root.resolve(path).toFile(), "UTF-8", base + path);
  }

  @Test
  void everyHtmlPageOfEveryKindCarriesTheFullFooter() throws IOException {
    Set<String> kinds = new TreeSet<>();
    List<String> html = SampleSite.files(out).stream().filter(f -> f.endsWith(".html")).toList();
    for (String path : html) {
      Document doc = page(out, path);
      kinds.add(doc.body().className());
      Element footer = doc.selectFirst("footer.site-footer");
      String text = footer.text();
      for (String item : List.of("主办单位：示例市人民政府办公室", "承办单位：示例市大数据发展管理局",
          "联系电话：0575-00000000", "地址：示例市示例路 1 号", "网站标识码：3300000001")) {
        assertTrue(text.contains(item), path + " lacks " + item + ": " + text);
      }
      Element icp = footer.selectFirst("a[href=https://beian.miit.gov.cn/]");
      assertEquals("浙ICP备12345678号-1", icp.text(), path);
      assertTrue(icp.parent().text().startsWith("ICP备案号："), path);
      Element police = footer.selectFirst("a:contains(浙公网安备)");
      assertEquals("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33060202001234",
          police.attr("href"), path);
      assertEquals("浙公网安备 33060202001234号", police.text());
      Element mark = footer.selectFirst(".party-gov-mark a img[alt=党政机关网站标识]");
      assertEquals("https://www.example.gov.cn/dzjg-demo.svg", mark.absUrl("src"), path);
      assertEquals("https://bszs.conac.cn/sitename?method=show&id=DEMO",
          mark.parent().attr("href"));
      assertEquals("https://www.example.gov.cn/sitemap.html",
          footer.selectFirst("a:containsOwn(网站地图)").absUrl("href"), path);
      assertEquals("https://www.example.gov.cn/contact.html",
          footer.selectFirst("a:containsOwn(联系我们)").absUrl("href"), path);
      String report = footer.selectFirst("a:containsOwn(我为政府网站找错)").attr("href");
      String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
      assertTrue(report.startsWith(
          "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3300000001&url=https%3A%2F%2F"),
          report);
      assertEquals(canonical, URLDecoder.decode(report.substring(report.indexOf("&url=") + 5),
          StandardCharsets.UTF_8));
    }
    assertTrue(kinds.containsAll(Set.of("home", "column", "document report", "document tasklist",
        "document annual-report", "series", "units", "unit", "catalogue", "search", "not-found",
        "site-map", "contact")), kinds.toString());
    assertTrue(SampleSite.files(out).contains("dzjg-demo.svg"));
  }

  @Test
  void theSiteMapListsEveryColumnUnderItsParentWithItsCount() throws IOException {
    Document map = page(out, "sitemap.html");
    Document home = page(out, "index.html");
    List<String> top = home.select("nav.site-nav li a").eachText();
    List<String> listed = map.select("main nav > ul").first().children().stream()
        .map(li -> li.selectFirst("a").text()).toList();
    assertEquals(top.subList(1, 1 + listed.size()), listed, "the menu's order");
    for (Element li : map.select("main nav li:has(> span.count)")) {
      String href = li.selectFirst("a").attr("href");
      Document listing = page(out, Path.of("sitemap.html").resolveSibling(href).normalize()
          .toString());
      int count = Integer.parseInt(li.selectFirst("> span.count").text().replaceAll("\\D", ""));
      int sum = 0;
      for (Element child : li.select("> ul > li > span.count")) {
        sum += Integer.parseInt(child.text().replaceAll("\\D", ""));
      }
      assertTrue(count >= sum, href + ": a column counts its sub-columns' documents");
      assertFalse(listing.select("main").isEmpty(), href);
    }
    assertTrue(map.select("main nav li").size() > listed.size(), "sub-columns are listed");
    assertTrue(map.select("main a").eachText().containsAll(
        List.of("信息公开目录", "责任单位", "站内搜索", "联系我们")));
    String sitemap = java.nio.file.Files.readString(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://www.example.gov.cn/sitemap.html</loc>"));
    assertTrue(sitemap.contains("<loc>https://www.example.gov.cn/contact.html</loc>"));
    Document contact = page(out, "contact.html");
    assertEquals(List.of("网站名称", "主办单位", "承办单位", "联系电话", "地址"),
        contact.select("dl.contact-list dt").eachText());
  }

  @Test
  void theSiteMapCountsPublishedDocumentsOfAColumnAndItsSubColumns(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.create(dir)
        .write("content/tzgg/gsgg/_column.yaml", "title: 公示公告\n")
        .report("content/tzgg/a.md", "甲", "2023-05-01 09:00")
        .report("content/tzgg/gsgg/b.md", "乙", "2023-05-02 09:00")
        .report("content/tzgg/gsgg/c.md", "丙", "2099-05-02 09:00");
    assertNoErrors(site.gongkai(LocalDate.of(2023, 6, 1), false).build().problems());
    Document map = page(dir.resolve("out"), "sitemap.html");
    assertEquals("通知公告 （2 条） 公示公告 （1 条）",
        map.selectFirst("main nav > ul > li").text());
  }

  @Test
  void aSiteWithoutIdentityShowsOnlyWhatItHasAndItsOwnContactPage(@TempDir Path dir)
      throws IOException {
    TestSite site = TestSite.create(dir)
        .write("site.yaml", TestSite.SITE_YAML.substring(0, TestSite.SITE_YAML.indexOf("sponsor"))
            + "contactPage: /tzgg/2023/lxwm.html\n"
            + "errorReportUrl: https://jc.example.gov.cn/?c={siteCode}&u={url}\n")
        .report("content/tzgg/lxwm.md", "联系我们", "2023-05-01 09:00");
    assertNoErrors(site.gongkai(LocalDate.of(2023, 6, 1), false).build().problems());
    Document home = page(dir.resolve("out"), "index.html", "https://www.test.gov.cn/");
    Element footer = home.selectFirst("footer");
    assertFalse(footer.text().contains("主办单位"), footer.text());
    assertFalse(footer.text().contains("ICP"), footer.text());
    assertTrue(footer.select(".party-gov-mark").isEmpty());
    assertEquals("https://www.test.gov.cn/tzgg/2023/lxwm.html",
        footer.selectFirst("a:containsOwn(联系我们)").absUrl("href"));
    assertEquals("https://jc.example.gov.cn/?c=3306000001&u=https%3A%2F%2Fwww.test.gov.cn%2F",
        footer.selectFirst("a:containsOwn(找错)").attr("href"));
    assertFalse(site.exists("out/contact.html"), "the site has its own page");
  }
}
