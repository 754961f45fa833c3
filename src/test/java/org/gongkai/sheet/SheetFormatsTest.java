package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shapes a returned table comes in: CSV in UTF-8 with or without a byte order mark, in GBK
 * from Excel on Chinese Windows, UTF-16 "Unicode text"; headers over two rows, merged header
 * cells, a repeated header; unusual labels given by hand.
 */
class SheetFormatsTest {

  static final String CSV = """
      序号,工作任务,进展情况,状态,责任单位
      1,生产总值增长6%。,"一季度增长5.1%，
      预计上半年增长6%。",推进中,★发改局、经信局
      2,"研发投入强度提高,到2.85%。",已完成,已完成,★科技局；财政局
      """;

  @TempDir
  Path dir;
  Path site;

  @BeforeEach
  void site() {
    site = SheetSites.sample(dir.resolve("site"));
  }

  private SheetResult importFile(Path file, String columns) {
    return SheetImportTest.sheets(site).importSheet(new Sheets.ImportRequest(file, null,
        columns, null, null, null, "标题", "2023-07-10", "2023-07-12", "综合政务/政务公开", null,
        site.resolve("content/zwgk/zdgz/" + file.getFileName() + ".yaml"), false));
  }

  private TaskList imported(Path file) {
    return SheetSites.list(site, "content/zwgk/zdgz/" + file.getFileName() + ".yaml");
  }

  private void assertCsvTasks(TaskList list) {
    assertEquals(2, list.tasks().size());
    assertEquals("一季度增长5.1%，\n预计上半年增长6%。", list.tasks().get(0).progress());
    assertEquals("研发投入强度提高,到2.85%。", list.tasks().get(1).content());
    assertEquals(TaskStatus.DONE, list.tasks().get(1).status());
    assertEquals(List.of("★科技局", "财政局"),
        SheetSites.marked(list.tasks().get(1).units()));
    assertEquals("工作任务", list.headings().content());
    assertEquals("进展情况", list.headings().progress());
  }

