package org.gongkai.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitRef;

/**
 * Writes the workbooks a web team sends out: one per lead or assisting unit with that unit's tasks
 * (or one with all of them), each with an empty 本期进展 column and a 状态 drop-down, everything
 * else locked (sheet protection without a password: it prevents slips, not intent), and a very
 * hidden sheet naming the series, period and unit for the merge. 上期进展 is what the published
 * page shows: progress withheld in full is not in any workbook, only the note that it is withheld.
 * The same list gives the same bytes (the document properties carry the list's own publication
 * time, and every zip entry one fixed time).
 */
public final class SheetExport {

  /** A workbook to write: its file name, bytes, and for whom. */
  public record Workbook(String fileName, byte[] bytes, String unit, int tasks) {}

  private static final String WHOLE_FILE = "全部任务";

  private final TaskList list;
  private final UnitDirectory units;
  private final boolean listIsPublic;
  private final Lang lang;

  private SheetExport(TaskList list, UnitDirectory units, boolean listIsPublic, Lang lang) {
    this.list = list;
    this.units = units;
    this.listIsPublic = listIsPublic;
    this.lang = lang;
  }

  /**
   * The workbooks for a task list.
   *
   * @param listIsPublic whether the list is published (otherwise 上期进展 stays empty)
   * @param byUnit one workbook per unit
   * @param whole one workbook of every task
   */
  public static List<Workbook> export(
      TaskList list, UnitDirectory units, boolean listIsPublic, boolean byUnit, boolean whole,
      Lang lang, Consumer<Problem> problems) {
    SheetExport export = new SheetExport(list, units, listIsPublic, lang);
    if (!listIsPublic && list.hasProgress()) {
      problems.accept(Problem.note(Location.of(list.source().path()), "sheet-export",
          Text.of("sheet.export-unpublished"), Text.NONE));
    }
    List<Workbook> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    if (whole) {
      out.add(export.workbook(ExportLayout.WHOLE, list.tasks(), unique(WHOLE_FILE, names)));
    }
    if (byUnit) {
      Map<String, List<Task>> byName = export.tasksByUnit();
      List<String> fileNames = new ArrayList<>();
      byName.keySet().forEach(u -> fileNames.add(unique(safeFileName(u), names)));
      List<String> unitNames = List.copyOf(byName.keySet());
      // each workbook is independent (and POI's writing is most of the time): build them in
      // parallel; the list keeps the units' order
      out.addAll(java.util.stream.IntStream.range(0, unitNames.size()).parallel()
          .mapToObj(i -> export.workbook(unitNames.get(i), byName.get(unitNames.get(i)),
              fileNames.get(i)))
          .toList());
    }
    return out;
  }

  /** Each unit's tasks (lead or assisting), by the unit's name in units.yaml, sorted by name. */
  private Map<String, List<Task>> tasksByUnit() {
    Map<String, List<Task>> out = new TreeMap<>();
    for (Task t : list.tasks()) {
      Set<String> seen = new HashSet<>();
      for (UnitRef ref : t.units()) {
        String unit = canonical(units, ref.name());
        if (seen.add(unit)) {
          out.computeIfAbsent(unit, k -> new ArrayList<>()).add(t);
        }
      }
    }
    return out;
  }

  /** A unit's name in units.yaml (an alias gives its unit), or the name as written. */
  static String canonical(UnitDirectory units, String name) {
    return units.find(name).map(Unit::name).orElse(name);
  }

