package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.SampleSite;
import org.gongkai.config.SiteReader;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Progress;
import org.gongkai.model.Site;
import org.gongkai.model.TaskList;
import org.gongkai.source.DocumentParser;
import org.gongkai.source.DocumentSource;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parse cache gives the very documents and problems that parsing gives, reads back from disk
 * what it saved, and parses again exactly the files that changed.
 */
class ParseCacheTest {

  @TempDir
  Path dir;

  record Read(List<Document> documents, List<Problem> problems) {}

  static Read read(Path site, DocumentSource source) {
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Site s = SiteReader.read(site, problems::add, source, Progress.NONE);
    List<Problem> sorted = new ArrayList<>(problems);
    Collections.sort(sorted);
    return new Read(s.documents(), sorted);
  }

  /** Every spec case, and the sample site, with their parse errors and warnings too. */
  @ParameterizedTest
  @ValueSource(strings = {"annual-report", "draft-yes-no", "duplicate-index", "duplicate-seq",
      "escaping-slug", "gbk-file", "impossible-date", "malformed-yaml", "many-problems",
      "minimal", "missing-title", "misspelt-key", "script-in-body", "series", "showcase",
      "slashed-date", "title-twice", "unknown-unit", "withheld", "sample"})
  void documentsReadBackFromTheCacheEqualParsedOnes(String name) throws IOException {
    Path site = name.equals("sample") ? copySample() : TestSites.copy(name, dir.resolve("s"));
    ageEveryFile(site);
    Read parsed = read(site, new DocumentParser(site));
    ParseCache first = ParseCache.empty(site);
    assertEquals(parsed, read(site, first), "what the cache parses is what the parser gives");
    first.save();
    ParseCache second = ParseCache.load(site);
    Read cached = read(site, second);
    assertEquals(parsed, cached, "what the cache reads back is what the parser gives");
    assertEquals(0, second.parsedCount(), "nothing changed, nothing was parsed");
    assertEquals(first.parsedCount(), second.reusedCount());
  }

  @Test
  void onlyChangedFilesAreParsedAgainAndTheirNewContentIsRead() throws IOException {
    Path site = TestSites.copy("series", dir.resolve("s"));
    ageEveryFile(site);
    ParseCache first = ParseCache.empty(site);
    Read before = read(site, first);
    first.save();
    String path = before.documents().stream().filter(d -> d instanceof TaskList)
        .map(d -> d.source().path()).findFirst().orElseThrow();
    Path file = site.resolve(path);
    String text = Files.readString(file);
    String edited = text.replaceFirst("progress: ", "progress: 改过的进展，");
    assertNotEquals(text, edited);
    Files.writeString(file, edited);
    ParseCache second = ParseCache.load(site);
    Read after = read(site, second);
    assertEquals(1, second.parsedCount());
    assertEquals(before.documents().size() - 1, second.reusedCount());
    assertEquals(read(site, new DocumentParser(site)), after);
    assertTrue(after.documents().stream().filter(d -> d.source().path().equals(path))
        .map(d -> (TaskList) d).anyMatch(t -> t.tasks().stream()
            .anyMatch(task -> String.valueOf(task.progress()).startsWith("改过的进展"))));
  }

  @Test
  void aDocumentIsParsedAgainWhenAnAttachmentChangesSize() throws IOException {
    Path site = TestSites.copy("minimal", dir.resolve("s"));
    Files.createDirectories(site.resolve("content/tzgg/files"));
    Files.writeString(site.resolve("content/tzgg/files/a.pdf"), "%PDF-1.4 short");
    Files.writeString(site.resolve("content/tzgg/with-file.md"), "---\ntitle: 附件通知\n"
        + "written: 2023-01-02\npublished: 2023-01-02\ntopic: 综合政务/其他\n"
        + "attachments:\n  - file: files/a.pdf\n    title: 附件\n---\n正文。\n");
    ageEveryFile(site);
    ParseCache first = ParseCache.empty(site);
    read(site, first);
    first.save();
    Files.writeString(site.resolve("content/tzgg/files/a.pdf"), "%PDF-1.4 a longer file now");
    ParseCache second = ParseCache.load(site);
    Read after = read(site, second);
    assertEquals(1, second.parsedCount());
    assertEquals(read(site, new DocumentParser(site)), after);
  }

