package org.gongkai.periods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Atom feeds (the site's and each column's), sitemap.xml and robots.txt of the {@code series} spec
 * case: valid against their schemas (with a broken copy proving each validator is applied),
 * stable entry ids, 索引号 and 发布日期 in every entry, and pages that advertise them.
 */
class FeedsTest {

  @TempDir static Path temp;
  static SeriesSite s;

  @BeforeAll
  static void build() {
    s = SeriesSite.three(temp);
  }

  static Document xml(byte[] bytes) {
    return Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser());
  }

  @Test
  void everyFeedIsValidAtom() {
    for (String feed : List.of("feed.xml", "zdgz/feed.xml", "tzgg/feed.xml")) {
      assertEquals(List.of(), XmlSchemas.atom(s.bytes(feed)), feed);
    }
  }

  @Test
  void theAtomSchemaIsApplied() {
    String feed = s.text("feed.xml");
    String noId = feed.replaceFirst("<id>[^<]*</id>", "");
    assertFalse(XmlSchemas.atom(noId.getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "a feed without its id must fail");
    String badDate = feed.replaceFirst("<updated>[^<]*</updated>", "<updated>2023-10-10</updated>");
    assertFalse(XmlSchemas.atom(badDate.getBytes(StandardCharsets.UTF_8)).isEmpty(),
        "a date without time must fail");
  }

  @Test
  void entriesCarryIndexNumberAndPublicationDateNewestFirst() {
    Document feed = xml(s.bytes("feed.xml"));
    List<Element> entries = feed.select("entry");
    assertEquals(4, entries.size());
    List<String> published = entries.stream().map(e -> e.selectFirst("published").text()).toList();
    assertEquals(List.of("2023-10-10T09:00:00+08:00", "2023-10-09T10:00:00+08:00",
        "2023-07-10T09:00:00+08:00", "2023-04-10T09:00:00+08:00"), published);
    Element first = entries.get(0);
    assertEquals("2023年重点工作1-9月进展情况表", first.selectFirst("title").text());
    assertEquals("tag:www.example.gov.cn,2023:11330600002577014T/2023-000004",
        first.selectFirst("id").text());
    assertTrue(first.selectFirst("summary").text().startsWith(
        "索引号：11330600002577014T/2023-000004；发布日期：2023-10-10 09:00。"),
        first.selectFirst("summary").text());
    assertEquals("https://www.example.gov.cn/zdgz/2023/tasks-1-9.html",
        first.selectFirst("link[rel=alternate]").attr("href"));
    assertEquals("2023-10-10T09:00:00+08:00", feed.selectFirst("feed > updated").text(),
        "the feed is as new as its newest entry, not as the build");
    assertEquals(3, xml(s.bytes("zdgz/feed.xml")).select("entry").size());
    assertEquals(1, xml(s.bytes("tzgg/feed.xml")).select("entry").size());
  }

  @Test
  void entryIdsSurviveARenameAndAnotherBuild(@TempDir Path other) throws IOException {
    Path site = TestSites.copy("series", other.resolve("site"));
    // number the documents as the first build did, then move one to another file name
    Files.copy(s.site.resolve("index-ledger.yaml"), site.resolve("index-ledger.yaml"));
    for (String f : List.of("content/zdgz/tasks-1-3.yaml", "content/zdgz/tasks-1-6.yaml",
        "content/zdgz/tasks-1-9.yaml", "content/tzgg/notice.md")) {
      Files.copy(s.site.resolve(f), site.resolve(f), java.nio.file.StandardCopyOption
          .REPLACE_EXISTING);
    }
    Files.move(site.resolve("content/zdgz/tasks-1-9.yaml"),
        site.resolve("content/zdgz/renamed-1-9.yaml"));
    Path out = other.resolve("out");
    org.gongkai.BuildResult r = org.gongkai.Gongkai.builder().siteDirectory(site)
        .outputDirectory(out).today(SeriesSite.TODAY).build().build();
    assertFalse(r.hasErrors(), r.problems().toString());
    Map<String, String> before = ids(s.bytes("feed.xml"));
    Map<String, String> after = ids(Files.readAllBytes(out.resolve("feed.xml")));
    assertEquals(before, after, "same titles, same ids");
    assertTrue(Files.readString(out.resolve("feed.xml")).contains("renamed-1-9.html"));
  }

  private static Map<String, String> ids(byte[] feed) {
    Map<String, String> out = new TreeMap<>();
    for (Element e : xml(feed).select("entry")) {
      out.put(e.selectFirst("title").text(), e.selectFirst("id").text());
    }
    return out;
  }

  @Test
  void aFeedHoldsTheNewestTwenty(@TempDir Path other) {
    Path site = TestSites.copy("series", other.resolve("site"));
    for (int i = 1; i <= 25; i++) {
      TestSites.write(site, String.format("content/tzgg/n%02d.md", i), "---\ntitle: 第" + i
          + "号通知\nwritten: 2023-03-01\npublished: 2023-03-" + String.format("%02d", i)
          + " 08:00\ntopic: 综合政务/其他\n---\n正文" + i + "。\n");
    }
    Path out = other.resolve("out");
    org.gongkai.BuildResult r = org.gongkai.Gongkai.builder().siteDirectory(site)
        .outputDirectory(out).today(SeriesSite.TODAY).build().build();
    assertFalse(r.hasErrors(), r.problems().toString());
    Document tzgg = xml(TestSites.read(out.resolve("tzgg/feed.xml"))
        .getBytes(StandardCharsets.UTF_8));
    List<Element> entries = tzgg.select("entry");
    assertEquals(20, entries.size());
    assertEquals("关于公布2023年重点工作进展情况的通知", entries.get(0).selectFirst("title").text());
    assertEquals("第7号通知", entries.get(19).selectFirst("title").text());
  }

  @Test
  void theSitemapIsValidAndDated() {
    byte[] sitemap = s.bytes("sitemap.xml");
    assertEquals(List.of(), XmlSchemas.sitemap(sitemap));
    Document doc = xml(sitemap);
    List<String> locs = doc.select("url > loc").eachText();
    assertTrue(locs.contains("https://www.example.gov.cn/"));
    assertTrue(locs.contains("https://www.example.gov.cn/zdgz/2023/tasks-1-9.html"));
    assertTrue(locs.contains("https://www.example.gov.cn/zdgz/series/2023-test-tasks.html"));
    assertFalse(locs.stream().anyMatch(l -> l.endsWith("404.html") || l.endsWith(".json")
        || l.endsWith(".xml")), locs.toString());
    List<String> htmlPages = new ArrayList<>();
    for (String f : org.gongkai.SampleSite.files(s.out)) {
      if (f.endsWith(".html") && !f.equals("404.html") && !f.equals("search.html")) {
        htmlPages.add(f.equals("index.html") ? "https://www.example.gov.cn/"
            : "https://www.example.gov.cn/" + f);
      }
    }
    assertEquals(htmlPages.size(), locs.size(), "every page once");
    Element nine = doc.select("url").stream()
        .filter(u -> u.selectFirst("loc").text().endsWith("tasks-1-9.html")).findFirst()
        .orElseThrow();
    assertEquals("2023-10-10", nine.selectFirst("lastmod").text());
    assertEquals("2023-10-10", doc.selectFirst("url > lastmod").text(),
        "the home page is as new as the newest document");
  }

  @Test
  void theSitemapSchemaIsApplied() {
    String bad = s.text("sitemap.xml").replaceFirst("<lastmod>2023-10-10</lastmod>",
        "<lastmod>2023/10/10</lastmod>");
    assertFalse(XmlSchemas.sitemap(bad.getBytes(StandardCharsets.UTF_8)).isEmpty());
  }

  @Test
  void robotsTxtNamesTheSitemap() {
    assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://www.example.gov.cn/sitemap.xml\n",
        s.text("robots.txt"));
  }

  @Test
  void pagesAdvertiseTheirFeedsAndData() {
    Document home = s.page("index.html");
    assertEquals(List.of("feed.xml"),
        home.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
    Document column = s.page("zdgz/index.html");
    assertEquals(List.of("../feed.xml", "feed.xml"),
        column.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"));
    Document list = s.page(SeriesSite.P9);
    assertEquals("tasks-1-9.json", list.selectFirst("link[rel=alternate][type=application/json]")
        .attr("href"));
    assertEquals("tasks-1-9.csv", list.selectFirst("link[rel=alternate][type=text/csv]")
        .attr("href"));
    assertEquals("../feed.xml", list.select("link[rel=alternate][type=application/atom+xml]")
        .get(1).attr("href"));
    assertEquals(List.of("tasks-1-9.json", "tasks-1-9.csv"),
        list.select("p.data-links a").eachAttr("href"), "visible links to the data files");
  }

  @Test
  void aSitesOwnRobotsTxtIsKept(@TempDir Path other) {
    Path site = TestSites.copy("series", other.resolve("site"));
    TestSites.write(site, "static/robots.txt", "User-agent: *\nDisallow: /units/\n");
    Path out = other.resolve("out");
    org.gongkai.BuildResult r = org.gongkai.Gongkai.builder().siteDirectory(site)
        .outputDirectory(out).today(SeriesSite.TODAY).build().build();
    assertFalse(r.hasErrors(), r.problems().toString());
    assertEquals("User-agent: *\nDisallow: /units/\n", TestSites.read(out.resolve("robots.txt")));
  }
}
