package org.gongkai;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs built to exhaust the machine (deep nesting, quadratic parsing, aliases that multiply a
 * small file, a template that never stops writing) are located errors, found by check as by
 * build, with the previous output left as it was: never a crash, never minutes of work. The
 * limits are documented in docs/security.md; real content stays far below them.
 */
class LimitsTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path root;

  TestSite site;
  Map<String, String> before;

  @BeforeEach
  void aBuiltSite() {
    site = TestSite.create(root.resolve("site"))
        .report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assertNoErrors(build().problems());
    before = TestSites.snapshot(root.resolve("out"));
  }

  BuildResult build() {
    return Gongkai.builder().siteDirectory(site.dir()).outputDirectory(root.resolve("out"))
        .today(DAY).build().build();
  }

  /** The error the build and the check both report, the output as it was. */
  Problem assertRefused(String path, String rule) {
    BuildResult r = build();
    Problem p = r.problems().stream().filter(x -> x.isError() && x.ruleId().equals(rule)
        && x.path().equals(path)).findFirst().orElseThrow(() -> new AssertionError(
            "no " + rule + " at " + path + ":\n" + describe(r.problems())));
    assertFalse(r.written());
    assertTrue(before.equals(TestSites.snapshot(root.resolve("out"))), "the output is as it was");
    BuildResult check = Gongkai.builder().siteDirectory(site.dir()).today(DAY).build().check();
    assertTrue(check.problems().stream().anyMatch(x -> x.isError() && x.ruleId().equals(rule)
        && x.path().equals(path)), () -> "check finds it too:\n" + describe(check.problems()));
    return p;
  }

  void body(String markdown) {
    site.write("content/tzgg/b.md", "---\ntitle: 通知乙\nwritten: 2023-12-31\n"
        + "published: 2023-12-31\ntopic: 综合政务/其他\n---\n第一段。\n\n" + markdown);
  }

  /** The review's case: Markdown nested 2,000 deep ended in a StackOverflowError. */
  @ParameterizedTest
  @ValueSource(strings = {"quote", "list", "ordered"})
  void markdownNestedDeeperThanTheLimitIsALocatedError(String kind) {
    int depth = 2000;
    body(switch (kind) {
      case "quote" -> ">".repeat(depth) + " 深\n";
      case "list" -> "- ".repeat(depth) + "深\n";
      default -> "1. ".repeat(depth) + "深\n";
    });
    Problem p = assertRefused("content/tzgg/b.md", "input-limit");
    assertTrue(p.line() == 9, p::format);
  }

  @Test
  void markdownNestedAsRealDocumentsAreIsFine() {
    body("> 引文\n>\n> - 第一项\n>   - 第二层\n>     1. 第三层\n");
    assertNoErrors(build().problems());
  }

  /** The review's case: a paragraph of emphasis and links took minutes (quadratic parsing). */
  @Test
  void aParagraphWithMoreInlineDelimitersThanTheLimitIsALocatedError() {
    body("前文\n" + "*[链接](a.html)*_ ".repeat(6000) + "\n");
    Problem p = assertRefused("content/tzgg/b.md", "input-limit");
    assertTrue(p.line() == 9, p::format);
  }

  /**
   * The review's case: 2,000 aliases of one long scalar made gigabytes of pages. Each value is
   * within the limits; only the aliases multiply them.
   */
  @Test
  void aliasesThatMultiplyTextPastTheLimitAreALocatedError() {
    StringBuilder list = new StringBuilder("title: 别名清单\nwritten: 2023-12-31\n"
        + "published: 2023-12-31\ntopic: 政务公开\nnote: &big \"" + "长".repeat(50_000)
        + "\"\ntasks:\n");
    for (int i = 1; i <= 200; i++) {
      list.append("  - seq: ").append(i).append("\n    content: *big\n");
    }
    site.write("content/tzgg/list.yaml", list.toString());
    assertRefused("content/tzgg/list.yaml", "input-limit");
  }

  /** The review's case: one 52 MB scalar took over ten minutes (SnakeYAML is quadratic on it). */
  @Test
  void aLineOfYamlLongerThanTheLimitIsALocatedError() {
    site.write("content/tzgg/long.md", "---\ntitle: 长标题\nwritten: 2023-12-31\n"
        + "published: 2023-12-31\ntopic: 综合政务/其他\ndescription: " + "长".repeat(300_000)
        + "\n---\n正文。\n");
    Problem p = assertRefused("content/tzgg/long.md", "input-limit");
    assertTrue(p.line() == 6, p::format);
  }

  @Test
  void aFileLargerThanTheLimitIsALocatedError() {
    site.write("content/tzgg/huge.md", "---\ntitle: 大文件\nwritten: 2023-12-31\n"
        + "published: 2023-12-31\ntopic: 综合政务/其他\n---\n"
        + "一段正文，内容很多。\n\n".repeat(160_000));
    assertRefused("content/tzgg/huge.md", "input-limit");
  }

  /** The review's case: a template that never stops writing ended in an OutOfMemoryError. */
  @Test
  void aTemplateThatWritesWithoutEndIsATemplateError() {
    site.write("templates/404.ftlh", "<#list 1..2000000000 as i>页面未找到，页面未找到。</#list>");
    Problem p = assertRefused("templates/404.ftlh", "template");
    assertTrue(p.message().in(org.gongkai.model.Lang.EN).contains("64 MB"), p::format);
  }

  @Test
  void aTemplateThatCallsItselfWithoutEndIsATemplateError() {
    site.write("templates/404.ftlh", "<#macro again n><@again n + 1/></#macro><@again 1/>");
    assertRefused("templates/404.ftlh", "template");
  }

  @Test
  void theLimitsLeaveRoomForTheLargestRealDocuments() throws Exception {
    Path sample = Path.of("content/zwgk/zdgz/2023-pinghu-zdgz-1-6.yaml");
    site.write("content/tzgg/pinghu.yaml", Files.readString(sample));
    BuildResult r = build();
    assertFalse(r.problems().stream().anyMatch(p -> p.ruleId().equals("input-limit")),
        () -> describe(r.problems()));
  }

  /** The review's case: a slug over 255 bytes passed check and crashed build. */
  @Test
  void aSlugLongerThanAFileNameMayBeIsALocatedError() {
    site.write("content/tzgg/b.md", "---\ntitle: 通知乙\nslug: " + "长".repeat(90)
        + "\nwritten: 2023-12-31\npublished: 2023-12-31\ntopic: 综合政务/其他\n---\n正文。\n");
    Problem p = assertRefused("content/tzgg/b.md", "permalink");
    assertTrue(p.message().in(org.gongkai.model.Lang.EN).contains("275 bytes"), p::format);
  }

  @Test
  void aUnitNameLongerThanAFileNameMayBeIsALocatedError() {
    String unit = "市" + "发展和改革委员会".repeat(11);
    site.write("units.yaml", "- name: 市发改委\n- name: " + unit + "\n");
    site.write("content/tzgg/list.yaml", "title: 清单\nwritten: 2023-12-31\n"
        + "published: 2023-12-31\ntopic: 综合政务/其他\ntasks:\n"
        + "  - seq: 1\n    content: 任务\n    lead: " + unit + "\n");
    BuildResult r = build();
    assertTrue(r.problems().stream().anyMatch(x -> x.isError() && x.ruleId().equals("permalink")),
        () -> describe(r.problems()));
    assertFalse(r.written());
    assertTrue(before.equals(TestSites.snapshot(root.resolve("out"))), "the output is as it was");
  }

  /**
   * The review's case: a column folder named like a generated file ({@code content/feed.xml/})
   * passed check and crashed build; the same for every file gongkai writes at the top.
   */
  @ParameterizedTest
  @ValueSource(strings = {"feed.xml", "index.html", "sitemap.xml", "robots.txt", "404.html"})
  void aColumnNamedLikeAGeneratedFileIsALocatedError(String name) {
    site.write("content/" + name + "/_column.yaml", "title: 栏目\ntype: 政策文件\n");
    site.report("content/" + name + "/a.md", "通知丙", "2023-12-31");
    assertRefused("content/" + name + "/a.md", "permalink-collision");
  }

  /** A column named like a generated folder either shares it or is refused: never a crash. */
  @ParameterizedTest
  @ValueSource(strings = {"units", "catalogue"})
  void aColumnNamedLikeAGeneratedFolderIsRefused(String name) {
    site.write("content/" + name + "/_column.yaml", "title: 栏目\ntype: 政策文件\n");
    site.report("content/" + name + "/a.md", "通知丙", "2023-12-31");
    BuildResult r = build();
    assertTrue(r.problems().stream().anyMatch(x -> x.isError()
        && x.path().startsWith("content/" + name + "/")), () -> describe(r.problems()));
    assertFalse(r.written());
    assertTrue(before.equals(TestSites.snapshot(root.resolve("out"))), "the output is as it was");
  }

  @ParameterizedTest
  @ValueSource(strings = {"data", "assets"})
  void aColumnNamedLikeAFolderOfGeneratedFilesSharesIt(String name) {
    site.write("content/" + name + "/_column.yaml", "title: 栏目\ntype: 政策文件\n");
    site.report("content/" + name + "/a.md", "通知丙", "2023-12-31");
    assertNoErrors(build().problems());
    assertTrue(Files.isRegularFile(root.resolve("out/" + name + "/index.html")));
  }

  /** A permalink that makes a page where a generated file is: refused where the slug is. */
  @Test
  void aSlugUnderAGeneratedFileIsALocatedError() {
    site.write("content/tzgg/b.md", "---\ntitle: 通知乙\nslug: ../feed.xml/b\n"
        + "written: 2023-12-31\npublished: 2023-12-31\ntopic: 综合政务/其他\n---\n正文。\n");
    BuildResult r = build();
    assertTrue(r.problems().stream().anyMatch(x -> x.isError()
        && x.path().equals("content/tzgg/b.md")), () -> describe(r.problems()));
    assertFalse(r.written());
  }

  /** A theme file of the site's own in static/ would be overwritten by the theme's: refused. */
  @Test
  void aStaticFileWhereTheThemeWritesIsALocatedError() {
    site.write("static/assets/gongkai.css", "body { color: red; }");
    assertRefused("static/assets/gongkai.css", "permalink-collision");
  }
}