  @Test
  void csvInUtf8WithAndWithoutByteOrderMark() throws Exception {
    Path plain = dir.resolve("plain.csv");
    Files.writeString(plain, CSV, StandardCharsets.UTF_8);
    Path bom = dir.resolve("bom.csv");
    Files.writeString(bom, "\uFEFF" + CSV.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    for (Path file : List.of(plain, bom)) {
      SheetResult result = importFile(file, null);
      assertFalse(result.hasErrors(), result.problems().toString());
      assertEquals(List.of(), result.problems(), "UTF-8 needs no remark");
      assertCsvTasks(imported(file));
    }
  }

  @Test
  void gbkCsvFromExcelIsConvertedWithANote() throws Exception {
    Path gbk = dir.resolve("gbk.csv");
    Files.write(gbk, CSV.replace("\n", "\r\n").getBytes(Charset.forName("GBK")));
    SheetResult result = importFile(gbk, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(gbk + ": note: sheet-encoding: CSV 文件是 GBK（GB18030）编码（中文 Windows 上"
        + " Excel 默认的 CSV），已转换为 UTF-8 读取"),
        result.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertCsvTasks(imported(gbk));
  }

  @Test
  void unicodeTextFromExcelIsTabSeparatedUtf16() throws Exception {
    Path tsv = dir.resolve("unicode.txt");
    String tabs = CSV.replace(",", "\t").replace("研发投入强度提高\t到", "研发投入强度提高,到");
    byte[] body = tabs.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(tsv, bytes);
    SheetResult result = importFile(tsv, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertCsvTasks(imported(tsv));
  }

  @Test
  void aCsvFileNamedXlsxIsReadAsCsvWithAWarning() throws Exception {
    Path renamed = dir.resolve("renamed.xlsx");
    Files.writeString(renamed, CSV, StandardCharsets.UTF_8);
    SheetResult result = importFile(renamed, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(renamed + ": warning: sheet-unreadable: 该文件扩展名是表格，但内容是纯文本"
        + "（CSV），已按 CSV 读取"), result.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertCsvTasks(imported(renamed));
  }

  @Test
  void aHeaderOverTwoRowsWithMergedLabels() throws Exception {
    Path file = Book.xlsx().sheet("表")
        .row("序号", "主要任务", "责任单位", null, "完成情况")
        .row(null, null, "牵头单位", "配合单位", null)
        .merge("A1:A2").merge("B1:B2").merge("C1:D1").merge("E1:E2")
        .row(1, "生产总值增长6%。", "发改局", "经信局、建设局", "增长5.1%。")
        .row(2, "研发投入强度提高。", "科技局", null, "已完成年度目标。")
        .row("序号", "主要任务", "责任单位", null, "完成情况")
        .row(3, "民生实事。", "财政局", "发改局", "推进中。")
        .write(dir.resolve("two-rows.xlsx"));
    SheetResult result = importFile(file, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(file + "!表!A5: warning: sheet-header: 第 5 行重复了表头，已跳过"),
        result.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    TaskList list = imported(file);
    assertEquals(List.of("★发改局", "经信局",
        "建设局"), SheetSites.marked(list.tasks().get(0).units()));
    assertEquals(List.of("★科技局"), SheetSites.marked(list.tasks().get(1).units()));
    assertEquals(3, list.tasks().get(2).seq());
    assertEquals("完成情况", list.headings().progress());
    assertEquals("责任单位", list.headings().units(), "two unit columns: the default heading");
  }

  @Test
  void tasksSpanningRowsUnderAMerged序号AreOneTask() throws Exception {
    Path file = Book.xlsx().sheet("表")
        .row("序号", "内容", "进展", "责任单位")
        .row(1, "生产总值增长6%。", "一季度增长5.1%。", "★发改局")
        .row(null, null, "二季度增长6.2%。", "经信局")
        .merge("A2:A3").merge("B2:B3")
        .row(2, "研发投入强度提高。", "已完成。", "★科技局")
        .write(dir.resolve("spanning.xlsx"));
    SheetResult result = importFile(file, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    TaskList list = imported(file);
    assertEquals(2, list.tasks().size());
    assertEquals("一季度增长5.1%。\n二季度增长6.2%。", list.tasks().get(0).progress());
    assertEquals(List.of("★发改局", "经信局"),
        SheetSites.marked(list.tasks().get(0).units()));
  }

  @Test
  void unusualLabelsAreMappedByHandOnTheCommandLineOrInAFile() throws Exception {
    Path file = Book.xlsx().sheet("表")
        .row("No.", "Task", "Remarks", "Dept")
        .row(1, "生产总值增长6%。", "增长5.1%。", "★发改局")
        .row(2, "研发投入强度提高。", "已完成。", "科技局")
        .write(dir.resolve("odd.xlsx"));
    SheetResult unmapped = importFile(file, null);
    assertTrue(unmapped.hasErrors());
    assertEquals("sheet-header", unmapped.problems().get(0).ruleId());
    assertEquals(file.toString(), unmapped.problems().get(0).path().replace("!表", ""));
    assertFalse(Files.exists(site.resolve("content/zwgk/zdgz/odd.xlsx.yaml")));

    SheetResult mapped = importFile(file, "序号=A,内容=B,进展=C,责任单位=D");
    assertFalse(mapped.hasErrors(), mapped.problems().toString());
    TaskList list = imported(file);
    assertEquals("增长5.1%。", list.tasks().get(0).progress());
    assertEquals("Task", list.headings().content(), "the sheet's own labels are kept");
    Files.delete(site.resolve("content/zwgk/zdgz/odd.xlsx.yaml"));

    Path mapping = dir.resolve("columns.yaml");
    Files.writeString(mapping, "序号: A\ncontent: B\nprogress: C\nunits: D\nheaderRow: 1\n");
    SheetResult fromFile = importFile(file, "@" + mapping);
    assertFalse(fromFile.hasErrors(), fromFile.problems().toString());
    assertEquals(list.tasks(), imported(file).tasks());

    SheetResult bad = importFile(file, "序号=A,进度=?");
    assertEquals(List.of("--columns: error: sheet-columns: 无法理解列的指定“进度=?”"),
        bad.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
  }

  @Test
  void anExistingFileIsNeverOverwrittenWithoutForceAndThenAtomically() throws Exception {
    Path file = dir.resolve("plain.csv");
    Files.writeString(file, CSV, StandardCharsets.UTF_8);
    Path out = site.resolve("content/zwgk/zdgz/plain.csv.yaml");
    Files.writeString(out, "keep me\n");
    SheetResult refused = importFile(file, null);
    assertEquals(List.of(out + ": error: sheet-exists: 文件已存在，未覆盖"),
        refused.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertEquals("keep me\n", Files.readString(out));
    SheetResult forced = SheetImportTest.sheets(site).importSheet(new Sheets.ImportRequest(file,
        null, null, null, null, null, "标题", "2023-07-10", "2023-07-12", "综合政务/政务公开", null,
        out, true));
    assertFalse(forced.hasErrors(), forced.problems().toString());
    assertCsvTasks(imported(file));
    try (var left = Files.list(out.getParent())) {
      assertEquals(List.of(), left.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tmp")).toList(), "no temporary file is left behind");
    }
  }

  @Test
  void rowsWithoutSeqStatusesAndTextAreLocatedErrorsAndNothingIsWritten() throws Exception {
    Path file = Book.xlsx().sheet("表")
        .row("序号", "内容", "进展", "状态", "责任单位")
        .row(1, "生产总值增长6%。", "增长5.1%。", "进行中", "★发改局")
        .row(null, "没有序号的任务。", null, null, "科技局")
        .row("三", "序号不是数字。", null, null, "科技局")
        .row(4, null, "只有进展。", null, "科技局")
        .row(4, "重复的序号。", null, null, "科技局")
        .write(dir.resolve("bad-rows.xlsx"));
    SheetResult result = importFile(file, null);
    String at = file + "!表!";
    assertEquals(List.of(
        at + "A3: error: sheet-seq: 第 3 行有内容，但没有序号",
        at + "A4: error: sheet-seq: 序号“三”不是整数",
        at + "B5: error: sheet-content: 第 4 项没有任务内容",
        at + "D2: error: task-status: 状态“进行中”不是 未启动、推进中、已完成、滞后 之一"),
        result.problems().stream().filter(Problem::isError).map(p -> p.headline(Lang.ZH))
            .toList());
    assertFalse(Files.exists(site.resolve("content/zwgk/zdgz/bad-rows.xlsx.yaml")));
    Path statuses = Book.xlsx().sheet("表")
        .row("序号", "内容", "状态", "责任单位")
        .row(1, "生产总值增长6%。", "进行中", "★发改局")
        .row(1, "重复的序号。", null, "科技局")
        .write(dir.resolve("statuses.xlsx"));
    SheetResult second = importFile(statuses, null);
    assertEquals(List.of(
        statuses + "!表!A3: error: sheet-seq: 序号 1 重复（第一次出现在 " + statuses + "!表!A2）",
        statuses + "!表!C2: error: task-status: 状态“进行中”不是 未启动、推进中、已完成、滞后 之一"),
        second.problems().stream().filter(Problem::isError).map(p -> p.headline(Lang.ZH))
            .toList());
  }

  @Test
  void aHiddenColumnIsImportedWithAWarningAtItsLabel() throws Exception {
    Path file = Book.xlsx().sheet("表")
        .row("序号", "内容", "进展", "责任单位")
        .row(1, "生产总值增长6%。", "内部口径：增长5.1%。", "★发改局")
        .hideColumn(2)
        .write(dir.resolve("hidden-column.xlsx"));
    SheetResult result = importFile(file, null);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(file + "!表!C1: warning: sheet-hidden: C 列是隐藏列，已照常导入"),
        result.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertEquals("内部口径：增长5.1%。", imported(file).tasks().get(0).progress());
  }
}
