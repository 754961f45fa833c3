package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.model.Text;

/**
 * Collects the cells of one sheet while a reader streams through it, enforcing the row, column and
 * cell-size limits as it goes (so a million-row sheet is refused at row 20,001, not loaded).
 */
final class GridBuilder {

  private final String name;
  private final List<SheetGrid.Row> rows = new ArrayList<>();
  private final List<CellRangeAddress> merged = new ArrayList<>();
  private final Set<Integer> hiddenColumns = new HashSet<>();
  private final Set<Long> uncomputed = new HashSet<>();
  private boolean wider;
  private int rowsSeen;
  private int current = -1;
  private boolean currentHidden;
  private TreeMap<Integer, String> cells = new TreeMap<>();

  GridBuilder(String name) {
    this.name = name;
  }

  /** Starts a row (zero-based); refuses a sheet with more rows than the limit. */
  void startRow(int index, boolean hidden) throws SheetFailure {
    endRow();
    if (++rowsSeen > SheetLimits.MAX_ROWS) {
      throw new SheetFailure("sheet-too-large", Text.of("sheet.too-many-rows",
          SheetLimits.MAX_ROWS), Text.of("sheet.too-many-rows-hint"));
    }
    current = index;
    currentHidden = hidden;
  }

  /** A cell's displayed text in the current row (blank text is no cell). */
  void cell(int column, String displayed) throws SheetFailure {
    if (displayed == null || current < 0) {
      return;
    }
    if (column >= SheetLimits.MAX_COLUMNS) {
      wider |= !displayed.isBlank();
      return;
    }
    if (displayed.length() > SheetLimits.MAX_CELL_CHARS) {
      throw new SheetFailure("sheet-too-large", Text.of("sheet.cell-too-long",
          CellPlace.ref(current, column), SheetLimits.MAX_CELL_CHARS), Text.NONE);
    }
    String text = clean(displayed);
    if (!text.isEmpty()) {
      cells.put(column, text);
    }
  }

  void hiddenColumn(int column) {
    if (column < SheetLimits.MAX_COLUMNS) {
      hiddenColumns.add(column);
    }
  }

  void merged(CellRangeAddress range) throws SheetFailure {
    if (merged.size() >= SheetLimits.MAX_MERGED) {
      throw new SheetFailure("sheet-too-large", Text.of("sheet.too-many-merged",
          SheetLimits.MAX_MERGED), Text.of("sheet.too-many-rows-hint"));
    }
    merged.add(range);
  }

  /** A formula cell whose file holds no computed value. */
  void uncomputed(int row, int column) {
    uncomputed.add(SheetGrid.key(row, column));
  }

  SheetGrid build() {
    endRow();
    return new SheetGrid(name, rows, merged, hiddenColumns, uncomputed, wider);
  }

  private void endRow() {
    if (current >= 0 && !cells.isEmpty()) {
      rows.add(new SheetGrid.Row(current, currentHidden, cells));
    }
    cells = new TreeMap<>();
    current = -1;
  }

  /**
   * A cell's text without the white space around it, with line breaks as {@code \n} (Excel
   * writes {@code \r\n} or {@code _x000D_}).
   */
  static String clean(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').strip();
  }
}
