package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.UnitRef;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month's round trip: the sample's key-task list exported by unit, the workbooks filled in
 * by the departments, merged into the next period: the new period has exactly the progress they
 * wrote, what assisting units wrote stays in comments that reach no page, and every kind of
 * returned mistake is reported at its cell.
 */
class SheetMergeTest {

  static final String SERIES = SheetExportTest.SERIES;
  static final String OUT = "content/zwgk/zdgz/2023-pinghu-zdgz-1-9.yaml";
  /** A unit that sends nothing back. */
  static final String SILENT = "统计局";

  @TempDir
  static Path exported;
  @TempDir
  Path dir;
  Path site;
  TaskList latest;
  UnitDirectory units;

  @BeforeAll
  static void exportOnce() {
    Path site = SheetSites.sample(exported.resolve("site"));
    SheetResult sent = SheetExportTest.export(site, SERIES, true, false, exported.resolve("sent"));
    assertFalse(sent.hasErrors(), sent.problems().toString());
  }

  @BeforeEach
  void site() {
    site = SheetSites.sample(dir.resolve("site"));
    latest = SheetSites.list(site, SheetExportTest.LATEST);
    units = new UnitDirectory(SheetSites.read(site).units());
  }

  private Path sent(String unit) {
    return exported.resolve("sent").resolve(unit + ".xlsx");
  }

  private SheetResult merge(List<Path> inputs, Path out) {
    return SheetImportTest.sheets(site).merge(new Sheets.MergeRequest(inputs, SERIES, "1-9月",
        null, "2023-10-10", "2026-11-23 09:00", out, false));
  }

  private String canonical(String name) {
    return SheetExport.canonical(units, name);
  }

  /** The unit that writes a task's progress: its first lead, or its first unit if none leads. */
  private String writer(Task t) {
    return canonical(t.units().stream().filter(UnitRef::lead).findFirst()
        .orElse(t.units().get(0)).name());
  }

  private static String progressOf(String unit, Task t) {
    return unit + "：第" + t.seq() + "项1-9月进展。\n第二行。";
  }

