package org.gongkai.index;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's promises, through the facade on real files. */
class IndexNumbersTest {

  static final LocalDate DAY = LocalDate.of(2023, 11, 20);
  static final Pattern INDEX_LINE = Pattern.compile("(?m)^index: (.+)$");

  @TempDir
  Path dir;

  static String indexOf(TestSite site, String path) {
    Matcher m = INDEX_LINE.matcher(site.read(path));
    return m.find() ? m.group(1).strip() : null;
  }

  static BuildResult assign(TestSite site, LocalDate day) {
    BuildResult r = site.gongkai(day, false).assign(Set.of(), Set.of());
    assertFalse(r.hasErrors(), () -> r.problems().toString());
    return r;
  }

  static List<String> rules(BuildResult r) {
    return r.problems().stream().filter(Problem::isError).map(Problem::ruleId).toList();
  }

  @Test
  void assignsOnceAndARebuildKeepsTheSameNumbers() {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/tzgg/b.md", "通知乙", "2023-05-01 10:00");
    assign(site, DAY);
    assertEquals("11330600002577014T/2023-000001", indexOf(site, "content/tzgg/a.md"));
    assertEquals("11330600002577014T/2023-000002", indexOf(site, "content/tzgg/b.md"));
    Map<String, String> before = site.snapshot();
    BuildResult build = site.gongkai(DAY, false).build();
    assertFalse(build.hasErrors(), build.problems().toString());
    assertEquals(before, site.snapshot(), "a build after assignment changes no source file");
    assertTrue(site.read("out/tzgg/2023/a.html").contains("11330600002577014T/2023-000001"));
  }

