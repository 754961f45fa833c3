package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.SampleSite;
import org.gongkai.TestSite;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the preview shows and what it never does: it writes no file of the site (no number, no
 * ledger, no output folder), shows a document without a number as 待分配, and marks drafts and
 * scheduled documents where only the preview shows them.
 */
class PreviewSiteTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);
  /** The preview's clock: the real now of these tests. */
  static final Clock CLOCK = Clock.fixed(DAY.atTime(12, 0).atZone(ZoneId.of("Asia/Shanghai"))
      .toInstant(), ZoneId.of("Asia/Shanghai"));

  @TempDir
  Path dir;

  /** Every file of the site but the parse cache, with its bytes and modification time. */
  static Map<String, String> snapshot(Path site) {
    Map<String, String> out = new TreeMap<>();
    for (String f : SampleSite.files(site)) {
      if (f.startsWith(".gongkai-cache/")) {
        continue;
      }
      try {
        Path p = site.resolve(f);
        out.put(f, java.util.HexFormat.of().formatHex(Files.readAllBytes(p)) + " @"
            + Files.getLastModifiedTime(p).toMillis());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  @Test
  void aServeSessionWithEditsChangesNoFileOfTheSite() throws IOException {
    Path site = TestSites.copy("minimal", dir.resolve("site"));
    Gongkai gongkai = Gongkai.builder().siteDirectory(site).today(DAY).build();
    assertFalse(gongkai.build().hasErrors());
    assertTrue(Files.isDirectory(site.resolve("site-output")));
    // a document without a number, and the output of the last build, which must stay as they are
    // published today: a document numbered after its 发布日期 would be a forged date
    Files.writeString(site.resolve("content/tzgg/new.md"), "---\ntitle: 新通知\n"
        + "written: 2023-12-30\npublished: 2023-12-31\ntopic: 综合政务/其他\n---\n新通知的正文。\n");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    for (String f : SampleSite.files(site)) {
      Files.setLastModifiedTime(site.resolve(f), old);
    }
    Map<String, String> before = snapshot(site);
    try (Preview preview = gongkai.serve(0, "127.0.0.1", false, r -> { })) {
      URI url = URI.create(preview.url());
      Http.Response page = Http.get(url, "/tzgg/2023/new.html");
      assertEquals(200, page.status());
      Document html = Jsoup.parse(page.text());
      assertEquals("待分配", html.selectFirst(".meta-index").text());
      // edits a team makes while the preview runs
      Path notice = site.resolve("content/tzgg/notice.md");
      Files.writeString(notice, Files.readString(notice) + "\n补充一段。\n");
      Files.writeString(site.resolve("content/tzgg/half.md"), "---\ntitle: 写了一半\n");
      BuildResult withError = preview.rebuild();
      assertTrue(withError.hasErrors(), "a half-typed file is an error, not a numbered document");
      Files.delete(site.resolve("content/tzgg/half.md"));
      assertFalse(preview.rebuild().hasErrors());
      Map<String, String> expected = new TreeMap<>(before);
      expected.put("content/tzgg/notice.md", snapshot(site).get("content/tzgg/notice.md"));
      assertEquals(expected, snapshot(site), "only the team's own edit changed a file");
    }
    assertTrue(Files.isDirectory(site.resolve(".gongkai-cache/parse")));
  }

  @Test
  void draftsAndScheduledDocumentsAreMarkedInThePreviewAndNowhereElse() throws IOException {
    TestSite site = TestSite.create(dir.resolve("site"));
    site.write("content/tzgg/a.md", "---\ntitle: 已发布的通知\nwritten: 2023-12-01\n"
        + "published: 2023-12-01\ntopic: 综合政务/其他\n---\n正文。\n");
    site.write("content/tzgg/draft.md", "---\ntitle: 还在写的通知\nwritten: 2023-12-01\n"
        + "published: 2023-12-01\ntopic: 综合政务/其他\ndraft: true\n---\n草稿正文。\n");
    site.write("content/tzgg/later.md", "---\ntitle: 明年的通知\nwritten: 2023-12-20\n"
        + "published: 2024-01-05\ntopic: 综合政务/其他\n---\n定时正文。\n");
    Gongkai plain = Gongkai.builder().siteDirectory(site.dir()).outputDirectory(dir.resolve("o"))
        .today(DAY).clock(CLOCK).build();
    assertFalse(plain.build().hasErrors());
    for (String f : SampleSite.files(dir.resolve("o"))) {
      String text = Files.readString(dir.resolve("o").resolve(f),
          java.nio.charset.StandardCharsets.ISO_8859_1);
      String utf8 = new String(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
          java.nio.charset.StandardCharsets.UTF_8);
      for (String mark : new String[] {"【草稿】", "【定时发布】", "待分配", Overlay.START}) {
        assertFalse(utf8.contains(mark), f + " of a build holds " + mark);
      }
    }
    // without the flags: the real site
    try (Preview preview = plain.serve(0, "127.0.0.1", false, r -> { })) {
      URI url = URI.create(preview.url());
      String column = Http.get(url, "/tzgg/").text();
      assertTrue(column.contains("已发布的通知"));
      assertFalse(column.contains("还在写的通知"));
      assertFalse(column.contains("明年的通知"));
      assertEquals(404, Http.get(url, "/tzgg/2023/draft.html").status());
    }
    // --drafts, and --today on the scheduled day (a later day would judge the document, which
    // has no number yet, as numbered after its 发布日期: a forged date)
    Gongkai ahead = Gongkai.builder().siteDirectory(site.dir()).today(LocalDate.of(2024, 1, 5))
        .clock(CLOCK).build();
    try (Preview preview = ahead.serve(0, "127.0.0.1", true, r -> { })) {
      URI url = URI.create(preview.url());
      Document column = Jsoup.parse(Http.get(url, "/tzgg/").text());
      assertTrue(column.text().contains("【草稿】还在写的通知"), column::text);
      assertTrue(column.text().contains("【定时发布】明年的通知"), column::text);
      assertTrue(column.text().contains("已发布的通知"));
      assertFalse(column.text().contains("【草稿】已发布的通知"));
      Document draft = Jsoup.parse(Http.get(url, "/tzgg/2023/draft.html").text());
      assertEquals("【草稿】还在写的通知", draft.selectFirst("h1").text());
      assertEquals("待分配", draft.selectFirst(".meta-index").text());
      Document later = Jsoup.parse(Http.get(url, "/tzgg/2024/later.html").text());
      assertEquals("【定时发布】明年的通知", later.selectFirst("h1").text());
    }
  }
}
