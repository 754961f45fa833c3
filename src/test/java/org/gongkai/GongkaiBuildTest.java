package org.gongkai;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.publish.SiteWriter;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline on the minimal spec case, read back from the written files. */
class GongkaiBuildTest {

  @TempDir
  Path root;

  private Path site;
  private Path out;

  @BeforeEach
  void copyMinimalSite() {
    site = TestSites.copy("minimal", root.resolve("site"));
    out = root.resolve("out");
  }

  private BuildResult build(LocalDate today) {
    return Gongkai.builder().siteDirectory(site).outputDirectory(out).today(today).build()
        .build();
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(TestSites.assertFile(out, path).toFile(), "UTF-8");
  }

  private static String report(String title, String published) {
    return "---\ntitle: " + title + "\nwritten: 2023-01-01\npublished: " + published
        + "\ntopic: 综合政务/其他\n---\n正文。\n";
  }

  @Test
  void theMinimalSiteIsWrittenWithEveryPageAssetAndAttachment() throws IOException {
    BuildResult result = build(LocalDate.of(2023, 12, 31));
    assertTrue(result.problems().isEmpty(), () -> describe(result.problems()));
    assertTrue(result.written());
    assertEquals(3, result.documents());
    assertEquals(26, result.pages());
    Map<String, String> tree = TestSites.snapshot(out);
    for (String f : List.of(SiteWriter.MARKER, "index.html", "404.html", "tzgg/index.html",
        "tzgg/2023/notice.html", "tzgg/2023/report.html", "zdgz/2023/list.html",
        "units/index.html", "units/市财政局.html", "assets/gongkai.css", "assets/gongkai.js",
        "assets/print.css", "tzgg/files/清单.pdf", "search.html", "assets/search.js",
        "search/manifest.json")) {
      assertTrue(tree.containsKey(f), f + " in " + tree.keySet());
    }
    assertArrayEquals(Files.readAllBytes(site.resolve("content/tzgg/files/清单.pdf")),
        Files.readAllBytes(out.resolve("tzgg/files/清单.pdf")));
    assertTrue(result.summary(Lang.EN).startsWith(
        "3 documents, 26 pages (45 files changed), 0 errors, 0 warnings"),
        () -> result.summary(Lang.EN));
    assertTrue(result.summary(Lang.ZH).startsWith(
        "3 篇文档，26 个页面（45 个文件有变化），0 个错误，0 个警告，用时 "),
        () -> result.summary(Lang.ZH));
  }

  @Test
  void theSummarySaysOneInTheSingular() {
    BuildResult one = new BuildResult(List.of(), 1, 1, true, Duration.ofMillis(1500), 1);
    assertEquals("1 document, 1 page (1 file changed), 0 errors, 0 warnings, 1.50 s",
        one.summary(Lang.EN));
    assertEquals("1 篇文档，1 个页面（1 个文件有变化），0 个错误，0 个警告，用时 1.50 秒",
        one.summary(Lang.ZH));
  }

