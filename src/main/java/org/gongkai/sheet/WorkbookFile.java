package org.gongkai.sheet;

import java.util.List;

/** An opened spreadsheet file: its sheets, each read on demand into a {@link SheetGrid}. */
interface WorkbookFile extends AutoCloseable {

  /**
   * A sheet of the workbook.
   *
   * @param name as shown on its tab (empty for a CSV file)
   * @param hidden hidden or very hidden
   * @param ref how the reader finds it again
   */
  record Sheet(String name, boolean hidden, String ref) {}

  List<Sheet> sheets();

  SheetGrid read(Sheet sheet) throws SheetFailure;

  @Override
  void close();
}
