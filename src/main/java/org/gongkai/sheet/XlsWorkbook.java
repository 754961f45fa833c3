package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;

/**
 * An old binary {@code .xls} workbook (BIFF8, Excel 97–2003). It is read whole, which the file
 * size limit bounds (and the format itself holds at most 65,536 rows a sheet). Formulas give their
 * cached values; nothing is evaluated.
 */
final class XlsWorkbook implements WorkbookFile {

  private final HSSFWorkbook workbook;
  private final DisplayedValues formatter = new DisplayedValues();

  private XlsWorkbook(HSSFWorkbook workbook) {
    this.workbook = workbook;
  }

  /** Reads the workbook of an OLE2 file that holds one. */
  static XlsWorkbook open(POIFSFileSystem fs) throws SheetFailure {
    SheetLimits.applyToPoi();
    try {
      return new XlsWorkbook(new HSSFWorkbook(fs.getRoot(), false));
    } catch (Exception | LinkageError e) {
      throw Workbooks.failure(e);
    }
  }

  @Override
  public List<Sheet> sheets() {
    List<Sheet> out = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      out.add(new Sheet(workbook.getSheetName(i),
          workbook.getSheetVisibility(i) != SheetVisibility.VISIBLE, String.valueOf(i)));
    }
    return out;
  }

  @Override
  public SheetGrid read(Sheet ref) throws SheetFailure {
    org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(Integer.parseInt(ref.ref()));
    GridBuilder grid = new GridBuilder(ref.name());
    try {
      for (int c = 0; c < SheetLimits.MAX_COLUMNS; c++) {
        if (sheet.isColumnHidden(c)) {
          grid.hiddenColumn(c);
        }
      }
      for (org.apache.poi.ss.util.CellRangeAddress range : sheet.getMergedRegions()) {
        grid.merged(range);
      }
      for (Row row : sheet) {
        grid.startRow(row.getRowNum(), row.getZeroHeight());
        for (Cell cell : row) {
          grid.cell(cell.getColumnIndex(), displayed(cell));
        }
      }
    } catch (SheetFailure f) {
      throw f;
    } catch (RuntimeException | LinkageError e) {
      throw Workbooks.failure(e);
    }
    return grid.build();
  }

  /** The text the cell shows; a formula shows its cached result. */
  private String displayed(Cell cell) {
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    CellStyle style = cell.getCellStyle();
    return switch (type) {
      case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
          style.getDataFormat(), style.getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> null;
    };
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (java.io.IOException e) {
      // read-only: nothing was to be written
    }
  }
}
