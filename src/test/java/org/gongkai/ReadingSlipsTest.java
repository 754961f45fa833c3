package org.gongkai;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slips a new user makes with a Chinese input method, in every kind of YAML file gongkai
 * reads, through a real check of the minimal spec case: each is one error at the offending
 * character with the corrected line, and nothing else is reported because of it (a file that
 * failed to read causes no further findings).
 */
class ReadingSlipsTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path site;

  private List<Problem> baseline;

  @BeforeEach
  void minimalSite() {
    TestSites.copy("minimal", site);
    baseline = findings();
  }

  /** Errors and warnings of a check (notes are information). */
  private List<Problem> findings() {
    return Gongkai.builder().siteDirectory(site).today(TODAY).build().check().problems().stream()
        .filter(p -> p.severity() != Severity.NOTE).toList();
  }

  private void write(String path, String text) {
    TestSites.write(site, path, text);
  }

  private String read(String path) {
    return TestSites.read(site.resolve(path));
  }

  /** The check finds exactly one problem besides those of the intact site, and returns it. */
  private Problem onlyNew(String location, String ruleId, String... words) {
    List<Problem> found = findings().stream().filter(p -> !baseline.contains(p)).toList();
    Problem p = assertProblem(found, location, Severity.ERROR, ruleId, words);
    assertEquals(1, found.size(), () -> "expected only " + location + ", found:\n"
        + describe(found));
    return p;
  }

  @Test
  void aFullWidthColonAfterAKeyInAReportIsNamedOnItsOwnLine() {
    write("content/tzgg/notice.md", read("content/tzgg/notice.md")
        .replace("written: 2023-02-09", "成文日期：2023-02-09"));
    Problem p = onlyNew("content/tzgg/notice.md:6:5", "yaml-slip", "`成文日期`",
        "full-width colon `：`", "write the line as `成文日期: 2023-02-09`");
    assertEquals("键 `成文日期` 后面是全角冒号 `：`：YAML 只认半角冒号 `:`，这一行没有被读成“键: 值”",
        p.message().in(Lang.ZH));
    assertEquals("这一行应为：`成文日期: 2023-02-09`", p.hint().in(Lang.ZH));
  }

  @Test
  void aFullWidthColonInsideAValueIsOrdinaryText() {
    write("content/tzgg/notice.md", read("content/tzgg/notice.md")
        .replaceFirst("title: (.*)\n", "title: 关于：$1\n"));
    assertEquals(baseline, findings());
  }

  @Test
  void fullWidthSpacesIndentingATaskAreNamedAndNoUnitIsReportedUnknown() {
    write("content/zdgz/list.yaml", read("content/zdgz/list.yaml")
        .replace("  - seq: 2\n", "　　- seq: 2\n"));
    onlyNew("content/zdgz/list.yaml:15:1", "yaml-slip", "full-width space (U+3000)",
        "write the line as `  - seq: 2`");
  }

  @Test
  void aFullWidthCommaInAFlowListIsNamedInsteadOfAnUnknownUnit() {
    write("content/zdgz/list.yaml", read("content/zdgz/list.yaml")
        .replace("units: [★市财政局, 市税务局, 市发改局]", "units: [★市财政局，市税务局, 市发改局]"));
    onlyNew("content/zdgz/list.yaml:14:18", "yaml-slip", "full-width comma `，`",
        "write the line as `    units: [★市财政局, 市税务局, 市发改局]`");
  }

  @Test
  void fullWidthQuotesAroundSiteYamlsCodeAreNamedAndNothingElse() {
    write("site.yaml", read("site.yaml").replace("siteCode: \"3306000001\"",
        "siteCode: “3306000001”"));
    onlyNew("site.yaml:4:11", "yaml-slip", "`“”`", "full-width",
        "write the line as `siteCode: \"3306000001\"`");
  }

  @Test
  void aKeyWithoutASpaceAfterItsColonInAColumnFileIsNamed() {
    write("content/tzgg/_column.yaml", read("content/tzgg/_column.yaml")
        .replaceFirst("title: ", "title:"));
    onlyNew("content/tzgg/_column.yaml:1:6", "yaml-slip", "no space after the colon of the key"
        + " `title`", "write the line as `title: ");
  }

  @Test
  void aFullWidthColonInUnitsYamlIsNamedAndNoTaskUnitIsReportedUnknown() {
    write("units.yaml", read("units.yaml").replace("- name: 市财政局", "- name：市财政局"));
    onlyNew("units.yaml:4:7", "yaml-slip", "`name`", "write the line as `- name: 市财政局`");
  }

  @Test
  void aFullWidthColonInTheLedgerIsNamedWithTheCorrectedLine() {
    write("index-ledger.yaml", read("index-ledger.yaml").replaceFirst("  state: ", "  state："));
    Problem p = findings().stream().filter(x -> x.ruleId().equals("yaml-slip")).findFirst()
        .orElseThrow(() -> new AssertionError(describe(findings())));
    assertEquals("index-ledger.yaml", p.path());
    assertEquals("write the line as `  state: active`", p.hint().in(Lang.EN));
  }

  @Test
  void aFullWidthColonAfterAnUnknownKeyIsNamedWhereYamlFails() {
    write("content/tzgg/notice.md", read("content/tzgg/notice.md")
        .replace("written: 2023-02-09", "作者：张三\nwritten: 2023-02-09"));
    onlyNew("content/tzgg/notice.md:6:3", "yaml-slip", "`作者`", "`作者: 张三`");
  }

  @Test
  void aFrontMatterWithoutItsClosingLineSaysSo() {
    write("content/tzgg/notice.md", read("content/tzgg/notice.md").replaceFirst("\n---\n", "\n"));
    Problem p = onlyNew("content/tzgg/notice.md:1:1", "front-matter",
        "starts with `---` on line 1 but has no closing `---` line", "after the last line");
    assertEquals("头部信息从第 1 行的 `---` 开始，但没有结束的 `---` 行", p.message().in(Lang.ZH));
  }

  @Test
  void aClosingLineOfFullWidthDashesIsNamed() {
    write("content/tzgg/notice.md", read("content/tzgg/notice.md")
        .replaceFirst("\n---\n", "\n———\n"));
    onlyNew("content/tzgg/notice.md:11:1", "front-matter", "`———` is not three ASCII hyphens",
        "write the line as `---`");
  }

  @Test
  void aGbkUnitsYamlIsOneEncodingErrorAndNoUnitIsReportedUnknown() {
    TestSites.writeBytes(site, "units.yaml", ("- name: 市发改委\n  aliases: [市发改局]\n"
        + "- name: 市财政局\n- name: 市税务局\n").getBytes(Charset.forName("GBK")));
    StringBuilder tasks = new StringBuilder(read("content/zdgz/list.yaml"));
    for (int i = 3; i <= 10; i++) {
      tasks.append("  - seq: ").append(i).append("\n    content: 任务").append(i)
          .append("\n    units: [市财政局, 市税务局]\n");
    }
    write("content/zdgz/list.yaml", tasks.toString());
    onlyNew("units.yaml:1:9", "encoding", "not valid UTF-8");
  }

  @Test
  void aSiteYamlThatCannotBeReadIsOneErrorNotOnePerDocument() {
    write("site.yaml", read("site.yaml").replace("publisher: 测试市人民政府办公室\n", "")
        .replace("name: ", "name: ["));
    List<Problem> found = findings();
    assertProblem(found, "site.yaml:3:7", Severity.ERROR, "yaml-syntax");
    assertEquals(1, found.size(), () -> describe(found));
  }

  @Test
  void aBrokenTopicsListIsReportedOnceAndDocumentsAreNotJudgedByTheDefaultList() {
    write("site.yaml", read("site.yaml") + "topics: 综合政务\n");
    write("content/tzgg/notice.md", read("content/tzgg/notice.md")
        .replaceFirst("topic: .*\n", "topic: 本站自定分类/通知\n"));
    onlyNew("site.yaml:17:9", "topics", "");
  }
}