  @Test
  void aRenamedAndMovedFileKeepsItsNumberAndTheLedgerNotesThePath() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    site.write("content/zcwj/_column.yaml", "title: 政策文件\ntype: 政策文件\n");
    assign(site, DAY);
    String number = indexOf(site, "content/tzgg/a.md");
    site.move("content/tzgg/a.md", "content/zcwj/renamed.md");
    site.write("content/zcwj/renamed.md", site.read("content/zcwj/renamed.md")
        .replace("通知甲", "通知甲（修订）"));
    assign(site, DAY.plusDays(1));
    assertEquals(number, indexOf(site, "content/zcwj/renamed.md"));
    String ledger = site.read("index-ledger.yaml");
    assertTrue(ledger.contains("path: \"content/zcwj/renamed.md\""), ledger);
    assertTrue(ledger.contains("title: \"通知甲（修订）\""), ledger);
    assertFalse(ledger.contains("content/tzgg/a.md"), ledger);
    assertEquals(1, ledger.split("- index:").length - 1);
  }

  @Test
  void aDeletedDocumentsNumberIsRetiredAndNeverReissued() throws java.io.IOException {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/tzgg/b.md", "通知乙", "2023-03-02");
    assign(site, DAY);
    String second = indexOf(site, "content/tzgg/b.md");
    site.delete("content/tzgg/b.md");
    site.report("content/tzgg/c.md", "通知丙", "2023-11-21");
    assign(site, DAY.plusDays(1));
    String third = indexOf(site, "content/tzgg/c.md");
    assertEquals("11330600002577014T/2023-000003", third);
    BuildResult build = site.gongkai(DAY.plusDays(1), false).build();
    assertFalse(build.hasErrors(), build.problems().toString());
    for (String file : org.gongkai.SampleSite.files(dir.resolve("out"))) {
      assertFalse(new String(java.nio.file.Files.readAllBytes(dir.resolve("out/" + file)),
          java.nio.charset.StandardCharsets.UTF_8).contains(second),
          "the retired number appears in " + file);
    }
    String ledger = site.read("index-ledger.yaml");
    assertTrue(ledger.contains("- index: \"" + second + "\"\n  path: \"content/tzgg/b.md\"\n"
        + "  title: \"通知乙\"\n  assigned: 2023-11-20\n  state: retired\n"), ledger);
    site.report("content/tzgg/d.md", "通知丁", "2023-03-04");
    site.write("content/tzgg/d.md", site.read("content/tzgg/d.md")
        .replace("title: 通知丁\n", "title: 通知丁\nindex: " + second + "\n"));
    BuildResult claim = site.gongkai(DAY, false).build();
    assertEquals(List.of("index-retired"), rules(claim));
    assertTrue(claim.errors().get(0).message().in(Lang.EN).contains("retired"));
  }

  @Test
  void twoDocumentsWithOneNumberIsAnErrorNamingTheCopy() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assign(site, DAY);
    // the copy is a new notice, published today
    site.write("content/tzgg/copy.md", site.read("content/tzgg/a.md").replace("通知甲", "通知乙")
        .replace("2023-03-01", DAY.toString()));
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(DAY, false).build();
    assertEquals(List.of("index-duplicate"), rules(r));
    Problem p = r.errors().get(0);
    assertEquals("content/tzgg/copy.md", p.path());
    assertEquals(3, p.line());
    assertTrue(p.hint().in(Lang.EN).contains("gongkai index assign --renumber content/tzgg/copy.md"),
        p.hint().in(Lang.EN));
    assertEquals(before, site.snapshot(), "nothing is written on error");
    assertFalse(site.exists("out"));

    BuildResult renumbered = site.gongkai(DAY, false)
        .assign(Set.of("content/tzgg/copy.md"), Set.of());
    assertFalse(renumbered.hasErrors(), renumbered.problems().toString());
    assertEquals("11330600002577014T/2023-000002", indexOf(site, "content/tzgg/copy.md"));
    assertEquals("11330600002577014T/2023-000001", indexOf(site, "content/tzgg/a.md"));
  }

  @Test
  void frozenBuildFailsOnANewDocumentAndChangesNothing() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assign(site, DAY);
    site.report("content/tzgg/new.md", "新通知", DAY.toString());
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(DAY, true).build();
    assertEquals(List.of("index-missing"), rules(r));
    Problem p = r.errors().get(0);
    assertEquals("content/tzgg/new.md", p.path());
    assertTrue(p.hint().in(Lang.EN).contains("gongkai index assign"), p.hint().in(Lang.EN));
    assertEquals(before, site.snapshot());
    assertFalse(site.exists("out"));
  }

  @Test
  void aHandWrittenNumberThatFitsIsRecordedAndOneThatDoesNotShowsThePattern() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    site.write("content/tzgg/a.md", site.read("content/tzgg/a.md")
        .replace("title: 通知甲\n", "title: 通知甲\nindex: 11330600002577014T/2023-000040\n"));
    assign(site, DAY);
    assertTrue(site.read("index-ledger.yaml").contains("11330600002577014T/2023-000040"));
    site.report("content/tzgg/b.md", "通知乙", "2023-11-20");
    assign(site, DAY);
    assertEquals("11330600002577014T/2023-000041", indexOf(site, "content/tzgg/b.md"),
        "numbering continues after the highest number issued");

    site.write("content/tzgg/c.md", "---\ntitle: 通知丙\nindex: 2023-7\nwritten: 2023-03-03\n"
        + "published: 2023-03-03\ntopic: 综合政务/其他\n---\n正文\n");
    BuildResult r = site.gongkai(DAY, false).build();
    assertEquals(List.of("index-format"), rules(r));
    assertTrue(r.errors().get(0).message().in(Lang.EN).contains("{organCode}/{year}-{seq:6}"));
  }

  @Test
  void draftsScheduledAndNonPublicDocumentsGetNoNumberUntilPublishable() {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/later.md", "定时通知", "2024-01-01")
        .write("content/tzgg/draft.md", "---\ntitle: 草稿\nwritten: 2023-03-01\n"
            + "published: 2023-03-01\ntopic: 综合政务/其他\ndraft: true\n---\n正文\n")
        .write("content/tzgg/req.md", "---\ntitle: 依申请\nwritten: 2023-03-01\n"
            + "published: 2023-03-01\ntopic: 综合政务/其他\ndisclosure: 依申请公开\n---\n正文\n");
    assign(site, DAY);
    assertEquals(null, indexOf(site, "content/tzgg/later.md"));
    assertEquals(null, indexOf(site, "content/tzgg/draft.md"));
    assertEquals(null, indexOf(site, "content/tzgg/req.md"));
    assign(site, LocalDate.of(2024, 1, 1));
    assertEquals("11330600002577014T/2024-000001", indexOf(site, "content/tzgg/later.md"));
  }

  @Test
  void crlfAndCommentsArePreservedByteForByte() {
    String original = "\uFEFF---\r\n# 标题来自发文稿\r\ntitle: '通知：关于“一号工程”' # 保留引号\r\n"
        + "written: 2023-03-01   # 成文\r\npublished: \"2023-03-01 09:30\"\r\n"
        + "topic: 综合政务/其他\r\n---\r\n正文第一段。\r\n\r\n正文第二段。\r\n";
    TestSite site = TestSite.create(dir).write("content/tzgg/crlf.md", original);
    assign(site, DAY);
    String expected = original.replace("# 保留引号\r\n",
        "# 保留引号\r\nindex: 11330600002577014T/2023-000001\r\n");
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
        site.bytes("content/tzgg/crlf.md"));
  }

  @Test
  void taskListsWithChineseKeysGetAChineseIndexLine() {
    String original = "标题: 重点工作\n成文日期: 2023-03-01\n发布日期: 2023-03-01\n"
        + "主题分类: 政务公开\n任务:\n  - 序号: 1\n    内容: 甲\n";
    TestSite site = TestSite.create(dir).write("content/tzgg/tasks.yaml", original);
    assign(site, DAY);
    assertEquals(original.replace("标题: 重点工作\n", "标题: 重点工作\n索引号: "
        + "11330600002577014T/2023-000001\n"), site.read("content/tzgg/tasks.yaml"));
  }

  @Test
  void anEmptyIndexLineIsFilledIn() {
    TestSite site = TestSite.create(dir).write("content/tzgg/a.md", "---\ntitle: 甲\n"
        + "index:      # 待编号\nwritten: 2023-03-01\npublished: 2023-03-01\n"
        + "topic: 综合政务/其他\n---\n正文\n");
    assign(site, DAY);
    assertTrue(site.read("content/tzgg/a.md").contains(
        "\nindex: 11330600002577014T/2023-000001      # 待编号\n"),
        site.read("content/tzgg/a.md"));
  }

  @Test
  void aHeaderThatCannotBeEditedSafelyIsRefusedWithTheLineToAddByHand() {
    TestSite site = TestSite.create(dir)
        .write("content/tzgg/flow.yaml", "{title: 甲, written: 2023-03-01, published: "
            + "2023-03-01, topic: 政务公开, tasks: [{seq: 1, content: 甲}]}\n")
        .write("content/tzgg/anchor.md", "---\n&t title: 乙\nwritten: 2023-03-01\n"
            + "published: 2023-03-01\ntopic: 综合政务/其他\n---\n正文\n");
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(DAY, false).assign(Set.of(), Set.of());
    assertEquals(List.of("index-header", "index-header"), rules(r));
    for (Problem p : r.errors()) {
      assertTrue(p.hint().in(Lang.EN).startsWith("add the line `index: 11330600002577014T/2023-00000"),
          p.hint().in(Lang.EN));
    }
    assertTrue(r.errors().get(0).message().in(Lang.EN).contains("anchor"), r.errors().toString());
    assertTrue(r.errors().get(1).message().in(Lang.EN).contains("flow style"), r.errors().toString());
    assertEquals(before, site.snapshot(), "nothing was written");
  }

  @Test
  void aMalformedLedgerIsALocatedErrorAndNothingIsWritten() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    site.write("index-ledger.yaml", "- index: \"x/2023-000001\"\n  path: content/tzgg/a.md\n"
        + "<<<<<<< HEAD\n  assigned: 2023-01-01\n");
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(DAY, false).build();
    assertTrue(r.hasErrors());
    Problem p = r.errors().get(0);
    assertEquals("index-ledger.yaml", p.path());
    assertTrue(p.line() > 0, p.toString());
    assertEquals(before, site.snapshot());
  }

  @Test
  void branchesThatTookTheSameNumberAreFoundAndOneIsRenumbered() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assign(site, DAY);
    // branch 1 adds b.md, branch 2 adds c.md; both took the next number, 000002
    site.report("content/tzgg/b.md", "通知乙", "2023-11-22");
    site.report("content/tzgg/c.md", "通知丙", "2023-11-22");
    String number = "11330600002577014T/2023-000002";
    for (String p : List.of("content/tzgg/b.md", "content/tzgg/c.md")) {
      site.write(p, site.read(p).replaceFirst("\n", "\nindex: " + number + "\n"));
    }
    String ledger = site.read("index-ledger.yaml");
    String entry = "- index: \"" + number + "\"\n  path: \"%s\"\n  title: \"t\"\n"
        + "  assigned: %s\n  state: active\n";
    site.write("index-ledger.yaml", ledger + String.format(entry, "content/tzgg/b.md",
        "2023-11-21") + String.format(entry, "content/tzgg/c.md", "2023-11-22"));
    BuildResult check = site.gongkai(DAY.plusDays(2), false).check();
    Problem dup = check.errors().stream().filter(p -> p.ruleId().equals("ledger-duplicate"))
        .findFirst().orElseThrow(() -> new AssertionError(check.problems().toString()));
    assertTrue(dup.hint().in(Lang.EN).endsWith("--renumber content/tzgg/c.md"), dup.hint().in(Lang.EN));
    assertEquals("index-ledger.yaml", dup.path());

    BuildResult fixed = site.gongkai(DAY.plusDays(2), false)
        .assign(Set.of("content/tzgg/c.md"), Set.of());
    assertFalse(fixed.hasErrors(), fixed.problems().toString());
    assertEquals(number, indexOf(site, "content/tzgg/b.md"));
    assertEquals("11330600002577014T/2023-000003", indexOf(site, "content/tzgg/c.md"));
    assertFalse(site.gongkai(DAY.plusDays(2), true).check().hasErrors());
  }

  @Test
  void aBadCreditCodeNamesTheExpectedCheckCharacter() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    site.write("site.yaml", TestSite.SITE_YAML.replace("11330600002577014T",
        "11330600002577014X"));
    BuildResult r = site.gongkai(DAY, false).build();
    assertEquals(List.of("organ-code"), rules(r));
    assertTrue(r.errors().get(0).message().in(Lang.EN).contains("should be T"), r.errors().toString());
    assertEquals(5, r.errors().get(0).line(), "the organCode line of site.yaml");
  }

  @Test
  void numbersFollowThePatternOfTheSiteAndThePublishersOrganCode() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2021-10-08");
    site.write("site.yaml", TestSite.SITE_YAML.replace("organCode: 11330600002577014T",
        "organCode: 11341702486344515H\nindexPattern: \"{organCode}/{year}{month}-{seq:5}\""));
    site.write("units.yaml", "- name: 市府办\n  organCode: \"000014349\"\n");
    site.write("content/tzgg/b.md", "---\ntitle: 乙\npublisher: 市府办\nwritten: 2021-10-09\n"
        + "published: 2021-10-09\ntopic: 综合政务/其他\n---\n正文\n");
    assign(site, DAY);
    assertEquals("11341702486344515H/202110-00001", indexOf(site, "content/tzgg/a.md"));
    assertEquals("000014349/202110-00001", indexOf(site, "content/tzgg/b.md"));
  }
}
