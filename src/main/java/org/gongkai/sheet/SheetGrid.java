package org.gongkai.sheet;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One sheet as it shows on screen: each cell's displayed text, its merged ranges and what is
 * hidden. Empty cells are absent.
 *
 * @param name the sheet's name (empty for a CSV file)
 * @param rows the rows that have at least one cell, in order
 * @param merged merged ranges (the value is in their top-left cell)
 * @param hiddenColumns zero-based indexes of hidden columns
 * @param uncomputed cells holding a formula with no saved value, as {@code row * 65536 + col}
 * @param widerThanRead whether cells beyond {@link SheetLimits#MAX_COLUMNS} were left out
 */
record SheetGrid(
    String name, List<Row> rows, List<CellRangeAddress> merged, Set<Integer> hiddenColumns,
    Set<Long> uncomputed, boolean widerThanRead) {

  SheetGrid {
    rows = List.copyOf(rows);
    merged = List.copyOf(merged);
    hiddenColumns = Set.copyOf(hiddenColumns);
    uncomputed = Set.copyOf(uncomputed);
  }

  /**
   * A row.
   *
   * @param index zero-based
   * @param cells displayed text by zero-based column, stripped, never empty
   */
  record Row(int index, boolean hidden, SortedMap<Integer, String> cells) {}

  static long key(int row, int column) {
    return (long) row * 65_536 + column;
  }
}