  @Test
  void aDamagedCacheFileIsIgnored() throws IOException {
    Path site = TestSites.copy("series", dir.resolve("s"));
    Read parsed = read(site, new DocumentParser(site));
    ParseCache first = ParseCache.empty(site);
    read(site, first);
    first.save();
    Path folder = site.resolve(".gongkai-cache").resolve(ParseCache.FOLDER);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        byte[] bytes = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    ParseCache second = ParseCache.load(site);
    assertEquals(parsed, read(site, second));
    assertEquals(parsed.documents().size(), second.parsedCount());
  }

  /**
   * A check that takes the text rules' findings from the cache reports what a check without it
   * reports, on the site with a problem of every kind; and after an edit, the edited document's
   * findings are its new ones.
   */
  @Test
  void checksWithRememberedFindingsReportWhatAFreshCheckReports() throws IOException {
    Path site = TestSites.copy("many-problems", dir.resolve("s"));
    Files.writeString(site.resolve("content/tzgg/pii.md"), "---\ntitle: 联系方式\n"
        + "written: 2023-01-02\npublished: 2023-01-02\ntopic: 综合政务/其他\n---\n"
        + "联系电话 13812345678，详见[网站](http://casino.example.com/)，零宽\u200b字符。\n");
    ageEveryFile(site);
    java.time.LocalDate day = java.time.LocalDate.of(2023, 12, 31);
    List<Problem> fresh = org.gongkai.Gongkai.builder().siteDirectory(site).today(day)
        .useCache(false).build().check().problems();
    for (String rule : List.of("personal-mobile", "link-domain", "hidden-char")) {
      assertTrue(fresh.stream().anyMatch(p -> p.ruleId().equals(rule)), rule);
    }
    org.gongkai.Gongkai.builder().siteDirectory(site).outputDirectory(dir.resolve("out"))
        .today(day).build().build();
    assertTrue(Files.isDirectory(site.resolve(".gongkai-cache/parse")));
    List<Problem> remembered = org.gongkai.Gongkai.builder().siteDirectory(site).today(day)
        .build().check().problems();
    List<Problem> missing = new ArrayList<>(fresh);
    missing.removeAll(remembered);
    List<Problem> extra = new ArrayList<>(remembered);
    extra.removeAll(fresh);
    assertEquals(List.of(), missing, "missing");
    assertEquals(List.of(), extra, "extra");
    assertEquals(fresh, remembered);
    // and the findings did come from the cache: every published document's
    ParseCache cache = ParseCache.load(site);
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Site read = SiteReader.read(site, problems::add, cache, Progress.NONE);
    org.gongkai.check.Rules.run(org.gongkai.check.Rules.ALL, org.gongkai.check.CheckContext.of(
        read, day.atTime(23, 59, 59), site, java.util.Map.of()), problems::add, cache);
    long published = read.documents().stream()
        .filter(d -> d.meta().isPublicAt(day.atTime(23, 59, 59))).count();
    assertTrue(published > 5);
    assertEquals(published, cache.findingsReusedCount());
  }

  @Test
  void theParserVersionNamesOnlyClassesThatExist() {
    for (String name : ParseCache.PARSER_CLASSES) {
      assertNotNull(ParseCache.class.getResource(name), name);
    }
  }

  private Path copySample() throws IOException {
    Path site = dir.resolve("sample");
    for (String f : SampleSite.files(SampleSite.ROOT)) {
      if (f.startsWith("content/") || f.equals("site.yaml") || f.equals("units.yaml")
          || f.equals("index-ledger.yaml")) {
        Path to = site.resolve(f);
        Files.createDirectories(to.getParent());
        Files.copy(SampleSite.ROOT.resolve(f), to);
      }
    }
    return site;
  }

  /**
   * Dates every file an hour back, as if written long before it is read: a file read within a
   * moment of being written is always read again next time, however unchanged its size and time
   * look, and these tests want the size and time to be trusted.
   */
  private static void ageEveryFile(Path site) throws IOException {
    java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() - 3_600_000);
    try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(f, old);
      }
    }
  }
}
