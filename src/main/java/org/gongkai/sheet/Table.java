package org.gongkai.sheet;

import java.util.List;
import java.util.Map;
import org.gongkai.model.Location;
import org.gongkai.model.UnitRef;

/**
 * A task table read from a sheet: the labels of its recognised columns and its task rows.
 *
 * @param place the file and sheet, for messages
 * @param labels each recognised column's label as printed
 * @param rows the task rows in order (group heading rows are not rows: their text is each
 *     following row's group)
 */
record Table(CellPlace place, Map<TableColumn, String> labels, List<Row> rows) {

  Table {
    labels = Map.copyOf(labels);
    rows = List.copyOf(rows);
  }

  /**
   * One task of the table (a task may span rows whose 序号 cell is merged).
   *
   * @param previous the 上期进展 cell of an exported sheet, or null
   * @param status the 状态 cell as written, or null
   * @param cells where each column's cell of the task is
   */
  record Row(
      int seq, String id, String group, String content, String progress, String previous,
      String status, List<UnitRef> units, Map<TableColumn, Location> cells) {

    Row {
      units = List.copyOf(units);
      cells = Map.copyOf(cells);
    }

    /** The cell of a column (the 序号 cell when the table has no such column). */
    Location at(TableColumn column) {
      return cells.getOrDefault(column, cells.get(TableColumn.SEQ));
    }
  }
}
