package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Withheld progress, drafts, scheduled and non-public documents reach no output file, and the
 * page shows the reason and legal basis instead (spec case {@code sites/withheld}).
 */
class WithheldContentTest {

  static final List<String> NEVER = List.of(
      "绝密进展之全部不予公开的句子",
      "草稿标题不得出现", "草稿正文的秘密段落",
      "定时发布的标题尚未到期", "定时发布的正文段落",
      "依申请公开文件的标题", "依申请公开文件的正文");

  @TempDir
  static Path temp;
  static Path out;

  @BeforeAll
  static void build() {
    org.gongkai.testing.TestSites.copy("withheld", temp.resolve("site"));
    out = temp.resolve("out");
    BuildResult result = Gongkai.builder().siteDirectory(temp.resolve("site"))
        .outputDirectory(out).today(LocalDate.of(2026, 11, 23)).build().build();
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(2, result.documents());
  }

  @Test
  void noOutputFileContainsWithheldText() throws IOException {
    List<String> files = SampleSite.files(out);
    assertTrue(files.size() > 5);
    for (String file : files) {
      // index files (search/) are binary too: read every file as UTF-8, replacing what is not
      String text = new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.UTF_8);
      for (String secret : NEVER) {
        assertFalse(text.contains(secret), file + " contains withheld text: " + secret);
      }
    }
  }

  @Test
  void pageShowsReasonAndBasisInsteadOfWithheldProgress() throws IOException {
    Document doc = Jsoup.parse(out.resolve("zdgz/2023/tasks.html").toFile(), "UTF-8");
    Element all = doc.getElementById("task-2");
    assertEquals("公开的任务内容乙", all.selectFirst("td.col-content").text());
    assertEquals("（本项进展情况不予公开。理由：内部事务信息；依据：《中华人民共和国政府信息公开条例》第十六条）",
        all.selectFirst("td.col-progress").text());
    Element part = doc.getElementById("task-3");
    assertTrue(part.selectFirst("td.col-progress").text().startsWith("已删去内部信息后的部分进展"));
    assertTrue(part.selectFirst("td.col-progress .withheld").text().contains("部分内容不予公开"));
  }

  @Test
  void unpublishedDocumentsHaveNoPageAndNoListing() throws IOException {
    List<String> files = SampleSite.files(out);
    assertTrue(files.contains("tzgg/2023/public.html"));
    assertFalse(files.stream().anyMatch(f -> f.contains("draft") || f.contains("scheduled")
        || f.contains("on-request")), files.toString());
    Document listing = Jsoup.parse(out.resolve("tzgg/index.html").toFile(), "UTF-8");
    assertEquals(1, listing.select("table.doc-list tbody tr").size());
  }

  @Test
  void aScheduledDocumentIsPublishedOnceItsDateHasCome() {
    BuildResult later = Gongkai.builder().siteDirectory(temp.resolve("site"))
        .today(LocalDate.of(2099, 1, 2)).build().check();
    assertEquals(3, later.documents());
  }
}