  @Test
  void theNoticePageLinksItsTaskListAndAttachment() throws IOException {
    build(LocalDate.of(2023, 12, 31));
    Document notice = page("tzgg/2023/notice.html");
    Element link = notice.selectFirst(".article-body a");
    assertEquals("../../zdgz/2023/list.html", link.attr("href"));
    assertTrue(Files.isRegularFile(out.resolve("tzgg/2023").resolve(link.attr("href"))
        .normalize()), "the link leads to a written page");
    assertTrue(notice.select("a[href=../files/%E6%B8%85%E5%8D%95.pdf]").size() > 0,
        notice.select("a").toString());
    assertEquals("https://www.example.gov.cn/tzgg/2023/notice.html",
        notice.selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void withheldProgressIsInNoWrittenFile() throws IOException {
    build(LocalDate.of(2023, 12, 31));
    String secret = "内部研究事项";
    for (Map.Entry<String, String> f : TestSites.snapshot(out).entrySet()) {
      String text = new String(f.getValue().getBytes(StandardCharsets.ISO_8859_1),
          StandardCharsets.UTF_8);
      assertFalse(text.contains(secret), f.getKey());
    }
    Document list = page("zdgz/2023/list.html");
    assertTrue(list.selectFirst("#task-2").text().contains("内部事务信息"));
    assertTrue(list.selectFirst("#task-1").text().contains("出台承接落实政策"));
  }

  @Test
  void checkReadsAndRendersButWritesNothing() {
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(out)
        .today(LocalDate.of(2023, 12, 31)).build().check();
    assertNoErrors(result.problems());
    assertFalse(result.written());
    assertFalse(Files.exists(out));
    assertEquals(List.of("site"), List.of(root.toFile().list()));
  }

  @Test
  void checkReportsATemplateErrorWithoutWriting() {
    TestSites.write(site, "templates/column.ftlh", "<#if>\n");
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(out)
        .today(LocalDate.of(2023, 12, 31)).build().check();
    assertTrue(result.problems().stream().anyMatch(p -> p.path().equals("templates/column.ftlh")
        && p.line() == 1 && p.ruleId().equals("template")), () -> describe(result.problems()));
    assertFalse(Files.exists(out));
  }

  @Test
  void aTypoInATemplateEveryPageUsesIsReportedOnceWithTheNumberOfPagesItBroke()
      throws IOException {
    build(LocalDate.of(2023, 12, 31));
    long htmlPages;
    try (var files = Files.walk(out)) {
      htmlPages = files.filter(f -> f.toString().endsWith(".html")).count();
    }
    TestSites.write(site, "templates/layout.ftlh", "<#macro frame>\n<#if>\n</#macro>\n");
    BuildResult result = build(LocalDate.of(2023, 12, 31));
    List<Problem> template = result.problems().stream()
        .filter(p -> p.ruleId().equals("template")).toList();
    assertEquals(1, template.size(), () -> describe(result.problems()));
    Problem p = template.get(0);
    assertEquals("templates/layout.ftlh:2", p.location().toString().substring(0,
        "templates/layout.ftlh:2".length()), p::format);
    assertTrue(p.message().in(Lang.ZH).startsWith("模板错误导致 " + htmlPages
        + " 个页面无法生成（首个：404.html）：模板语法错误："), p.message().in(Lang.ZH));
    assertTrue(p.message().in(Lang.EN).startsWith("a template error stops " + htmlPages
        + " pages from being rendered (the first: 404.html): template syntax error: "),
        p.message().in(Lang.EN));
  }

  @Test
  void aTemplateErrorAtBuildTimeWritesNothing() {
    build(LocalDate.of(2023, 12, 31));
    Map<String, String> before = TestSites.snapshot(out);
    TestSites.write(site, "templates/report.ftlh", "${content.title\n");
    BuildResult result = build(LocalDate.of(2023, 12, 31));
    assertTrue(result.hasErrors());
    assertTrue(result.problems().stream().allMatch(p -> p.path().equals("templates/report.ftlh")),
        () -> describe(result.problems()));
    assertEquals(before, TestSites.snapshot(out));
  }

  @Test
  void theListingPagesLinkToEachOther() throws IOException {
    java.util.Set<String> migrated = new java.util.TreeSet<>();
    for (int i = 1; i <= 45; i++) {
      String path = String.format("content/lb/d%02d.md", i);
      TestSites.write(site, path, report("第" + i + "号", String.format("2023-03-%02d",
          1 + i % 28)));
      migrated.add(path);
    }
    // notices from an older site keep their dates when they are numbered as imported
    assertNoErrors(Gongkai.builder().siteDirectory(site).today(LocalDate.of(2023, 12, 31))
        .build().assign(java.util.Set.of(), migrated).problems());
    assertNoErrors(build(LocalDate.of(2023, 12, 31)).problems());
    assertFalse(Files.exists(out.resolve("lb/index_4.html")));

    Document first = page("lb/index.html");
    assertNull(first.selectFirst(".pager a[rel=prev]"));
    assertEquals("index_2.html", first.selectFirst(".pager a[rel=next]").attr("href"));
    assertEquals("index.html", first.selectFirst(".pager a[aria-current=page]").attr("href"));
    assertEquals(20, first.select("table.doc-list tbody tr").size());

    Document second = page("lb/index_2.html");
    assertEquals("index.html", second.selectFirst(".pager a[rel=prev]").attr("href"));
    assertEquals("index_3.html", second.selectFirst(".pager a[rel=next]").attr("href"));
    assertEquals("index_2.html", second.selectFirst(".pager a[aria-current=page]").attr("href"));
    assertEquals(List.of("index.html", "index_2.html", "index_3.html"),
        second.select(".pager li a:not([rel])").eachAttr("href"));

    Document third = page("lb/index_3.html");
    assertEquals("index_2.html", third.selectFirst(".pager a[rel=prev]").attr("href"));
    assertNull(third.selectFirst(".pager a[rel=next]"));
    assertEquals(5, third.select("table.doc-list tbody tr").size());

    for (Document listing : List.of(first, second, third)) {
      for (Element a : listing.select("table.doc-list a")) {
        assertTrue(Files.isRegularFile(out.resolve("lb").resolve(a.attr("href")).normalize()),
            a.attr("href"));
      }
    }
  }

  @Test
  void aScheduledDocumentIsWrittenOnlyFromItsDay() {
    TestSites.write(site, "content/tzgg/later.md", report("定时发布的通知", "2024-01-02 09:00"));
    build(LocalDate.of(2024, 1, 1));
    assertFalse(Files.exists(out.resolve("tzgg/2024/later.html")));
    assertFalse(TestSites.read(out.resolve("tzgg/index.html")).contains("定时发布的通知"));
    build(LocalDate.of(2024, 1, 2));
    assertTrue(Files.exists(out.resolve("tzgg/2024/later.html")));
    assertTrue(TestSites.read(out.resolve("tzgg/index.html")).contains("定时发布的通知"));
  }

  @Test
  void onRequestDocumentsAreNeverWritten() {
    TestSites.write(site, "content/tzgg/apply.md", report("依申请公开的文件", "2023-05-01")
        .replace("topic:", "disclosure: 依申请公开\ntopic:"));
    build(LocalDate.of(2023, 12, 31));
    assertFalse(Files.exists(out.resolve("tzgg/2023/apply.html")));
    String all = TestSites.snapshot(out).values().stream().map(v -> new String(
        v.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8))
        .collect(Collectors.joining());
    assertFalse(all.contains("依申请公开的文件"));
  }

  @Test
  void twoBuildsOfOneSiteAreByteForByteEqual() {
    build(LocalDate.of(2023, 12, 31));
    Map<String, String> first = TestSites.snapshot(out);
    build(LocalDate.of(2023, 12, 31));
    assertEquals(first, TestSites.snapshot(out));
  }

  @Test
  void aStagingBaseUrlChangesCanonicalLinks() throws IOException {
    Gongkai.builder().siteDirectory(site).outputDirectory(out).today(LocalDate.of(2023, 12, 31))
        .baseUrl("https://staging.example.gov.cn/gk").build().build();
    assertEquals("https://staging.example.gov.cn/gk/tzgg/2023/notice.html",
        page("tzgg/2023/notice.html").selectFirst("link[rel=canonical]").attr("href"));
  }

  @Test
  void theDefaultOutputIsSiteOutputInTheSite() {
    Gongkai g = Gongkai.builder().siteDirectory(site).build();
    assertEquals(site.toAbsolutePath().normalize().resolve("site-output"), g.outputDirectory());
    BuildResult result = Gongkai.builder().siteDirectory(site).today(LocalDate.of(2023, 12, 31))
        .build().build();
    assertTrue(result.written(), () -> describe(result.problems()));
    assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")));
  }
}
