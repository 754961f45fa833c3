package org.gongkai.check;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The leak guard reads every output file, whatever its name (text formats, office files that are
 * zip archives, files too large to read at once); withheld progress written again in another
 * field of a published document is an error at that field; and the published texts of
 * site.yaml, _column.yaml and units.yaml are checked like a document's.
 */
class LeakGuardTest {

  static final String WITHHELD = "绝密进展之全部不予公开的句子";
  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir
  Path root;

  Path site;

  @BeforeEach
  void theWithheldSite() {
    site = TestSites.copy("withheld", root.resolve("site"));
    assertNoErrors(build().problems());
  }

  BuildResult build() {
    return Gongkai.builder().siteDirectory(site).outputDirectory(root.resolve("out")).today(DAY)
        .build().build();
  }

  /** The review's cases: withheld text published in files of types the guard did not read. */
  @ParameterizedTest
  @ValueSource(strings = {"a.xhtml", "b.tsv", "c.shtml", "d.jsonl", "e.ics", "f.rtf", "g.vcf",
      "noextension", "h.bin"})
  void withheldTextInAStaticFileOfAnyTypeIsALeak(String name) {
    TestSites.write(site, "static/" + name, "前文\t" + WITHHELD + "\t后文\n");
    BuildResult r = build();
    assertProblem(r.problems(), "content/zdgz/tasks.yaml", Severity.ERROR, "leak", name);
    assertFalse(r.written());
  }

  @Test
  void withheldTextInsideAnOfficeFileIsALeak() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(zip)) {
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(("<w:t>" + WITHHELD + "</w:t>").getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    TestSites.writeBytes(site, "static/downloads/progress.docx", zip.toByteArray());
    BuildResult r = build();
    assertProblem(r.problems(), "content/zdgz/tasks.yaml", Severity.ERROR, "leak",
        "downloads/progress.docx");
  }

  @Test
  void withheldTextInAFileTooLargeToReadAtOnceIsALeak() {
    StringBuilder big = new StringBuilder();
    while (big.length() < 9 * 1024 * 1024) {
      big.append("公开的填充内容。");
    }
    big.append(WITHHELD);
    TestSites.write(site, "static/big.txt", big.toString());
    BuildResult r = build();
    assertProblem(r.problems(), "content/zdgz/tasks.yaml", Severity.ERROR, "leak", "big.txt");
  }

  /** The review's case: withheld progress said again in another field went out unnoticed. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "description: 本期说明：" + WITHHELD + "|description",
      "keywords: [重点工作, " + WITHHELD + "]|keywords",
      "changes:\\n  - date: 2023-11-02\\n    note: 补充" + WITHHELD + "|changes"})
  void withheldProgressWrittenInAnotherFieldIsAnErrorAtThatField(String field, String key) {
    // key: the field, for the reader of a failure
    String path = "content/zdgz/tasks.yaml";
    String list = TestSites.read(site.resolve(path));
    TestSites.write(site, path, list.replace("topic: 政务公开\n", "topic: 政务公开\n"
        + field.replace("\\n", "\n") + "\n"));
    BuildResult r = build();
    assertAtTheWords(r, path, "task 2");
    assertFalse(r.written());
  }

  /** The error is at the line and column where the withheld words are written again. */
  private void assertAtTheWords(BuildResult r, String path, String word) {
    String[] lines = TestSites.read(site.resolve(path)).split("\n", -1);
    org.gongkai.model.Problem p = r.problems().stream()
        .filter(x -> x.ruleId().equals("withheld-elsewhere") && x.path().equals(path))
        .findFirst().orElseThrow(() -> new AssertionError(
            org.gongkai.testing.ProblemAssert.describe(r.problems())));
    org.junit.jupiter.api.Assertions.assertTrue(p.isError());
    String line = lines[p.line() - 1];
    org.junit.jupiter.api.Assertions.assertEquals(WITHHELD, line.substring(
        line.offsetByCodePoints(0, p.column() - 1)).substring(0, WITHHELD.length()), p::format);
    org.junit.jupiter.api.Assertions.assertTrue(
        p.message().in(org.gongkai.model.Lang.EN).contains(word), p::format);
  }

  @Test
  void withheldProgressAsAnAttachmentTitleIsAnError() {
    String path = "content/tzgg/public.md";
    TestSites.writeBytes(site, "content/tzgg/files/a.pdf",
        "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
    String doc = TestSites.read(site.resolve(path));
    TestSites.write(site, path, doc.replaceFirst("\n---\n", "\nattachments:\n"
        + "  - file: files/a.pdf\n    title: " + WITHHELD + "\n---\n"));
    BuildResult r = build();
    assertAtTheWords(r, path, "content/zdgz/tasks.yaml");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "site.yaml|description: 本站\u202e说明|hidden-char",
      "site.yaml|description: 欢迎访问网上赌场官网|injection-term",
      "content/tzgg/_column.yaml|keywords: [通知, 点击进入网上赌场]|injection-term",
      "content/zdgz/_column.yaml|keywords: [公告, 通知\u200b公告]|hidden-char",
      "units.yaml|- name: 市体育局\u202e|hidden-char",
      "units.yaml|- name: 市统计局\\n  aliases: [统计局, 博彩网站统计]|injection-term"})
  void theTextsOfTheSitesSettingsAreCheckedLikeADocuments(String file, String add, String rule) {
    String text = TestSites.read(site.resolve(file));
    TestSites.write(site, file, text + (text.endsWith("\n") ? "" : "\n")
        + add.replace("\\n", "\n") + "\n");
    BuildResult r = build();
    assertFalse(r.written());
    org.junit.jupiter.api.Assertions.assertTrue(r.problems().stream().anyMatch(p ->
        p.path().equals(file) && p.line() > 0 && p.ruleId().equals(rule) && p.isError()),
        () -> org.gongkai.testing.ProblemAssert.describe(r.problems()));
  }


}
