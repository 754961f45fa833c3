package org.gongkai;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.publish.SiteWriter;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bad-input list, each through the real facade on a spec case under
 * {@code src/test/resources/sites/<case>/}: the located problems in the case's {@code
 * expected.txt} are reported (and nothing else), and a build with errors leaves the previous
 * output exactly as it was.
 */
class BadInputTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path root;

  private Path site;
  private Path out;

  @BeforeEach
  void folders() {
    site = root.resolve("site");
    out = root.resolve("out");
  }

  /** One line of expected.txt: {@code location | severity | rule-id | word ; word}. */
  private record Expected(String location, Severity severity, String ruleId, String[] words) {

    static List<Expected> read(Path file) {
      List<Expected> out = new ArrayList<>();
      for (String line : TestSites.read(file).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|", -1);
        String[] words = cells[3].isBlank() ? new String[0]
            : Stream.of(cells[3].split(";")).map(String::strip).toArray(String[]::new);
        out.add(new Expected(cells[0].strip(),
            Severity.valueOf(cells[1].strip().toUpperCase(Locale.ROOT)), cells[2].strip(),
            words));
      }
      return out;
    }

    boolean matches(Problem p) {
      if (!p.location().toString().equals(location) || p.severity() != severity
          || !p.ruleId().equals(ruleId)) {
        return false;
      }
      String text = p.message().in(Lang.EN) + "\n" + p.hint().in(Lang.EN);
      return Stream.of(words).allMatch(text::contains);
    }
  }

  private BuildResult build() {
    return Gongkai.builder().siteDirectory(site).outputDirectory(out).today(TODAY).build()
        .build();
  }

  /** A previous output as a build would have left it, with a binary file in it. */
  private Map<String, String> previousOutput() {
    TestSites.write(out, SiteWriter.MARKER, "written by gongkai\n");
    TestSites.write(out, "index.html", "<!DOCTYPE html><title>上一版</title>\n");
    TestSites.write(out, "tzgg/2023/old.html", "<p>旧页面</p>\r\n");
    TestSites.writeBytes(out, "tzgg/files/a.pdf", new byte[] {'%', 'P', 0, (byte) 0xFF, 10});
    return TestSites.snapshot(out);
  }

  /** Notes (such as index numbers assigned) are information, not problems of the input. */
  private static void assertExactly(List<Expected> expected, List<Problem> all) {
    List<Problem> problems = all.stream().filter(p -> p.severity() != Severity.NOTE).toList();
    for (Expected e : expected) {
      assertProblem(problems, e.location(), e.severity(), e.ruleId(), e.words());
    }
    List<Problem> unexpected = problems.stream()
        .filter(p -> expected.stream().noneMatch(e -> e.matches(p))).toList();
    if (!unexpected.isEmpty()) {
      fail("problems that expected.txt does not list:\n" + describe(unexpected));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"malformed-yaml", "missing-title", "impossible-date", "slashed-date",
      "duplicate-seq", "misspelt-key", "title-twice", "duplicate-index", "gbk-file",
      "draft-yes-no", "escaping-slug", "many-problems"})
  void eachBadInputIsReportedWhereItIsAndNothingIsWritten(String caseName) {
    TestSites.copy(caseName, site);
    Map<String, String> before = previousOutput();

    BuildResult result = build();

    assertExactly(Expected.read(site.resolve("expected.txt")), result.problems());
    assertTrue(result.hasErrors());
    assertFalse(result.written());
    assertEquals(before, TestSites.snapshot(out), "the previous output must stay as it was");
    assertEquals(List.of("out", "site"), entries(root), "no temporary folder is left behind");
  }

  @Test
  void everyProblemOfAManyProblemSiteIsReportedInOneRun() {
    TestSites.copy("many-problems", site);
    BuildResult result = build();
    List<Expected> expected = Expected.read(site.resolve("expected.txt"));
    assertEquals(15, expected.size());
    assertEquals(expected.size(), result.problems().size(), () -> describe(result.problems()));
    assertEquals(12, result.count(Severity.ERROR));
    assertEquals(3, result.count(Severity.WARNING));
    // one problem per file and rule at least: no file hid another's problems
    assertEquals(15, result.problems().stream().map(p -> p.path() + p.ruleId() + p.line())
        .distinct().count());
    assertTrue(result.summary(Lang.EN).contains("12 errors, 3 warnings"),
        () -> result.summary(Lang.EN));
  }

  @Test
  void theProblemsComeSortedByFileLineAndColumn() {
    TestSites.copy("many-problems", site);
    List<Problem> problems = build().problems();
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    assertEquals(sorted, problems);
    Problem first = problems.get(0);
    assertEquals(first.location() + ": " + first.severity().label() + ": " + first.ruleId()
        + ": " + first.message().in(Lang.EN), first.headline(Lang.EN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"unknown-unit", "script-in-body"})
  void warningsAloneDoNotStopTheBuild(String caseName) {
    TestSites.copy(caseName, site);
    previousOutput();
    BuildResult result = build();
    assertExactly(Expected.read(site.resolve("expected.txt")), result.problems());
    assertFalse(result.hasErrors());
    assertTrue(result.written());
    assertFalse(Files.exists(out.resolve("tzgg/2023/old.html")), "the output was replaced");
    assertTrue(Files.isRegularFile(out.resolve(SiteWriter.MARKER)));
  }

  @Test
  void aFileNameThatWouldWriteOutsideTheOutputIsAnError() {
    TestSites.copy("escaping-slug", site);
    TestSites.write(site, "content/tzgg/a\\..\\..\\..\\evil.md", TestSites.read(
        site.resolve("content/tzgg/slug.md")).replace("slug: ../../../../outside\n", ""));
    Map<String, String> before = previousOutput();
    BuildResult result = build();
    assertProblem(result.problems(), "content/tzgg/a\\..\\..\\..\\evil.md", Severity.ERROR,
        "permalink", "`a\\..\\..\\..\\evil`", "outside the output folder");
    assertProblem(result.problems(), "content/tzgg/slug.md:6:1", Severity.ERROR, "permalink");
    assertFalse(result.written());
    assertEquals(before, TestSites.snapshot(out));
    assertFalse(Files.exists(root.resolve("outside.html")));
    assertFalse(Files.exists(root.resolve("evil.html")));
  }

  @Test
  void anAttachmentFileNameThatWouldWriteOutsideIsAnErrorAndNothingIsWritten() {
    TestSites.copy("minimal", site);
    TestSites.write(site, "content/tzgg/files/a\\..\\..\\..\\evil.pdf", "%PDF");
    // listed by a published document, so that it would be published
    Path notice = site.resolve("content/tzgg/notice.md");
    TestSites.write(site, "content/tzgg/notice.md", TestSites.read(notice).replace(
        "attachments:\n", "attachments:\n  - file: files/a\\..\\..\\..\\evil.pdf\n"));
    Map<String, String> before = previousOutput();
    BuildResult result = build();
    assertProblem(result.problems(), "content/tzgg/files/a\\..\\..\\..\\evil.pdf",
        Severity.ERROR, "output", "not a plain relative path");
    assertFalse(result.written());
    assertEquals(before, TestSites.snapshot(out));
    assertEquals(List.of("out", "site"), entries(root));
  }

  @Test
  void scriptAndJavascriptLinksInABodyAreNeverLiveInTheWrittenHtml() throws IOException {
    TestSites.copy("script-in-body", site);
    BuildResult result = build();
    assertFalse(result.hasErrors(), () -> describe(result.problems()));

    Document page = Jsoup.parse(TestSites.assertFile(out, "tzgg/2023/xss.html").toFile(),
        "UTF-8");
    Element body = page.selectFirst(".article-body");
    // the reader sees what was written, as text
    assertTrue(body.text().contains("<script>alert('块')</script>"), body.text());
    assertTrue(body.text().contains("<script>alert('行内')</script>"), body.text());
    assertTrue(body.text().contains("<!-- 内部备注：不公开 -->"), body.text());
    assertTrue(body.select("script, iframe, img[onerror]").isEmpty(), body.html());
    for (String text : List.of("点这里", "大小写", "制表符", "实体")) {
      assertEquals("#", body.selectFirst("a:contains(" + text + ")").attr("href"), text);
    }
    assertEquals("#", body.selectFirst("img").attr("src"));
    assertTrue(body.select("a:contains(原始链接)").isEmpty(), "raw <a> is text, not a link");
    assertEquals("https://www.gov.cn/", body.selectFirst("a:contains(正常链接)").attr("href"));

    // and nowhere in any written page is there live script from content
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".html"))::iterator) {
        assertNoLiveContentScript(Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8)),
            out.relativize(f).toString());
      }
    }
  }

  /** Only the theme's own script file; no event handlers; no javascript: URL anywhere. */
  private static void assertNoLiveContentScript(Document doc, String file) {
    for (Element script : doc.select("script")) {
      assertTrue(script.attr("src").endsWith("assets/gongkai.js") && script.data().isEmpty(),
          () -> file + ": " + script);
    }
    assertTrue(doc.select("iframe, object, embed").isEmpty(), file);
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        assertFalse(a.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
            () -> file + ": event handler in " + e);
        String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "");
        assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:"),
            () -> file + ": script URL in " + e);
      });
    }
  }

  @Test
  void draftTrueIsFineAndItsPageIsNotWritten() throws IOException {
    TestSites.copy("draft-yes-no", site);
    Files.delete(site.resolve("content/tzgg/yes.md"));
    Files.delete(site.resolve("content/tzgg/no.md"));
    BuildResult result = build();
    assertFalse(result.hasErrors(), () -> describe(result.problems()));
    assertTrue(result.written());
    assertFalse(Files.exists(out.resolve("tzgg/2023/true.html")));
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        assertFalse(Files.readString(f, StandardCharsets.ISO_8859_1).contains(
            new String("真正的草稿".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
            () -> "the draft's title is in " + f);
      }
    }
  }

  @Test
  void aFailedBuildAfterAGoodOneLeavesTheGoodOutputByteForByte() {
    TestSites.copy("minimal", site);
    BuildResult good = build();
    assertTrue(good.written(), () -> describe(good.problems()));
    Map<String, String> before = TestSites.snapshot(out);
    assertTrue(before.containsKey("tzgg/2023/notice.html"));

    TestSites.write(site, "content/tzgg/notice.md", TestSites.read(
        site.resolve("content/tzgg/notice.md")).replace("written: 2023-02-09", "written: 2023-13-45")
        .replace("各有关单位", "改过的正文"));
    BuildResult bad = build();
    assertTrue(bad.hasErrors());
    assertFalse(bad.written());
    assertEquals(before, TestSites.snapshot(out));
  }

  @Test
  void anOutputFolderSomeoneElseWroteIsLeftAloneAndReported() {
    TestSites.copy("minimal", site);
    TestSites.write(out, "keep.txt", "not gongkai's");
    BuildResult result = build();
    assertProblem(result.problems(), out.toString(), Severity.ERROR, "output",
        "not empty and was not written by gongkai");
    assertEquals(Map.of("keep.txt", "not gongkai's"), TestSites.snapshot(out));
  }

  @Test
  void anOutputFolderThatContainsTheSiteIsRefused() {
    TestSites.copy("minimal", site);
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(root)
        .today(TODAY).build().build();
    assertProblem(result.problems(), root.toString(), Severity.ERROR, "output",
        "contains the site itself");
    assertFalse(result.written());
    assertTrue(Files.isRegularFile(site.resolve("site.yaml")));
  }

  private static List<String> entries(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
