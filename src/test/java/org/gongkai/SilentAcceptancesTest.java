package org.gongkai;

import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the adversarial review found accepted in silence: names that are one file on Windows or
 * macOS, hidden and spoofing names, an empty boolean, digits no reader sees as the number, dates
 * out of order or out of range, credentials in the site address. Each is an error that check
 * finds as the build does.
 */
class SilentAcceptancesTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  java.nio.file.Path root;

  TestSite site;

  @BeforeEach
  void aSite() {
    site = TestSite.create(root.resolve("site"));
  }

  /** The errors of check (which the build reports too: both run the same reading and plan). */
  List<Problem> errors() {
    BuildResult check = Gongkai.builder().siteDirectory(site.dir()).today(DAY).build().check();
    BuildResult build = Gongkai.builder().siteDirectory(site.dir())
        .outputDirectory(root.resolve("out")).today(DAY).build().build();
    List<Problem> found = check.problems().stream().filter(Problem::isError).toList();
    assertTrue(build.problems().stream().filter(Problem::isError).map(Problem::format).toList()
        .containsAll(found.stream().map(Problem::format).toList()),
        () -> "the build reports what check does:\n" + describe(build.problems()));
    assertFalse(build.written());
    return found;
  }

  Problem assertError(String path, String rule) {
    List<Problem> found = errors();
    return found.stream().filter(p -> p.path().equals(path) && p.ruleId().equals(rule))
        .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " at " + path + ":\n"
            + describe(found)));
  }

  void report(String path, String header, String published) {
    site.write(path, "---\ntitle: 通知\nwritten: 2023-12-01\npublished: " + published
        + "\ntopic: 综合政务/其他\n" + header + "---\n正文。\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON", "nul", "com1", "Lpt9", "aux.2023"})
  void aNameWindowsCannotHoldIsAnError(String slug) {
    report("content/tzgg/a.md", "slug: \"" + slug + "\"\n", "2023-12-31");
    assertError("content/tzgg/a.md", "name-portable");
  }

  /** A folder name ending in a dot is another folder's name on Windows. */
  @Test
  void aColumnFolderEndingInADotIsAnError() {
    site.write("content/通知./_column.yaml", "title: 通知\ntype: 政策文件\n");
    report("content/通知./a.md", "", "2023-12-31");
    assertError("content/通知./a.md", "name-portable");
  }

  @ParameterizedTest
  @ValueSource(strings = {".htaccess", ".报告", "a\u202Egpj.exe", "通\u200B知"})
  void aHiddenOrSpoofingSlugIsAnError(String slug) {
    report("content/tzgg/a.md", "slug: \"" + slug + "\"\n", "2023-12-31");
    assertError("content/tzgg/a.md", "name-portable");
  }

  @Test
  void slugsThatDifferOnlyInCaseOrNormalisationAreOneFileOnMacOsAndWindows() {
    report("content/tzgg/a.md", "slug: caf\u00e9\n", "2023-12-31");
    report("content/tzgg/b.md", "slug: cafe\u0301\n", "2023-12-31");
    report("content/tzgg/c.md", "slug: Report\n", "2023-12-31");
    report("content/tzgg/d.md", "slug: report\n", "2023-12-31");
    List<Problem> found = errors();
    assertTrue(found.stream().filter(p -> p.ruleId().equals("permalink-collision")).count() == 2,
        () -> describe(found));
  }

  @Test
  void attachmentsWhoseNamesDifferOnlyInNormalisationAreAnError() {
    report("content/tzgg/a.md", "attachments:\n  - title: 甲\n    file: files/caf\u00e9.pdf\n"
        + "  - title: 乙\n    file: files/cafe\u0301.pdf\n", "2023-12-31");
    site.write("content/tzgg/files/caf\u00e9.pdf", "%PDF-1.4\n%%EOF\n");
    site.write("content/tzgg/files/cafe\u0301.pdf", "%PDF-1.4\n%%EOF\n");
    List<Problem> found = errors();
    assertTrue(found.stream().anyMatch(p -> p.ruleId().equals("permalink-collision")),
        () -> describe(found));
  }

  /** The review's case: `draft: ~` published the draft. */
  @ParameterizedTest
  @ValueSource(strings = {"draft: ~", "draft:", "draft: null"})
  void anEmptyBooleanIsAnErrorNeverFalse(String line) {
    report("content/tzgg/a.md", line + "\n", "2023-12-31");
    Problem p = assertError("content/tzgg/a.md", "boolean");
    assertTrue(p.line() == 6, p::format);
  }

  /** The review's case: `٣` was read as 序号 3. */
  @ParameterizedTest
  @ValueSource(strings = {"٣", "１２", "۴"})
  void digitsOtherThanAsciiAreNotASequenceNumber(String seq) {
    site.write("content/tzgg/list.yaml", "title: 清单\nwritten: 2023-12-01\n"
        + "published: 2023-12-31\ntopic: 综合政务/其他\ntasks:\n  - seq: " + seq
        + "\n    content: 任务\n");
    Problem p = assertError("content/tzgg/list.yaml", "wrong-type");
    assertTrue(p.hint().in(Lang.EN).contains("0-9"), p::format);
  }

  /** The review's case: 发布日期 0000-01-01 was accepted. */
  @ParameterizedTest
  @ValueSource(strings = {"0000-01-01", "1023-12-31", "1948-12-31"})
  void aYearBefore1949IsAnError(String published) {
    site.write("content/tzgg/a.md", "---\ntitle: 通知\nwritten: " + published + "\npublished: "
        + published + "\ntopic: 综合政务/其他\n---\n正文。\n");
    assertError("content/tzgg/a.md", "date-format");
  }

  @Test
  void aPublicationBeforeTheDateWrittenIsAnError() {
    report("content/tzgg/a.md", "", "2023-11-30");
    Problem p = assertError("content/tzgg/a.md", "date-order");
    assertTrue(p.line() == 4, p::format);
  }

  /** The review's case: `user:pass@` in baseUrl went out on every page. */
  @ParameterizedTest
  @ValueSource(strings = {"https://admin:secret@www.test.gov.cn/", "https://www.test.gov.cn/?a=1",
      "https://www.test.gov.cn/#top"})
  void credentialsQueryOrFragmentInBaseUrlAreAnError(String url) {
    site.write("site.yaml", TestSite.SITE_YAML.replace("https://www.test.gov.cn/", url));
    report("content/tzgg/a.md", "", "2023-12-31");
    assertError("site.yaml", "base-url");
  }
}
