package org.gongkai.source;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Report;
import org.gongkai.model.Severity;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.UnitRef;
import org.gongkai.model.Withheld;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentParserTest {

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  private Document parse(String relPath, String text) {
    TestSites.write(site, relPath, text);
    String column = relPath.substring("content/".length(), relPath.lastIndexOf('/'));
    return new DocumentParser(site).parse(relPath, column, problems::add).orElseThrow(
        () -> new AssertionError("not parsed: " + problems));
  }

  @Test
  void aReportHasItsMetadataBodyAndBodyLine() {
    Report r = assertInstanceOf(Report.class, parse("content/tzgg/notice.md", """
        ---
        title: 关于印发2023年政府重点工作责任清单的通知
        written: 2023-02-09
        published: 2023-02-09 16:47
        topic: 综合政务/其他
        ---
        各镇乡人民政府：
        """));
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals("关于印发2023年政府重点工作责任清单的通知", r.meta().title());
    assertEquals(LocalDate.of(2023, 2, 9), r.meta().written());
    assertEquals(Disclosure.ACTIVE, r.meta().disclosure());
    assertEquals("各镇乡人民政府：\n", r.body());
    assertEquals(7, r.bodyLine());
    assertEquals("notice", r.source().stem());
    assertEquals("tzgg", r.source().columnPath());
    assertEquals("content/tzgg/notice.md:4:1", r.source().at("published").toString());
  }

  @Test
  void aReportWithWindowsLineEndingsIsRead() {
    Report r = (Report) parse("content/tzgg/crlf.md", "---\r\ntitle: 通知\r\n"
        + "written: 2023-02-09\r\npublished: 2023-02-09\r\ntopic: 综合政务/其他\r\n---\r\n正文\r\n");
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals("通知", r.meta().title());
    assertEquals("综合政务/其他", r.meta().topic());
  }

  @Test
  void aReportWithoutFrontMatterIsAnErrorAtItsStart() {
    TestSites.write(site, "content/tzgg/bare.md", "# 通知\n正文\n");
    assertTrue(new DocumentParser(site).parse("content/tzgg/bare.md", "tzgg", problems::add)
        .isEmpty());
    assertProblem(problems, "content/tzgg/bare.md:1:1", Severity.ERROR, "front-matter", "---");
  }

  @Test
  void anUnclosedFrontMatterIsTheSameError() {
    TestSites.write(site, "content/tzgg/open.md", "---\ntitle: 通知\n正文\n");
    assertTrue(new DocumentParser(site).parse("content/tzgg/open.md", "tzgg", problems::add)
        .isEmpty());
    assertProblem(problems, "content/tzgg/open.md:1:1", Severity.ERROR, "front-matter");
  }

  @Test
  void malformedFrontMatterIsOneYamlErrorAndNotAlsoMissingMetadata() {
    TestSites.write(site, "content/tzgg/bad.md", "---\ntitle: a\nkeywords: [a, b\n---\n正文\n");
    assertTrue(new DocumentParser(site).parse("content/tzgg/bad.md", "tzgg", problems::add)
        .isEmpty());
    assertEquals(1, problems.size(), problems::toString);
    assertEquals("yaml-syntax", problems.get(0).ruleId());
  }

  @Test
  void emptyMetadataIsAnError() {
    for (String[] file : new String[][] {
        {"content/tzgg/empty.md", "---\n---\n正文\n", "content/tzgg/empty.md:2:1"},
        {"content/zdgz/comments.yaml", "# 待填写\n", "content/zdgz/comments.yaml:1:1"},
        {"content/zdgz/blank.yaml", "", "content/zdgz/blank.yaml:1:1"}}) {
      TestSites.write(site, file[0], file[1]);
      String column = file[0].substring(8, file[0].lastIndexOf('/'));
      assertTrue(new DocumentParser(site).parse(file[0], column, problems::add).isEmpty());
      assertProblem(problems, file[2], Severity.ERROR, "missing-field", "no metadata");
    }
    assertEquals(3, problems.size(), problems::toString);
  }

  @Test
  void frontMatterProblemsAreLocatedOnTheFileLine() {
    parse("content/tzgg/late.md", "---\ntitle: 通知\nwritten: 2023-13-45\npublished: 2023/11/01"
        + "\ntopic: 综合政务/其他\n---\n");
    assertProblem(problems, "content/tzgg/late.md:3:10", Severity.ERROR, "date-format");
    assertProblem(problems, "content/tzgg/late.md:4:12", Severity.ERROR, "date-format",
        "write `2023-11-01`");
  }

  @Test
  void unitsWrittenAsOneTextAreSplitOnTheEnumerationCommaAndKeepTheirLeadMarks() {
    TaskList list = assertInstanceOf(TaskList.class, parse("content/zdgz/list.yaml", """
        title: 2023年重点工作
        written: 2023-11-01
        published: 2023-11-01 15:00
        topic: 政务公开
        tasks:
          - seq: 1
            content: 实施营商环境优化提升"一号改革工程"
            units: ★市财政局、市税务局、 ▲市发改委
          - seq: 2
            content: 落实共富改革年度清单
            units: [★市财政局, 市税务局]
        """));
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(List.of("★市财政局@8:13", "市税务局@8:18", "▲市发改委@8:25"),
        shown(list.tasks().get(0).units()), "each name where it starts in the text");
    assertTrue(list.tasks().get(0).units().get(0).lead());
    assertEquals(List.of("★市财政局@11:14", "市税务局@11:20"), shown(list.tasks().get(1).units()),
        "each name where it starts in its item");
  }

  /** Units as {@code mark name @ line:column}. */
  private static List<String> shown(List<UnitRef> units) {
    return units.stream().map(u -> u.mark() + u.name() + "@" + u.location().line() + ":"
        + u.location().column()).toList();
  }

  @Test
  void aTaskListWithWindowsLineEndingsKeepsItsLinesClean() {
    TaskList list = (TaskList) parse("content/zdgz/crlf.yaml", ("title: 清单\nwritten: 2023-11-01\n"
        + "published: 2023-11-01\ntopic: 政务公开\ntasks:\n  - seq: 1\n    content: |\n"
        + "      第一行\n      第二行\n    progress: 已完成\n    units: 市财政局、市税务局\n")
        .replace("\n", "\r\n"));
    assertTrue(problems.isEmpty(), problems::toString);
    Task t = list.tasks().get(0);
    assertEquals("第一行\n第二行", t.content());
    assertEquals("已完成", t.progress());
    assertEquals(List.of("市财政局@11:12", "市税务局@11:17"), shown(t.units()));
  }

  @Test
  void aKeyOneTypoFromAKnownKeyIsAnErrorAndItsValueIsReadAsTheKeyMeant() {
    TaskList list = (TaskList) parse("content/zdgz/typo.yaml", "title: 清单\nwritten: 2023-11-01\n"
        + "published: 2023-11-01\ntopic: 政务公开\ndocNumbr: 诸政办发〔2023〕2号\ntasks:\n"
        + "  - seq: 1\n    contnet: 甲\n    Progress: 乙\n    unitsss: 丙\n");
    assertProblem(problems, "content/zdgz/typo.yaml:5:1", Severity.ERROR, "misspelt-key",
        "`docNumbr`", "did you mean `docNumber`?");
    assertProblem(problems, "content/zdgz/typo.yaml:8:5", Severity.ERROR, "misspelt-key",
        "`contnet`", "a task", "did you mean `content`?");
    assertProblem(problems, "content/zdgz/typo.yaml:9:5", Severity.ERROR, "misspelt-key",
        "`Progress`", "did you mean `progress`?");
    assertProblem(problems, "content/zdgz/typo.yaml:10:5", Severity.WARNING, "unknown-key",
        "`unitsss`", "did you mean `units`?");
    assertEquals(4, problems.size(), problems::toString);
    assertEquals("诸政办发〔2023〕2号", list.meta().docNumber(), "the value is not lost");
    assertEquals("甲", list.tasks().get(0).content());
    assertEquals("乙", list.tasks().get(0).progress());
  }

  @Test
  void aLoneMarkIsNotAUnit() {
    Location at = Location.of("x");
    assertEquals(List.of(new UnitRef("发改局", "▲", at)), DocumentParser.units(List.of(
        new MappingReader.Item("▲ 发改局", at), new MappingReader.Item("★", at),
        new MappingReader.Item(" ", at))));
  }

  @Test
  void aTaskListHasItsTasksHeadingsAndWithheldParts() {
    TaskList list = (TaskList) parse("content/zdgz/list.yaml", """
        标题: 2023年市政府重点工作1-9月进展情况表
        成文日期: 2023-11-01
        发布日期: 2023-11-01 15:00
        主题分类: 政务公开
        系列: 2023-key-tasks
        期间: 1-9月
        表头: {content: 主要工作任务, progress: 完成情况}
        任务:
          - 序号: 4
            分块: 共同富裕
            内容: 落实共富改革年度清单
            进展情况: 召开领导小组会议
            状态: 推进中
            不予公开:
              scope: all
              reason: 内部事务信息
              basis: 《中华人民共和国政府信息公开条例》第十六条
            责任单位: [市发改委]
        """);
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals("2023-key-tasks", list.series());
    assertEquals("1-9月", list.period());
    assertEquals("主要工作任务", list.headings().content());
    assertEquals("完成情况", list.headings().progress());
    assertEquals("序号", list.headings().seq());
    Task t = list.tasks().get(0);
    assertEquals(4, t.seq());
    assertEquals("共同富裕", t.group());
    assertEquals(Withheld.Scope.ALL, t.withheld().scope());
    assertTrue(t.withheld().hidesProgress());
    assertEquals("content/zdgz/list.yaml:9:5", t.location().toString());
  }

  @Test
  void aDuplicateSeqIsAnErrorAtTheSecondOneNamingTheFirst() {
    TaskList list = (TaskList) parse("content/zdgz/dup.yaml", """
        title: 清单
        written: 2023-11-01
        published: 2023-11-01
        topic: 政务公开
        tasks:
          - seq: 1
            content: 甲
          - seq: 1
            content: 乙
        """);
    assertProblem(problems, "content/zdgz/dup.yaml:8:10", Severity.ERROR, "duplicate-seq",
        "序号 1 is used twice", "first at line 6");
    assertEquals(1, list.tasks().size());
  }

  @Test
  void aTaskListWithoutTasksIsAnError() {
    parse("content/zdgz/empty.yaml", "title: 清单\nwritten: 2023-11-01\npublished: 2023-11-01\n"
        + "topic: 政务公开\n");
    assertProblem(problems, "content/zdgz/empty.yaml:1:1", Severity.ERROR, "missing-field",
        "tasks");
  }

  @Test
  void anUnknownDisclosureIsAnErrorAndIsNeverPublished() {
    Document d = parse("content/tzgg/x.md", "---\ntitle: a\nwritten: 2023-01-01\n"
        + "published: 2023-01-01\ntopic: 综合政务/其他\ndisclosure: 公开\n---\n");
    assertProblem(problems, "content/tzgg/x.md:6:13", Severity.ERROR, "disclosure",
        "主动公开, 依申请公开 or 不予公开");
    assertEquals(Disclosure.NOT_DISCLOSED, d.meta().disclosure());
  }

  @Test
  void onRequestDisclosureIsRead() {
    Document d = parse("content/tzgg/x.md", "---\ntitle: a\nwritten: 2023-01-01\n"
        + "published: 2023-01-01\ntopic: 综合政务/其他\n公开方式: 依申请公开\n---\n");
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(Disclosure.ON_REQUEST, d.meta().disclosure());
  }

  @Test
  void anAttachmentMustExistInAFilesFolder() {
    TestSites.write(site, "content/tzgg/files/a.pdf", "%PDF-1.4");
    TestSites.write(site, "content/tzgg/loose.pdf", "%PDF-1.4");
    Document d = parse("content/tzgg/x.md", """
        ---
        title: a
        written: 2023-01-01
        published: 2023-01-01
        topic: 综合政务/其他
        attachments:
          - {file: files/a.pdf, title: 清单}
          - file: files/missing.pdf
          - file: loose.pdf
          - file: ../../../etc/passwd
        ---
        """);
    assertEquals(1, d.meta().attachments().size());
    assertEquals("content/tzgg/files/a.pdf", d.meta().attachments().get(0).path());
    assertEquals(8, d.meta().attachments().get(0).size());
    assertProblem(problems, "content/tzgg/x.md:8:11", Severity.ERROR, "attachment",
        "does not exist");
    assertProblem(problems, "content/tzgg/x.md:9:11", Severity.ERROR, "attachment",
        "not in a files/ folder");
    assertProblem(problems, "content/tzgg/x.md:10:11", Severity.ERROR, "attachment",
        "outside content/");
  }

  @Test
  void aDocumentWithBadFieldsIsStillReturnedForLaterChecks() {
    Document d = parse("content/tzgg/bad.md", "---\n标题: a\ntitle: b\nwritten: 2023-13-45\n"
        + "published: 2023-01-01\ntopic: 综合政务/其他\ndraft: yes\n---\n");
    assertEquals("a", d.meta().title());
    assertNull(d.meta().written());
    assertProblem(problems, "content/tzgg/bad.md:3:1", Severity.ERROR, "duplicate-key");
    assertProblem(problems, "content/tzgg/bad.md:4:10", Severity.ERROR, "date-format");
    assertProblem(problems, "content/tzgg/bad.md:7:8", Severity.ERROR, "boolean");
  }
}
