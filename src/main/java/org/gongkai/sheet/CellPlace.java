package org.gongkai.sheet;

import org.apache.poi.ss.util.CellReference;
import org.gongkai.model.Location;

/**
 * Where a problem in a spreadsheet is: {@code file!sheet!C12} (a CSV file has no sheet:
 * {@code file.csv!C12}). It travels as the path of a {@link Location} with line and column 0, so
 * every report shows it as written and SARIF and JUnit reports stay valid; see README.
 *
 * @param file the file as the user named it
 * @param sheet the sheet's name, or empty for a CSV file
 */
record CellPlace(String file, String sheet) {

  /** A cell, by zero-based row and column. */
  Location cell(int row, int column) {
    return Location.of(prefix() + "!" + ref(row, column));
  }

  /** The sheet as a whole (or the file, for a CSV file). */
  Location whole() {
    return Location.of(prefix());
  }

  /** {@code C12} for zero-based row 11, column 2. */
  static String ref(int row, int column) {
    return new CellReference(row, column).formatAsString(false);
  }

  /** The column letters of a zero-based column, e.g. {@code C}. */
  static String column(int column) {
    return CellReference.convertNumToColString(column);
  }

  private String prefix() {
    return sheet.isEmpty() ? file : file + "!" + sheet;
  }
}
