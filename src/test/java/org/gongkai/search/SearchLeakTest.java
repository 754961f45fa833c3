package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.assemble.SitePlan;
import org.gongkai.check.OutputChecks;
import org.gongkai.model.JsonString;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Withheld progress, drafts, scheduled and non-主动公开 documents (spec case {@code
 * sites/withheld}) reach no index file in any form the index holds text: not the stored text (as
 * written or JSON-escaped), not the text the postings give back, normalised; while the public
 * text of the same documents is there. And the leak guard reads the index's text files.
 */
class SearchLeakTest {

  /** The withheld texts of the spec case (as in WithheldContentTest). */
  static final List<String> NEVER = List.of(
      "绝密进展之全部不予公开的句子",
      "草稿标题不得出现", "草稿正文的秘密段落",
      "定时发布的标题尚未到期", "定时发布的正文段落",
      "依申请公开文件的标题", "依申请公开文件的正文");

  /** Public text of the same site, which the index must hold (so the test can fail). */
  static final List<String> PUBLIC = List.of("公开的任务内容乙", "公开的进展情况甲",
      "已删去内部信息后的部分进展", "市财政局");

  @TempDir static Path temp;
  static IndexFiles index;
  static SampleIndex plan;

  @BeforeAll
  static void build() {
    TestSites.copy("withheld", temp.resolve("site"));
    Path out = temp.resolve("out");
    BuildResult result = Gongkai.builder().siteDirectory(temp.resolve("site"))
        .outputDirectory(out).today(LocalDate.of(2026, 11, 23)).build().build();
    assertFalse(result.hasErrors(), result.problems().toString());
    index = IndexFiles.read(out);
    plan = new SampleIndex(temp.resolve("site"));
  }

  @Test
  void noIndexFileHoldsWithheldTextAsWrittenOrEscaped() {
    assertTrue(index.files.size() > 10, index.files.keySet().toString());
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : index.files.entrySet()) {
      String text = new String(f.getValue(), StandardCharsets.UTF_8);
      for (String secret : NEVER) {
        String quoted = JsonString.quote(secret);
        if (text.contains(secret) || text.contains(quoted.substring(1, quoted.length() - 1))) {
          found.add(f.getKey() + ": " + secret);
        }
      }
    }
    assertEquals(List.of(), found);
  }

  @Test
  void noIndexedTextHoldsWithheldTextNormalised() {
    List<String> texts = new ArrayList<>(index.textFromPostings().values());
    index.documents.values().forEach(d -> texts.add(IndexFiles.layout(d)));
    List<String> secrets = new ArrayList<>(NEVER);
    for (SitePlan.Secret s : plan.plan.secrets()) {
      secrets.add(s.text());
    }
    assertTrue(secrets.size() > NEVER.size(), "the plan names the withheld texts");
    for (String secret : secrets) {
      String n = SearchText.normalize(secret);
      for (String text : texts) {
        assertFalse(text.contains(n), () -> "the index holds withheld text: " + secret);
      }
    }
    for (String open : PUBLIC) {
      String n = SearchText.normalize(open);
      assertTrue(index.textFromPostings().values().stream().anyMatch(t -> t.contains(n)), open);
      assertTrue(index.documents.values().stream()
          .anyMatch(d -> IndexFiles.layout(d).contains(n)), open);
    }
    assertEquals(2, index.documents.size(), "only the two published documents are indexed");
  }

  /** The leak guard reads an index text file, in the JSON form the index stores text in. */
  @Test
  void theLeakGuardReadsIndexTextFiles() {
    OutputChecks inspect = new OutputChecks(plan.plan, plan.plan.site().baseUrl(),
        temp.resolve("site"));
    StringBuilder line = new StringBuilder("[\n[\"p\",");
    JsonString.quote("前文“引号”\\" + NEVER.get(0) + "。", line);
    inspect.file("search/text/1.json", line.append("]\n]\n").toString()
        .getBytes(StandardCharsets.UTF_8));
    List<Problem> problems = new ArrayList<>();
    inspect.finish(problems::add);
    assertTrue(problems.stream().anyMatch(p -> p.ruleId().equals("leak")
        && p.message().in(org.gongkai.model.Lang.EN).contains("search/text/1.json")),
        problems.toString());
  }
}
