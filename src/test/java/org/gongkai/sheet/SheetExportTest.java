package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Lang;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai export SERIES --by-unit}: a locked workbook per unit, the same bytes each time. */
class SheetExportTest {

  static final String SERIES = "2023-pinghu-key-tasks";
  static final String LATEST = "content/zwgk/zdgz/2023-pinghu-zdgz-1-6.yaml";

  @TempDir
  Path dir;
  Path site;

  @BeforeEach
  void site() {
    site = SheetSites.sample(dir.resolve("site"));
  }

  static SheetResult export(Path site, String list, boolean byUnit, boolean whole, Path out) {
    return SheetImportTest.sheets(site).export(new Sheets.ExportRequest(list, byUnit, whole, out,
        false));
  }

  static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void oneWorkbookPerUnitWithItsTasksLockedButProgressAndStatus() throws Exception {
    Path out = dir.resolve("out");
    SheetResult result = export(site, SERIES, true, false, out);
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(), result.problems());
    TaskList latest = SheetSites.list(site, LATEST);
    List<Integer> fagai = latest.tasks().stream()
        .filter(t -> t.units().stream().anyMatch(u -> u.name().equals("发改局")))
        .map(Task::seq).toList();
    assertTrue(fagai.size() > 5);
    Path file = out.resolve("发改局.xlsx");
    assertTrue(result.written().contains(file.toString()), result.written().toString());
    try (XSSFWorkbook wb = open(file)) {
      XSSFSheet sheet = wb.getSheet("任务");
      assertEquals("平湖市2023年政府工作报告重点工作任务1-6月完成情况（发改局）",
          sheet.getRow(0).getCell(0).getStringCellValue());
      Row header = sheet.getRow(2);
      List<String> labels = new ArrayList<>();
      header.forEach(c -> labels.add(c.getStringCellValue()));
      assertEquals(List.of("序号", "编号", "分块", "主要任务", "上期进展", "本期进展", "状态", "牵头单位",
          "配合单位"), labels);
      List<Integer> seqs = new ArrayList<>();
      for (int r = 3; r <= sheet.getLastRowNum(); r++) {
        seqs.add((int) sheet.getRow(r).getCell(0).getNumericCellValue());
      }
      assertEquals(fagai, seqs);
      Row first = sheet.getRow(3);
      Task task1 = latest.tasks().get(0);
      assertEquals(task1.content(), first.getCell(3).getStringCellValue());
      assertEquals(task1.progress(), first.getCell(4).getStringCellValue());
      assertEquals("", first.getCell(5).getStringCellValue(), "本期进展 starts empty");
      assertEquals("发改局", first.getCell(7).getStringCellValue());
      assertEquals("经信局、建设局、农业农村局", first.getCell(8).getStringCellValue());
      assertTrue(sheet.getProtect(), "the sheet is protected");
      assertTrue(sheet.getCTWorksheet().getSheetProtection().getPassword() == null,
          "without a password");
      for (int c = 0; c < 9; c++) {
        boolean open = c == 5 || c == 6;
        assertEquals(!open, first.getCell(c).getCellStyle().getLocked(), "column " + c);
      }
      List<? extends DataValidation> validations = sheet.getDataValidations();
      assertEquals(1, validations.size());
      assertEquals(List.of("未启动", "推进中", "已完成", "滞后"),
          List.of(validations.get(0).getValidationConstraint().getExplicitListValues()));
      assertEquals("G4:G" + (3 + fagai.size()),
          validations.get(0).getRegions().getCellRangeAddress(0).formatAsString());
      int meta = wb.getSheetIndex("gongkai");
      assertEquals(SheetVisibility.VERY_HIDDEN, wb.getSheetVisibility(meta));
      assertEquals(SERIES, wb.getSheetAt(meta).getRow(1).getCell(1).getStringCellValue());
      assertEquals("1-6月", wb.getSheetAt(meta).getRow(2).getCell(1).getStringCellValue());
      assertEquals("发改局", wb.getSheetAt(meta).getRow(3).getCell(1).getStringCellValue());
      assertTrue(wb.isStructureLocked());
    }
    // every unit a task names gets a workbook, named safely
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(result.written().size(), files.count());
    }
    assertTrue(Files.exists(out.resolve("发改局(服务业发展局).xlsx")));
    // built in parallel, the same bytes every time
    Path again = dir.resolve("again");
    assertFalse(export(site, SERIES, true, false, again).hasErrors());
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(
            f.getFileName())), f.getFileName().toString());
      }
    }
  }

  @Test
  void theSameListGivesTheSameBytesWhateverTheClock() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertFalse(export(site, SERIES, false, true, a).hasErrors());
    Path whole = a.resolve("全部任务.xlsx");
    // POI stamps zip entries and docProps/core.xml with the clock; gongkai fixes both
    for (ZipEntry e : entries(whole)) {
      assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
    }
    String core = new String(entry(whole, "docProps/core.xml"), StandardCharsets.UTF_8);
    assertTrue(core.contains("2023-07-12T01:00:00Z"), "created = the list's 发布日期: " + core);
    assertFalse(export(site, SERIES, false, true, b).hasErrors());
    try (Stream<Path> files = Files.list(a)) {
      for (Path f : files.toList()) {
        assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())),
            f.getFileName().toString());
      }
    }
  }

  @Test
  void withheldProgressIsNotExportedOnlyTheNoteThePageShows() throws Exception {
    Path file = site.resolve(LATEST);
    String yaml = Files.readString(file).replaceFirst(
        "(?s)(    progress: \\|-\\n      一季度,全市\\(管理口径\\)实现 GDP 178.5亿元、增长5.1%;预计上半年GDP增长6%。\\n)",
        "$1    withheld: {scope: all, reason: 内部事务信息, basis: 《中华人民共和国政府信息公开条例》第十六条}\n");
    assertTrue(yaml.contains("withheld:"), "the test did not change the list");
    Files.writeString(file, yaml);
    Path out = dir.resolve("out");
    assertFalse(export(site, SERIES, false, true, out).hasErrors());
    String secret = "178.5亿元";
    try (Stream<Path> files = Files.list(out)) {
      for (Path f : files.toList()) {
        for (ZipEntry e : entries(f)) {
          String xml = new String(entry(f, e.getName()), StandardCharsets.UTF_8);
          assertFalse(xml.contains(secret), f.getFileName() + " " + e.getName());
        }
      }
    }
    try (XSSFWorkbook wb = open(out.resolve("全部任务.xlsx"))) {
      assertEquals("（本项进展情况不予公开。理由：内部事务信息；依据：《中华人民共和国政府信息公开条例》第十六条）",
          wb.getSheet("任务").getRow(3).getCell(4).getStringCellValue());
    }
  }

  @Test
  void existingWorkbooksAreKeptUnlessForced() throws Exception {
    Path out = dir.resolve("out");
    assertFalse(export(site, SERIES, false, true, out).hasErrors());
    Files.writeString(out.resolve("全部任务.xlsx"), "filled in by hand");
    SheetResult again = export(site, SERIES, false, true, out);
    assertEquals(List.of(out.resolve("全部任务.xlsx") + ": error: sheet-exists: 文件已存在，未覆盖"),
        again.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertEquals("filled in by hand", Files.readString(out.resolve("全部任务.xlsx")));
    SheetResult forced = SheetImportTest.sheets(site).export(new Sheets.ExportRequest(SERIES,
        false, true, out, true));
    assertFalse(forced.hasErrors());
    assertTrue(Files.size(out.resolve("全部任务.xlsx")) > 1000);
  }

  @Test
  void anUnknownSeriesOrFileIsAnError() {
    SheetResult none = export(site, "no-such-series", true, false, dir.resolve("o"));
    assertEquals(List.of("no-such-series: error: sheet-series: 找不到已发布的系列“no-such-series”"),
        none.problems().stream().map(p -> p.headline(Lang.ZH)).toList());
    assertFalse(Files.exists(dir.resolve("o")));
    SheetResult byFile = export(site, site.resolve(
        "content/zwgk/zdgz/2023-pinghu-zdgz-1-3.yaml").toString(), false, true, dir.resolve("p"));
    assertFalse(byFile.hasErrors(), byFile.problems().toString());
    assertTrue(Files.exists(dir.resolve("p/全部任务.xlsx")));
  }

  static List<ZipEntry> entries(Path zip) throws Exception {
    List<ZipEntry> out = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.add(e);
      }
    }
    return out;
  }

  static byte[] entry(Path zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          in.transferTo(out);
          return out.toByteArray();
        }
      }
    }
    throw new AssertionError("no " + name + " in " + zip);
  }
}
