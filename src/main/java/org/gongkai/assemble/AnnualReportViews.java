package org.gongkai.assemble;

import java.util.List;

/**
 * What the templates of an annual report see ({@code annual-report.ftlh}, {@code
 * annual-report.json.ftl}, {@code annual-report.csv.ftl}): the document's usual view, its sections
 * with their tables laid out cell by cell as the national format prints them, and the same figures
 * as data.
 */
public final class AnnualReportViews {

  private AnnualReportViews() {}

  /**
   * An annual report's page and data.
   *
   * @param document the metadata block, dates, attachments and the text before the first section
   *     ({@code bodyHtml})
   * @param kind 部门 or 本级政府
   * @param kindKey {@code department} or {@code government}
   * @param sections the six sections in the format's order
   * @param tables the figures of tables 2 to 4, for the data files
   */
  public record AnnualReportView(
      Views.DocumentView document, int year, String organ, String kind, String kindKey,
      List<SectionView> sections, Views.DataLinks data, List<TableData> tables) {

    public AnnualReportView {
      sections = List.copyOf(sections);
      tables = List.copyOf(tables);
    }
  }

  /**
   * One of the six sections: its title as the format prints it, its text, and its table (the
   * second to fourth sections) or null.
   *
   * @param id the heading's id, for links to the section
   */
  public record SectionView(String id, String title, String html, Grid grid) {}

  /**
   * A table as cells, with the merged cells of the printed format. Every data cell names all its
   * header cells in {@code headers} (row headers and column headers, outer first), so that a
   * screen reader announces the row and the column of each figure.
   *
   * @param id unique on the page; the ids of its cells start with it
   * @param caption the table's caption
   * @param columns how many columns the table has
   */
  public record Grid(String id, String caption, int columns, List<GridRow> head,
      List<GridRow> body) {

    public Grid {
      head = List.copyOf(head);
      body = List.copyOf(body);
    }
  }

  /** A row of a grid. */
  public record GridRow(List<GridCell> cells) {

    public GridRow {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A cell: a header ({@code th}) or a figure ({@code td}).
   *
   * @param id the header's id, or empty
   * @param scope {@code row} or {@code col} for a header, or empty
   * @param headers the ids of the headers of a figure, separated by spaces, or empty
   * @param css the cell's classes
   */
  public record GridCell(boolean header, String text, int rowspan, int colspan, String id,
      String scope, String headers, String css) {}

  /**
   * A table's figures as data.
   *
   * @param key {@code active}, {@code applications} or {@code appeals}, as in the source
   * @param number 2, 3 or 4
   * @param title the title of the section the table belongs to, e.g. 三、收到和处理政府信息公开申请情况
   */
  public record TableData(String key, int number, String title, List<RowData> rows) {

    public TableData {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A row of a table's data.
   *
   * @param groups the labels of the groups the row is in, outer first
   * @param path the groups and the label, joined with " > "
   */
  public record RowData(String key, String label, List<String> groups, String path,
      List<FigureData> figures) {

    public RowData {
      groups = List.copyOf(groups);
      figures = List.copyOf(figures);
    }
  }

  /**
   * One figure.
   *
   * @param group the label of the column's group (法人或其他组织, 未经复议直接起诉 …), or empty
   * @param path the column's group and label, joined with " > "
   * @param value the figure as a plain decimal number (no leading zeros), or empty when the cell
   *     holds no valid figure (the build reports it and writes nothing)
   * @param unit 件 for counts, 万元 for the fee
   */
  public record FigureData(String key, String label, String group, String path, String value,
      String unit) {}
}
