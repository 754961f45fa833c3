package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gongkai.model.Text;

/** Prints rows as aligned columns, counting CJK characters as two columns wide. */
final class Table {

  private Table() {}

  static void print(List<String[]> rows, PrintWriter out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - width(row[i]) + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  static int width(String text) {
    return Text.displayWidth(text);
  }
}
