package org.gongkai.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What a department does with the workbook it was sent: fills in 本期进展 and 状态, saves. */
final class Returned {

  static final int PROGRESS = 5;
  static final int STATUS = 6;

  private Returned() {}

  /**
   * Fills the rows of the given 序号 and saves the workbook as {@code to}.
   *
   * @param edits by 序号: column index to text
   */
  static Path fill(Path exported, Map<Integer, Map<Integer, String>> edits, Path to) {
    try (InputStream in = Files.newInputStream(exported);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("任务");
      for (Row row : sheet) {
        Cell seq = row.getCell(0);
        if (row.getRowNum() < 3 || seq == null) {
          continue;
        }
        Map<Integer, String> edit = edits.get((int) seq.getNumericCellValue());
        if (edit != null) {
          edit.forEach((column, text) -> {
            Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
            if (text == null) {
              row.removeCell(cell);
            } else {
              cell.setCellValue(text);
            }
          });
        }
      }
      Files.createDirectories(to.toAbsolutePath().getParent());
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Progress (and status) for some tasks. */
  static Map<Integer, String> progress(String text, String status) {
    java.util.HashMap<Integer, String> m = new java.util.HashMap<>();
    m.put(PROGRESS, text);
    m.put(STATUS, status);
    return m;
  }
}
