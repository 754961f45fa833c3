package org.gongkai.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks the tests build with POI, as Excel or WPS would save them: text, numbers with a
 * display format (percentages, decimals), dates, formulas with a saved result, merged ranges,
 * hidden rows and columns.
 */
final class Book {

  /** A number shown with a format, e.g. {@code new Shown(0.06, "0%")}. */
  record Shown(double value, String format) {}

  /** A date shown with a format, e.g. {@code yyyy"年"m"月"d"日"}. */
  record DateCell(LocalDate date, String format) {}

  /** A formula with the result Excel saved with it (null: none saved). */
  record Formula(String formula, Object cached) {}

  private final Workbook workbook;
  private Sheet sheet;
  private int next;

  private Book(Workbook workbook) {
    this.workbook = workbook;
  }

  static Book xlsx() {
    return new Book(new XSSFWorkbook());
  }

  static Book xls() {
    return new Book(new HSSFWorkbook());
  }

  Book sheet(String name) {
    sheet = workbook.createSheet(name);
    next = 0;
    return this;
  }

  Book hiddenSheet(String name) {
    sheet(name);
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    return this;
  }

  /** The next row: Strings, Numbers, {@link Shown}, {@link DateCell}, {@link Formula} or null. */
  Book row(Object... values) {
    Row row = sheet.createRow(next++);
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v == null) {
        continue;
      }
      Cell cell = row.createCell(c);
      set(cell, v);
    }
    return this;
  }

  /** Skips a row (an empty row in the sheet). */
  Book emptyRow() {
    next++;
    return this;
  }

  Book merge(String range) {
    sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    return this;
  }

  /** Hides a row by its one-based number. */
  Book hideRow(int number) {
    sheet.getRow(number - 1).setZeroHeight(true);
    return this;
  }

  Book hideColumn(int index) {
    sheet.setColumnHidden(index, true);
    return this;
  }

  private void set(Cell cell, Object v) {
    if (v instanceof String s) {
      cell.setCellValue(s);
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof Shown s) {
      cell.setCellValue(s.value());
      cell.setCellStyle(style(s.format()));
    } else if (v instanceof DateCell d) {
      cell.setCellValue(d.date());
      cell.setCellStyle(style(d.format()));
    } else if (v instanceof Formula f) {
      cell.setCellFormula(f.formula());
      if (f.cached() instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (f.cached() instanceof String s) {
        cell.setCellValue(s);
      } else if (f.cached() instanceof Shown s) {
        cell.setCellValue(s.value());
        cell.setCellStyle(style(s.format()));
      }
    } else {
      throw new IllegalArgumentException(String.valueOf(v));
    }
  }

  private CellStyle style(String format) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(format));
    return style;
  }

  Path write(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Rows of text cells, for tables given as lists. */
  static Object[] cells(List<String> values) {
    return new ArrayList<>(values).toArray();
  }
}