  @Test
  void theFilledProgressBecomesTheNextPeriodAndAssistingTextStaysInComments() throws Exception {
    Set<String> all = new LinkedHashSet<>();
    latest.tasks().forEach(t -> t.units().forEach(u -> all.add(canonical(u.name()))));
    assertTrue(all.contains(SILENT));
    Path returned = dir.resolve("returned");
    Map<Integer, String> expected = new TreeMap<>();
    Map<Integer, TaskStatus> expectedStatus = new TreeMap<>();
    for (String unit : all) {
      Map<Integer, Map<Integer, String>> edits = new HashMap<>();
      for (Task t : latest.tasks()) {
        boolean named = t.units().stream().anyMatch(u -> canonical(u.name()).equals(unit));
        if (!named) {
          continue;
        }
        if (writer(t).equals(unit)) {
          TaskStatus status = t.seq() % 2 == 0 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
          edits.put(t.seq(), Returned.progress(progressOf(unit, t), status.label()));
          if (!unit.equals(SILENT)) {
            expected.put(t.seq(), progressOf(unit, t));
            expectedStatus.put(t.seq(), status);
          }
        } else if (t.units().stream().anyMatch(UnitRef::lead)
            && t.units().stream().noneMatch(u -> u.lead() && canonical(u.name()).equals(unit))) {
          edits.put(t.seq(), Returned.progress("配合：" + unit + "协助第" + t.seq() + "项", null));
        }
      }
      if (!unit.equals(SILENT)) {
        // departments rename files; the hidden metadata sheet still says whose they are
        String name = unit.equals("经信局") ? "经信局-已填写 (1).xlsx" : unit + ".xlsx";
        Returned.fill(sent(unit), edits, returned.resolve(name));
      }
    }
    // the same sheets merged twice give the same bytes (the first time outside content/, so
    // that the site does not have the new period when the second merge runs)
    Path outside = dir.resolve("first.yaml");
    assertFalse(merge(List.of(returned), outside).hasErrors());
    Path out = site.resolve(OUT);
    SheetResult result = merge(List.of(returned), out);
    assertEquals(Files.readString(outside), Files.readString(out));
    assertFalse(result.hasErrors(), result.problems().stream().filter(Problem::isError)
        .map(Problem::format).toList().toString());
    TaskList merged = SheetSites.list(site, OUT);
    Map<Integer, String> got = new TreeMap<>();
    Map<Integer, TaskStatus> gotStatus = new TreeMap<>();
    for (Task t : merged.tasks()) {
      if (t.progress() != null) {
        got.put(t.seq(), t.progress());
      }
      if (t.status() != null) {
        gotStatus.put(t.seq(), t.status());
      }
    }
    assertEquals(expected, got, "exactly the progress the lead units wrote");
    assertEquals(expectedStatus, gotStatus);
    assertEquals("1-9月", merged.period());
    assertEquals("平湖市2023年政府工作报告重点工作任务1-9月完成情况", merged.meta().title());
    assertEquals(latest.tasks().stream().map(Task::content).toList(),
        merged.tasks().stream().map(Task::content).toList());
    assertEquals(latest.tasks().stream().map(t -> SheetSites.marked(t.units())).toList(),
        merged.tasks().stream().map(t -> SheetSites.marked(t.units())).toList());
    assertEquals(latest.headings(), merged.headings());
    assertEquals(null, merged.meta().index(), "a new document gets its own index number");

    List<Integer> silentTasks = latest.tasks().stream()
        .filter(t -> writer(t).equals(SILENT)).map(Task::seq).toList();
    assertFalse(silentTasks.isEmpty());
    List<String> notReturned = result.problems().stream()
        .filter(p -> p.ruleId().equals("sheet-not-returned")).map(p -> p.message().in(Lang.ZH))
        .toList();
    assertEquals(silentTasks.stream().map(s -> "第 " + s + " 项没有收到牵头单位 " + SILENT + " 的进展")
        .toList(), notReturned);
    assertTrue(result.problems().stream().anyMatch(p -> p.ruleId().equals("sheet-not-returned")
        && p.path().equals(SheetExportTest.LATEST) && p.line() > 0), "located in the list");

    String yaml = Files.readString(out, StandardCharsets.UTF_8);
    assertTrue(yaml.contains("    # 配合单位 "), yaml.substring(0, 2000));
    assertTrue(yaml.contains("    # 未收到牵头单位 " + SILENT + " 的进展，本期进展待补"));

    // the site builds with the new period, and no comment reaches any output file
    Path output = dir.resolve("output");
    SheetBuilds.assertBuilds(site, output);
    try (Stream<Path> files = Files.walk(output)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertFalse(text.contains("配合："), "an assisting unit's text reached " + f);
        assertFalse(text.contains("本期进展待补"), "a review comment reached " + f);
      }
    }
    String page = TestSites.read(output.resolve("zwgk/zdgz/2026/2023-pinghu-zdgz-1-9.html"));
    Task first = latest.tasks().get(0);
    assertTrue(page.contains(progressOf(writer(first), first).split("\n")[0]), "the new"
        + " period's page shows the merged progress");
  }

  @Test
  void returnedMistakesAreLocatedAtTheirCellsAndNothingIsWritten() throws Exception {
    Task first = latest.tasks().get(0);
    String lead = writer(first);
    Path returned = dir.resolve("returned");
    Returned.fill(sent(lead), Map.of(first.seq(), Returned.progress("甲说法。", "推进中")),
        returned.resolve(lead + ".xlsx"));
    Returned.fill(sent(lead), Map.of(first.seq(), Returned.progress("乙说法。", "推进中")),
        returned.resolve(lead + "-补充.xlsx"));
    Map<Integer, Map<Integer, String>> changed = new HashMap<>();
    Task other = latest.tasks().stream().filter(t -> writer(t).equals("财政局")).findFirst()
        .orElseThrow();
    Map<Integer, String> edit = new HashMap<>(Returned.progress("财政局进展。", null));
    edit.put(3, "改过的任务内容。");
    changed.put(other.seq(), edit);
    Returned.fill(sent("财政局"), changed, returned.resolve("财政局.xlsx"));
    Path stranger = Book.xlsx().sheet("Sheet1").row("序号", "主要任务", "本期进展")
        .row(1, first.content(), "不知道是谁写的。").write(returned.resolve("汇总.xlsx"));
    Path unmatched = Book.xlsx().sheet("Sheet1").row("序号", "主要任务", "本期进展")
        .row(999, "部门自己加的任务。", "进展。").write(returned.resolve("科技局.xlsx"));
    Map<String, String> before = TestSites.snapshot(site);

    SheetResult result = merge(List.of(returned), site.resolve(OUT));
    assertTrue(result.hasErrors());
    assertEquals(before, TestSites.snapshot(site), "nothing is written after an error");
    // files are read in name order: 发改局-补充.xlsx first, so 发改局.xlsx is the one that differs
    String second = returned.resolve(lead + ".xlsx") + "!任务!F4";
    List<String> wanted = List.of(
        second + ": error: sheet-disagree: 第 1 项的“本期进展”与 " + returned.resolve(lead
            + "-补充.xlsx") + "!任务!F4 填写的不一致",
        stranger + ": error: sheet-unknown-unit: 无法判断这份表格来自哪个单位：它不是 gongkai export 导出的表格，"
            + "文件名中也没有任务表中的单位名",
        unmatched + "!Sheet1!A2: error: sheet-row-unmatched: 序号 999 在 " + SheetExportTest.LATEST
            + " 中没有对应的任务");
    List<String> errors = result.problems().stream().filter(Problem::isError)
        .map(p -> p.headline(Lang.ZH)).toList();
    assertEquals(wanted.stream().sorted().toList(), errors);
    String changedCell = "财政局.xlsx!任务!D" + rowOf(sent("财政局"), other.seq());
    assertTrue(result.problems().stream().anyMatch(p -> p.ruleId().equals("sheet-task-changed")
        && p.path().endsWith(changedCell)),
        result.problems().toString());
    assertTrue(result.problems().stream().anyMatch(p -> p.ruleId().equals("sheet-unknown-unit")
        && p.severity() == org.gongkai.model.Severity.NOTE
        && p.path().equals(unmatched.toString())), "科技局.xlsx is known by its name");
  }

  @Test
  void aSheetOfAnotherSeriesIsRefused() throws Exception {
    Path zhuji = dir.resolve("zhuji");
    assertFalse(SheetExportTest.export(site, "2023-zhuji-zrqd", false, true, zhuji).hasErrors());
    SheetResult result = merge(List.of(zhuji.resolve("全部任务.xlsx")), site.resolve(OUT));
    assertEquals(List.of(zhuji.resolve("全部任务.xlsx") + "!gongkai!B2: error: sheet-wrong-series: "
        + "这份表格属于系列“2023-zhuji-zrqd”，不是“" + SERIES + "”"),
        result.problems().stream().filter(Problem::isError).map(p -> p.headline(Lang.ZH))
            .toList());
    assertFalse(Files.exists(site.resolve(OUT)));
  }

  /** The one-based row of a task in an exported workbook. */
  private static int rowOf(Path workbook, int seq) throws Exception {
    try (var wb = SheetExportTest.open(workbook)) {
      var sheet = wb.getSheet("任务");
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        if ((int) sheet.getRow(r).getCell(0).getNumericCellValue() == seq) {
          return r + 1;
        }
      }
    }
    throw new AssertionError("no task " + seq);
  }
}
