package org.gongkai.source;

import org.gongkai.model.Lang;
import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MappingReaderTest {

  private final List<Problem> problems = new ArrayList<>();

  private MappingReader read(String yaml) {
    return MappingReader.of(Yaml12.compose(yaml, "doc.yaml", 1, problems::add).orElseThrow(),
        Keys.REPORT, "doc.yaml", 1, problems::add);
  }

  @Test
  void aKeyOneTypoFromAKnownKeyIsAnErrorNamingItAndItsValueIsNotLost() {
    MappingReader r = read("title: 通知\npubished: 2023-11-01\n发文字哈: 诸政办发〔2023〕2号\n");
    assertProblem(problems, "doc.yaml:2:1", Severity.ERROR, "misspelt-key", "`pubished`",
        "did you mean `published`?");
    assertProblem(problems, "doc.yaml:3:1", Severity.ERROR, "misspelt-key", "`发文字哈`",
        "did you mean `发文字号`?");
    assertTrue(r.failed());
    assertEquals("2023-11-01", r.text(Keys.PUBLISHED).orElseThrow());
    assertEquals("诸政办发〔2023〕2号", r.text(Keys.DOC_NUMBER).orElseThrow());
    assertEquals(2, problems.size(), problems::toString);
  }

  @Test
  void aTypoOfAKeyAlsoWrittenCorrectlyLeavesTheCorrectOne() {
    MappingReader r = read("title: 通知\npubished: 2023-11-01\npublished: 2023-11-02\n");
    assertProblem(problems, "doc.yaml:2:1", Severity.ERROR, "misspelt-key", "`pubished`");
    assertEquals("2023-11-02", r.text(Keys.PUBLISHED).orElseThrow());
    assertEquals(1, problems.size(), problems::toString);
  }

  @Test
  void aKeyFartherFromAKnownKeyIsAWarningNamingTheKeyItResembles() {
    MappingReader r = read("title: 通知\npblishd: 2023-11-01\n");
    Problem p = assertProblem(problems, "doc.yaml:2:1", Severity.WARNING, "unknown-key",
        "`pblishd`", "did you mean `published`?");
    assertTrue(p.message().in(Lang.EN).contains("ignored"), p.message().in(Lang.EN));
    assertFalse(r.has(Keys.PUBLISHED));
    assertFalse(r.failed(), "an unknown key is a warning, not an error");
  }

  @Test
  void aKeyNothingResemblesGetsTheGeneralHint() {
    read("title: 通知\ncolour: red\n");
    assertProblem(problems, "doc.yaml:2:1", Severity.WARNING, "unknown-key",
        "docs/content-model.md");
  }

  @Test
  void theEnglishKeyAndItsChineseLabelTogetherAreAnError() {
    MappingReader r = read("title: 通知一\n标题: 通知二\n");
    assertProblem(problems, "doc.yaml:2:1", Severity.ERROR, "duplicate-key", "`title`",
        "`标题`", "not both");
    assertTrue(r.failed());
    assertEquals(Optional.of("通知一"), r.text(Keys.TITLE), "the first one is kept");
  }

  @Test
  void twoChineseLabelsOfOneFieldAreAnErrorToo() {
    read("发布日期: 2023-01-01\n发布时间: 2023-01-02\n");
    assertProblem(problems, "doc.yaml:2:1", Severity.ERROR, "duplicate-key", "`发布日期`",
        "`发布时间`");
  }

  @Test
  void theSameKeyTwiceIsAnError() {
    // SnakeYAML's composer keeps both entries; the reader reports the second one
    read("title: a\ntopic: b\ntitle: c\n");
    assertProblem(problems, "doc.yaml:3:1", Severity.ERROR, "duplicate-key", "appears twice",
        "line 1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "no", "on", "off", "True", "\"true\"", "1"})
  void onlyTheWordsTrueAndFalseAreBooleans(String written) {
    MappingReader r = read("draft: " + written + "\n");
    assertEquals(Optional.empty(), r.bool(Keys.DRAFT));
    assertProblem(problems, "doc.yaml:1:8", Severity.ERROR, "boolean",
        "must be true or false", "write `draft: true` or `draft: false`");
  }

  @Test
  void draftYesSaysWhyYesIsNotABoolean() {
    read("draft: yes\n").bool(Keys.DRAFT);
    assertProblem(problems, "doc.yaml:1:8", Severity.ERROR, "boolean", "found `yes`",
        "YAML 1.2");
  }

  @Test
  void draftTrueAndFalseAreRead() {
    assertEquals(Optional.of(true), read("draft: true\n").bool(Keys.DRAFT));
    assertEquals(Optional.of(false), read("草稿: false\n").bool(Keys.DRAFT));
    assertTrue(problems.isEmpty(), problems::toString);
  }

  @Test
  void chineseLabelsAreAcceptedForEveryField() {
    MappingReader r = read("""
        标题: 关于印发重点工作责任清单的通知
        索引号: 001008006002001/2023-141193
        文号: 诸政办发〔2023〕2号
        主题分类: 综合政务/其他
        发布机构: 市政府办公室
        成文日期: 2023-02-09
        发布时间: 2023-02-09 16:47
        信息来源: 市政府办公室
        关键词: 重点工作、责任清单
        """);
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(Optional.of("关于印发重点工作责任清单的通知"), r.text(Keys.TITLE));
    assertEquals(Optional.of("001008006002001/2023-141193"), r.text(Keys.INDEX));
    assertEquals(Optional.of("诸政办发〔2023〕2号"), r.text(Keys.DOC_NUMBER));
    assertEquals(Optional.of(LocalDate.of(2023, 2, 9)), r.date(Keys.WRITTEN, true));
    assertEquals("2023-02-09 16:47", r.dateTime(Keys.PUBLISHED, true).orElseThrow().toString());
    assertEquals(List.of("重点工作", "责任清单"), r.textList(Keys.KEYWORDS));
    assertEquals("doc.yaml:6:1", r.locations().get("written").toString());
  }

  @Test
  void aMissingRequiredKeyIsAnErrorAtTheMapping() {
    MappingReader r = read("topic: 综合政务/其他\n");
    assertEquals(Optional.empty(), r.requiredText(Keys.TITLE));
    assertProblem(problems, "doc.yaml:1:1", Severity.ERROR, "missing-field", "missing title (标题)",
        "`title: …`", "`标题: …`");
  }

  @Test
  void anEmptyRequiredValueIsAnError() {
    read("title: \"  \"\n").requiredText(Keys.TITLE);
    assertProblem(problems, "doc.yaml:1:8", Severity.ERROR, "missing-field", "is empty");
  }

  @Test
  void aBadDateIsLocatedAtTheValue() {
    MappingReader r = read("title: a\nwritten: 2023-13-45\npublished: 2023/11/01\n");
    assertEquals(Optional.empty(), r.date(Keys.WRITTEN, true));
    assertEquals(Optional.empty(), r.dateTime(Keys.PUBLISHED, true));
    assertProblem(problems, "doc.yaml:2:10", Severity.ERROR, "date-format", "2023-13-45",
        "not a real date");
    assertProblem(problems, "doc.yaml:3:12", Severity.ERROR, "date-format", "2023/11/01",
        "write `2023-11-01`");
  }

  @Test
  void listsMayBeWrittenAsOneTextWithChineseSeparators() {
    MappingReader r = read("keywords: 重点工作、责任清单，任务;进展\n");
    assertEquals(List.of("重点工作", "责任清单", "任务", "进展"), r.textList(Keys.KEYWORDS));
    MappingReader flow = read("keywords: [重点工作, 责任清单]\n");
    assertEquals(List.of("重点工作", "责任清单"), flow.textList(Keys.KEYWORDS));
  }

  @Test
  void textWhereAListBelongsIsAWrongType() {
    read("title: [a, b]\n").text(Keys.TITLE);
    assertProblem(problems, "doc.yaml:1:8", Severity.ERROR, "wrong-type", "must be text");
  }

  @Test
  void aDocumentThatIsNotAMappingIsAnError() {
    MappingReader.of(Yaml12.compose("- a\n- b\n", "doc.yaml", 1, problems::add).orElseThrow(),
        Keys.REPORT, "doc.yaml", 1, problems::add);
    assertProblem(problems, "doc.yaml:1:1", Severity.ERROR, "yaml-structure", "a list");
  }

  @Test
  void aValidMappingHasNoProblems() {
    MappingReader r = read("title: a\nwritten: 2023-01-01\npublished: 2023-01-02 09:30\n"
        + "topic: 综合政务/其他\ndraft: false\n");
    r.requiredText(Keys.TITLE);
    r.date(Keys.WRITTEN, true);
    r.dateTime(Keys.PUBLISHED, true);
    r.bool(Keys.DRAFT);
    assertNoErrors(problems);
    assertTrue(problems.isEmpty(), problems::toString);
  }
}