  private Workbook workbook(String unit, List<Task> tasks, String fileName) {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      XSSFSheet sheet = wb.createSheet(ExportLayout.TASKS_SHEET);
      int last = ExportLayout.LABELS.size() - 1;
      String title = list.meta().title() + (unit.equals(ExportLayout.WHOLE) ? ""
          : "（" + unit + "）");
      mergedLine(sheet, 0, title, styles.title, last);
      mergedLine(sheet, 1, Messages.get(lang, "sheet.export-instructions"), styles.note, last);
      XSSFRow header = sheet.createRow(2);
      for (int c = 0; c <= last; c++) {
        header.createCell(c).setCellValue(ExportLayout.LABELS.get(c));
        header.getCell(c).setCellStyle(styles.header);
        sheet.setColumnWidth(c, ExportLayout.WIDTHS[c] * 256 * 2);
      }
      int r = 3;
      for (Task t : tasks) {
        XSSFRow row = sheet.createRow(r++);
        List<String> leads = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (UnitRef ref : t.units()) {
          (ref.lead() ? leads : others).add(ref.name());
        }
        String[] values = new String[last + 1];
        values[ExportLayout.SEQ] = String.valueOf(t.seq());
        values[ExportLayout.ID] = t.id();
        values[ExportLayout.GROUP] = t.group();
        values[ExportLayout.CONTENT] = t.content();
        values[ExportLayout.PREVIOUS] = previous(t);
        values[ExportLayout.STATUS] = t.status() == null ? null : t.status().label();
        values[ExportLayout.LEAD] = String.join("、", leads);
        values[ExportLayout.ASSIST] = String.join("、", others);
        for (int c = 0; c <= last; c++) {
          boolean input = c == ExportLayout.PROGRESS || c == ExportLayout.STATUS;
          row.createCell(c).setCellStyle(input ? styles.input : styles.text);
          if (values[c] != null && !values[c].isEmpty()) {
            if (c == ExportLayout.SEQ) {
              row.getCell(c).setCellValue(t.seq());
            } else {
              row.getCell(c).setCellValue(values[c]);
            }
          }
        }
      }
      if (!tasks.isEmpty()) {
        statusList(sheet, 3, r - 1);
      }
      sheet.createFreezePane(0, 3);
      sheet.setRepeatingRows(CellRangeAddress.valueOf("3:3"));
      sheet.getPrintSetup().setLandscape(true);
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.enableLocking();
      sheet.lockSelectLockedCells(false);
      sheet.lockSelectUnlockedCells(false);
      sheet.lockFormatColumns(false);
      sheet.lockFormatRows(false);
      metadata(wb, unit);
      wb.setActiveSheet(0);
      wb.lockStructure();
      properties(wb, title);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      wb.write(bytes);
      return new Workbook(fileName + ".xlsx", FixedZipTimes.apply(bytes.toByteArray()), unit,
          tasks.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** 上期进展 as the published page shows it. */
  private String previous(Task t) {
    if (!listIsPublic) {
      return null;
    }
    if (t.withheld() == null) {
      return t.progress();
    }
    String note = (t.withheld().hidesProgress() ? Text.of("sheet.export-withheld-all",
        t.withheld().reason(), t.withheld().basis()) : Text.of("sheet.export-withheld-part",
        t.withheld().reason(), t.withheld().basis())).in(lang);
    return t.withheld().hidesProgress() || t.progress() == null ? note
        : t.progress() + "\n" + note;
  }

  private static void mergedLine(
      XSSFSheet sheet, int row, String text, XSSFCellStyle style, int lastColumn) {
    XSSFRow r = sheet.createRow(row);
    r.createCell(0).setCellValue(text);
    r.getCell(0).setCellStyle(style);
    sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
  }

  private static void statusList(XSSFSheet sheet, int first, int last) {
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    List<String> labels = new ArrayList<>();
    for (TaskStatus s : TaskStatus.values()) {
      labels.add(s.label());
    }
    DataValidationConstraint constraint =
        helper.createExplicitListConstraint(labels.toArray(new String[0]));
    DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(
        first, last, ExportLayout.STATUS, ExportLayout.STATUS));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.setSuppressDropDownArrow(true);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  private void metadata(XSSFWorkbook wb, String unit) {
    XSSFSheet meta = wb.createSheet(ExportLayout.META_SHEET);
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(ExportLayout.META_FORMAT, "");
    rows.put(ExportLayout.META_SERIES, Optional.ofNullable(list.series()).orElse(""));
    rows.put(ExportLayout.META_PERIOD, Optional.ofNullable(list.period()).orElse(""));
    rows.put(ExportLayout.META_UNIT, unit);
    rows.put(ExportLayout.META_FILE, list.source().path());
    int r = 0;
    for (Map.Entry<String, String> e : rows.entrySet()) {
      XSSFRow row = meta.createRow(r++);
      row.createCell(0).setCellValue(e.getKey());
      if (!e.getValue().isEmpty()) {
        row.createCell(1).setCellValue(e.getValue());
      }
    }
    meta.enableLocking();
    wb.setSheetVisibility(wb.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
  }

  private void properties(XSSFWorkbook wb, String title) {
    POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
    LocalDateTime at = list.meta().published() != null ? list.meta().published().value()
        : LocalDateTime.of(2000, 1, 1, 0, 0);
    Date fixed = Date.from(at.toInstant(ZoneOffset.ofHours(8)));
    core.setCreated(Optional.of(fixed));
    core.setModified(Optional.of(fixed));
    core.setCreator("gongkai");
    core.setLastModifiedByUser("gongkai");
    core.setTitle(title);
  }

  /** A unit's name as a file name every system accepts. */
  static String safeFileName(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().forEach(c -> out.appendCodePoint(
        c < 0x20 || c == 0x7F || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
    String s = out.toString().strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
    if (s.length() > 80) {
      s = s.substring(0, 80);
    }
    if (s.isEmpty() || s.toUpperCase(Locale.ROOT)
        .matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]")) {
      s = "_" + s;
    }
    return s;
  }

  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); i++) {
      candidate = name + "-" + i;
    }
    return candidate;
  }

  /** The cell styles of the workbook. */
  private static final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle note;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle input;

    Styles(XSSFWorkbook wb) {
      XSSFFont bold = wb.createFont();
      bold.setBold(true);
      XSSFFont big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      note = wb.createCellStyle();
      note.setWrapText(true);
      header = cell(wb);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      text = cell(wb);
      input = cell(wb);
      input.setLocked(false);
      input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
      input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFCellStyle cell(XSSFWorkbook wb) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setWrapText(true);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setLocked(true);
      return s;
    }
  }
}
