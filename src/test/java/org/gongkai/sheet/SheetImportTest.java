package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.Gongkai;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.UnitRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import FILE}: a task table from a spreadsheet becomes a task-list file. */
class SheetImportTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @TempDir
  Path dir;

  static Sheets sheets(Path site) {
    return Gongkai.builder().siteDirectory(site).today(TODAY).build().sheets();
  }

  static Sheets.ImportRequest request(Path file, Path out) {
    return new Sheets.ImportRequest(file, null, null, null, null, null, "2023年重点工作完成情况",
        "2023-07-10", "2026-11-23 09:00", "综合政务/政务公开", null, out, false);
  }

  /** A table as a city office keeps it: a title row, group rows, merged cells, formats. */
  static Book realisticTable() {
    return Book.xlsx().sheet("Sheet1")
        .row("2023年重点工作任务完成情况表").merge("A1:F1")
        .row("序号", "主要任务", "完成情况", "状态", "牵头单位", "完成时限")
        .row("一、经济发展").merge("A3:F3")
        .row(1, "生产总值增长6%。", "一季度增长5.1%。\n预计上半年增长6%。", "推进中", "★发改局、经信局",
            "12月")
        .row(2, "研发投入强度提高。", new Book.Shown(0.0285, "0.00%"), "已完成", "★科技局 财政局")
        .row(3, "固定资产投资增长。", new Book.Formula("10+2.5", new Book.Shown(12.5, "0.0")), null,
            "发改局建设局")
        .row(4, "政府债务风险防范。", new Book.DateCell(LocalDate.of(2023, 6, 30), "yyyy/m/d"),
            null, "★财政局")
        .hideRow(7)
        .row("二、民生保障").merge("A8:F8")
        .row(5, "民生实事项目。", new Book.Shown(1234.5, "#,##0.00"), "滞后", "★发改委");
  }

  @Test
  void aRealTableBecomesATaskListWithItsLabelsGroupsFormatsAndUnits() throws Exception {
    Path site = SheetSites.sample(dir.resolve("site"));
    Path file = realisticTable().write(dir.resolve("进展.xlsx"));
    Path out = site.resolve("content/zwgk/zdgz/2023-imported.yaml");
    SheetResult result = sheets(site).importSheet(request(file, out));
    assertFalse(result.hasErrors(), result.problems().toString());
    String yaml = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals("""
        # 由 gongkai import 从 FILE!Sheet1 导入。
        title: 2023年重点工作完成情况
        written: 2023-07-10
        published: 2026-11-23 09:00
        topic: 综合政务/政务公开
        headings: {seq: 序号, content: 主要任务, progress: 完成情况, units: 牵头单位}
        tasks:
          - seq: 1
            group: 一、经济发展
            content: 生产总值增长6%。
            progress: |-
              一季度增长5.1%。
              预计上半年增长6%。
            status: 推进中
            units: [★发改局, 经信局]
          - seq: 2
            group: 一、经济发展
            content: 研发投入强度提高。
            progress: 2.85%
            status: 已完成
            units: [★科技局, 财政局]
          - seq: 3
            group: 一、经济发展
            content: 固定资产投资增长。
            progress: "12.5"
            units: [发改局, 建设局]
          - seq: 4
            group: 一、经济发展
            content: 政府债务风险防范。
            progress: 2023-06-30
            units: [★财政局]
          - seq: 5
            group: 二、民生保障
            content: 民生实事项目。
            progress: 1,234.50
            status: 滞后
            units: [★发改委]
        """, yaml.replace(file.toString(), "FILE"));
    String place = file + "!Sheet1!";
    assertEquals(List.of(
        place + "A7: warning: sheet-hidden: 第 7 行是隐藏行，已照常导入",
        place + "E6: note: sheet-unit-split: “发改局建设局”是几个单位名连在一起，已拆分为：发改局、建设局",
        place + "E9: warning: unit-unknown: 单位“发改委”不在 units.yaml 中",
        place + "F2: note: sheet-column-ignored: 列“完成时限”不是任务表的内容，未导入"),
        result.problems().stream().map(p -> p.headline(org.gongkai.model.Lang.ZH)).toList());
    assertTrue(result.problems().get(2).hint().toString().contains("最接近的已知单位是“发改局”"));
    assertEquals(List.of(out.toString()), result.written());
    assertEquals(5, result.tasks());
    // gongkai's own parser reads it, and the site builds with it
    TaskList list = SheetSites.list(site, "content/zwgk/zdgz/2023-imported.yaml");
    assertEquals(List.of("发改局", "建设局"),
        SheetSites.marked(list.tasks().get(2).units()));
    assertEquals("一季度增长5.1%。\n预计上半年增长6%。", list.tasks().get(0).progress());
    SheetBuilds.assertBuilds(site, dir.resolve("out"));
  }

  @Test
  void theSameSheetGivesTheSameBytesAndAnXlsCopyTheSameTasks() throws Exception {
    Path site = SheetSites.sample(dir.resolve("site"));
    Path file = realisticTable().write(dir.resolve("进展.xlsx"));
    Path first = site.resolve("content/zwgk/zdgz/a.yaml");
    Path second = site.resolve("content/zwgk/zdgz/b.yaml");
    assertFalse(sheets(site).importSheet(request(file, first)).hasErrors());
    assertFalse(sheets(site).importSheet(request(file, second)).hasErrors());
    assertEquals(Files.readString(first), Files.readString(second));
    Path xls = Book.xls().sheet("Sheet1")
        .row("2023年重点工作任务完成情况表").merge("A1:F1")
        .row("序号", "主要任务", "完成情况", "状态", "牵头单位", "完成时限")
        .row("一、经济发展").merge("A3:F3")
        .row(1, "生产总值增长6%。", "一季度增长5.1%。\n预计上半年增长6%。", "推进中", "★发改局、经信局",
            "12月")
        .row(2, "研发投入强度提高。", new Book.Shown(0.0285, "0.00%"), "已完成", "★科技局 财政局")
        .row(3, "固定资产投资增长。", new Book.Formula("10+2.5", new Book.Shown(12.5, "0.0")), null,
            "发改局建设局")
        .row(4, "政府债务风险防范。", new Book.DateCell(LocalDate.of(2023, 6, 30), "yyyy/m/d"),
            null, "★财政局")
        .hideRow(7)
        .row("二、民生保障").merge("A8:F8")
        .row(5, "民生实事项目。", new Book.Shown(1234.5, "#,##0.00"), "滞后", "★发改委")
        .write(dir.resolve("进展.xls"));
    Path third = site.resolve("content/zwgk/zdgz/c.yaml");
    SheetResult fromXls = sheets(site).importSheet(request(xls, third));
    assertFalse(fromXls.hasErrors(), fromXls.problems().toString());
    assertEquals(Files.readString(first).replace(file.toString(), "F"),
        Files.readString(third).replace(xls.toString(), "F"));
  }

  @Test
  void anExportedWorkbookImportsBackToTheSameTasksAndTheSameBytesEachTime() throws Exception {
    Path site = SheetSites.sample(dir.resolve("site"));
    TaskList original = SheetSites.list(site, SheetExportTest.LATEST);
    Path sent = dir.resolve("sent");
    assertFalse(SheetExportTest.export(site, SheetExportTest.SERIES, false, true, sent)
        .hasErrors());
    Path whole = sent.resolve("全部任务.xlsx");
    List<String> yaml = new java.util.ArrayList<>();
    for (String name : List.of("a.yaml", "b.yaml")) {
      Path out = dir.resolve(name);
      SheetResult result = sheets(site).importSheet(new Sheets.ImportRequest(whole, null, null,
          null, SheetExportTest.SERIES, "1-9月", null, "2023-10-10", "2023-10-12", null, null,
          out, false));
      assertFalse(result.hasErrors(), result.problems().toString());
      yaml.add(Files.readString(out, StandardCharsets.UTF_8));
    }
    assertEquals(yaml.get(0), yaml.get(1), "the same sheet in, the same bytes out");
    TaskList back = SheetSites.parse(site, yaml.get(0), "content/zwgk/zdgz/back.yaml");
    assertEquals(original.tasks().size(), back.tasks().size());
    for (int i = 0; i < original.tasks().size(); i++) {
      Task was = original.tasks().get(i);
      Task is = back.tasks().get(i);
      assertEquals(List.of(was.seq(), String.valueOf(was.id()), String.valueOf(was.group()),
          was.content()), List.of(is.seq(), String.valueOf(is.id()), String.valueOf(is.group()),
          is.content()));
      assertEquals(new java.util.HashSet<>(SheetSites.marked(was.units())),
          new java.util.HashSet<>(SheetSites.marked(is.units())),
          "units of task " + was.seq());
      assertEquals(null, is.progress(), "本期进展 was left empty; 上期进展 is not progress");
    }
    assertEquals("平湖市2023年政府工作报告重点工作任务1-9月完成情况", back.meta().title());
  }
}
