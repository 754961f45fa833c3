package org.gongkai.render;

import org.gongkai.model.Lang;
import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  private SitePlan plan() {
    SitePlan plan = new SiteAssembler(new Markdown()).assemble(
        SiteReader.read(site, problems::add), LocalDate.of(2023, 12, 31).atTime(23, 59),
        problems::add);
    assertNoErrors(problems);
    return plan;
  }

  private Renderer.Result render(String path) {
    SitePlan plan = plan();
    Page page = plan.pages().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow();
    return new Renderer(site).render(page, plan.site());
  }

  private static Document html(Renderer.Result r) {
    assertTrue(r.ok(), () -> r.problem().format(Lang.EN));
    return Jsoup.parse(new String(r.bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void theBundledThemeRendersADocumentPage() {
    Document doc = html(render("tzgg/2023/notice.html"));
    assertEquals("关于印发2023年重点工作责任清单的通知", doc.selectFirst("h1").text());
    assertEquals("关于印发2023年重点工作责任清单的通知 - 政务公开测试网站", doc.title());
    assertEquals("3306000001", doc.selectFirst("meta[name=SiteIDCode]").attr("content"));
    assertEquals("../../zdgz/2023/list.html",
        doc.select(".article-body a").first().attr("href"));
    assertEquals("../../assets/gongkai.css",
        doc.selectFirst("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void aSiteTemplateOverridesTheBundledOne() {
    String before = new String(render("tzgg/2023/notice.html").bytes(), StandardCharsets.UTF_8);
    TestSites.write(site, "templates/report.ftlh",
        "<p id=\"own\">${content.title}｜${content.publisher}</p>\n");
    Document doc = html(render("tzgg/2023/notice.html"));
    assertEquals("关于印发2023年重点工作责任清单的通知｜测试市人民政府办公室", doc.getElementById("own").text());
    assertFalse(doc.html().contains("article-body"));
    assertTrue(before.contains("article-body"), "the bundled page was different");
  }

  @Test
  void aSiteLayoutIsUsedByTheBundledPageTemplates() {
    TestSites.write(site, "templates/layout.ftlh",
        "<#macro frame bodyClass=\"\"><html><body class=\"own ${bodyClass}\"><#nested></body></html></#macro>\n");
    Document doc = html(render("zdgz/index.html"));
    assertEquals("own column", doc.body().className());
    assertEquals("重点工作", doc.selectFirst("h1").text());
  }

  @Test
  void aSyntaxErrorInASiteTemplateIsALocatedProblem() {
    TestSites.write(site, "templates/report.ftlh", "<article>\n<h1>${content.title</h1>\n");
    Renderer.Result r = render("tzgg/2023/notice.html");
    assertFalse(r.ok());
    assertNull(r.bytes());
    Problem p = r.problem();
    assertEquals("templates/report.ftlh", p.path());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("template", p.ruleId());
    assertEquals(2, p.line(), p::format);
    assertTrue(p.column() > 0, p::format);
    assertTrue(p.message().in(Lang.EN).startsWith("template syntax error"), p.message().in(Lang.EN));
    assertTrue(p.headline(Lang.EN).startsWith("templates/report.ftlh:2:"), p.headline(Lang.EN));
  }

  @Test
  void aSyntaxErrorInAnImportedSiteTemplateNamesThatTemplate() {
    TestSites.write(site, "templates/macros.ftlh", "<#macro x>\n\n<#if>\n</#macro>\n");
    Problem p = render("tzgg/2023/notice.html").problem();
    assertEquals("templates/macros.ftlh", p.path(), p::format);
    assertEquals(3, p.line(), p::format);
  }

  @Test
  void aMissingValueInASiteTemplateIsALocatedProblem() {
    TestSites.write(site, "templates/report.ftlh", "<p>\n  ${content.noSuchField}\n</p>\n");
    Problem p = render("tzgg/2023/notice.html").problem();
    assertEquals("templates/report.ftlh:2:5", p.location().toString(), p::format);
    assertTrue(p.message().in(Lang.EN).contains("rendering tzgg/2023/notice.html failed"), p.message().in(Lang.EN));
  }

  @Test
  void templatesCannotCreateJavaObjects() {
    TestSites.write(site, "templates/report.ftlh",
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
    Renderer.Result r = render("tzgg/2023/notice.html");
    assertFalse(r.ok());
    assertEquals("templates/report.ftlh", r.problem().path());
  }

  @Test
  void valuesAreHtmlEscapedByTheTheme() {
    TestSites.write(site, "content/tzgg/x.md", "---\ntitle: <script>alert(1)</script>标题\n"
        + "written: 2023-01-01\npublished: 2023-01-02\ntopic: 综合政务/其他\n---\n正文\n");
    Document doc = html(render("tzgg/2023/x.html"));
    assertEquals("<script>alert(1)</script>标题", doc.selectFirst("h1").text());
    assertTrue(doc.select("main script").isEmpty());
    assertEquals(1, doc.select("script").size(), "only the theme's own script");
  }

  @Test
  void theThemeAssetsComeFromTheSiteWhenItHasThem() {
    TestSites.write(site, "templates/assets/gongkai.css", "/* own */");
    List<Renderer.Asset> assets = new Renderer(site).assets();
    assertEquals(Renderer.THEME_ASSETS, assets.stream().map(Renderer.Asset::path).toList());
    assertEquals("/* own */", new String(assets.get(0).bytes(), StandardCharsets.UTF_8));
    assertTrue(assets.get(1).bytes().length > 0);
  }

  @Test
  void the404PageLinksFromTheSiteRoot() {
    TestSites.write(site, "site.yaml", TestSites.read(site.resolve("site.yaml"))
        .replace("baseUrl: https://www.example.gov.cn/", "baseUrl: https://www.example.gov.cn/gk/"));
    Document doc = html(render("404.html"));
    assertEquals("/gk/assets/gongkai.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
  }
}
