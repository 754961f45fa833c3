package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;

/**
 * Finds the task table in a sheet and reads its rows:
 *
 * <ul>
 *   <li>the header row is the row among the first {@value SheetLimits#HEADER_SEARCH_ROWS} that
 *       names the most known columns ({@link TableColumn}), at least a content column; a second
 *       header row right below it (sub-labels under a merged label, such as 牵头单位 and 配合单位
 *       under 责任单位) refines it;
 *   <li>a merged cell's value is every cell's of its range, so a 分块 column merged down the rows
 *       of a group gives each row its group; a row whose only content is one cell spanning the
 *       table (or one text in the 序号 or 分块 column) is a group heading for the rows below;
 *   <li>rows whose 序号 cells are merged together are one task;
 *   <li>empty rows are skipped; a row with content but no 序号 is an error; hidden rows and
 *       columns are read, with a warning.
 * </ul>
 */
final class TableReader {

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}[.、]?");
  private static final Pattern ERROR_VALUE = Pattern.compile(
      "#(NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!|CALC!)");
  private static final String DEFAULT_LEAD_MARK = "★";

  private final SheetGrid grid;
  private final CellPlace place;
  private final UnitDirectory units;
  private final Consumer<Problem> problems;
  private final Map<Integer, SheetGrid.Row> byIndex = new HashMap<>();
  /** Per column: merged ranges by their first row. */
  private final Map<Integer, TreeMap<Integer, CellRangeAddress>> mergedByColumn = new HashMap<>();
  /** Whether a row was left out for an error. */
  private boolean failed;

  private TableReader(
      SheetGrid grid, CellPlace place, UnitDirectory units, Consumer<Problem> problems) {
    this.grid = grid;
    this.place = place;
    this.units = units;
    this.problems = problems;
    grid.rows().forEach(r -> byIndex.put(r.index(), r));
    int lastRow = grid.rows().isEmpty() ? 0 : grid.rows().get(grid.rows().size() - 1).index();
    for (CellRangeAddress range : grid.merged()) {
      if (range.getFirstRow() > lastRow || range.getFirstRow() < 0 || range.getFirstColumn() < 0) {
        continue;
      }
      int last = Math.min(range.getLastColumn(), SheetLimits.MAX_COLUMNS - 1);
      for (int c = range.getFirstColumn(); c <= last; c++) {
        mergedByColumn.computeIfAbsent(c, k -> new TreeMap<>()).put(range.getFirstRow(), range);
      }
    }
  }

  /**
   * Reads the task table of a sheet; empty after reporting why there is none.
   *
   * @param mapping columns given by hand, or null to recognise them by their labels
   */
  static Optional<Table> read(
      SheetGrid grid, CellPlace place, UnitDirectory units, ColumnMapping mapping,
      Consumer<Problem> problems) {
    return new TableReader(grid, place, units, problems).read(mapping);
  }

  /** Whether a sheet has a row that looks like the header of a task table. */
  static boolean hasHeader(SheetGrid grid) {
    TableReader reader = new TableReader(grid, new CellPlace("", ""), new UnitDirectory(List.of()),
        p -> { });
    return reader.findHeader().isPresent();
  }

  private Optional<Table> read(ColumnMapping mapping) {
    if (grid.rows().isEmpty()) {
      problems.accept(Problem.error(place.whole(), "sheet-empty", Text.of("sheet.sheet-empty"),
          Text.NONE));
      return Optional.empty();
    }
    Header header;
    if (mapping != null) {
      header = explicitHeader(mapping);
    } else {
      Optional<Header> found = findHeader();
      if (found.isEmpty()) {
        problems.accept(Problem.error(place.whole(), "sheet-header", Text.of("sheet.no-header",
            SheetLimits.HEADER_SEARCH_ROWS), Text.of("sheet.no-header-hint")));
        return Optional.empty();
      }
      header = found.get();
    }
    if (!header.columns.containsKey(TableColumn.SEQ)
        || !header.columns.containsKey(TableColumn.CONTENT)) {
      problems.accept(Problem.error(header.lastRow < 0 ? place.whole()
          : place.cell(header.lastRow, 0), "sheet-header", Text.of(
              header.columns.containsKey(TableColumn.SEQ) ? "sheet.no-content-column"
                  : "sheet.no-seq-column"), Text.of("sheet.no-header-hint")));
      return Optional.empty();
    }
    if (grid.widerThanRead()) {
      problems.accept(Problem.warning(place.whole(), "sheet-too-large", Text.of(
          "sheet.too-many-columns", CellPlace.column(SheetLimits.MAX_COLUMNS - 1)), Text.NONE));
    }
    reportColumns(header);
    List<Table.Row> rows = rows(header);
    if (rows.isEmpty() && !failed) {
      problems.accept(Problem.error(place.whole(), "sheet-empty", Text.of("sheet.no-rows"),
          Text.NONE));
      return Optional.empty();
    }
    checkUnique(rows);
    // rows with errors are reported and left out; the rest is returned so that one run reports
    // every problem (the caller writes nothing after an error)
    return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(place, header.labels, rows));
  }

  // ---------------------------------------------------------------- header

  /**
   * The recognised columns.
   *
   * @param lastRow the last header row (zero-based), -1 when there is none
   * @param extra columns under a merged label besides its first (unit columns only)
   */
  private record Header(
      Map<TableColumn, Integer> columns, Map<TableColumn, String> labels,
      Map<TableColumn, List<Integer>> extra, Map<Integer, String> ignored, int lastRow) {}

  private Optional<Header> findHeader() {
    Header best = null;
    int seen = 0;
    for (SheetGrid.Row row : grid.rows()) {
      if (++seen > SheetLimits.HEADER_SEARCH_ROWS) {
        break;
      }
      Header h = header(row.index(), labelsOf(row.index()));
      if (h.columns.containsKey(TableColumn.CONTENT)
          && (best == null || h.columns.size() > best.columns.size())) {
        best = h;
      }
    }
    if (best == null || best.columns.size() < 2) {
      return Optional.empty();
    }
    // a second header row: labels right below that refine merged labels above them
    SheetGrid.Row below = byIndex.get(best.lastRow + 1);
    if (below != null && !isNumber(shown(below.index(), best.columns.get(TableColumn.SEQ)))) {
      Map<Integer, String> upper = labelsOf(best.lastRow);
      Map<Integer, String> lower = labelsOf(below.index());
      if (lower.values().stream().anyMatch(l -> TableColumn.recognise(l).isPresent())) {
        Map<Integer, String> combined = new TreeMap<>(upper);
        combined.putAll(lower);
        best = header(below.index(), combined);
      }
    }
    return Optional.of(best);
  }

  /** A row's labels by column, a merged label spreading over the columns it covers. */
  private Map<Integer, String> labelsOf(int row) {
    Map<Integer, String> out = new TreeMap<>();
    SheetGrid.Row r = byIndex.get(row);
    if (r != null) {
      out.putAll(r.cells());
    }
    for (CellRangeAddress range : grid.merged()) {
      if (range.getFirstColumn() >= 0 && range.isInRange(row, range.getFirstColumn())) {
        String top = raw(range.getFirstRow(), range.getFirstColumn());
        for (int c = range.getFirstColumn(); top != null && c <= range.getLastColumn()
            && c < SheetLimits.MAX_COLUMNS; c++) {
          out.putIfAbsent(c, top);
        }
      }
    }
    return out;
  }

  private Header header(int row, Map<Integer, String> labels) {
    boolean hasSeqLabel = labels.values().stream()
        .anyMatch(l -> TableColumn.normalise(l).equals("序号"));
    Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
    Map<TableColumn, String> names = new EnumMap<>(TableColumn.class);
    Map<TableColumn, List<Integer>> extra = new EnumMap<>(TableColumn.class);
    Map<Integer, String> ignored = new TreeMap<>();
    for (Map.Entry<Integer, String> e : labels.entrySet()) {
      String label = e.getValue();
      Optional<TableColumn> column = TableColumn.recognise(label);
      if (column.isPresent() && column.get() == TableColumn.SEQ && hasSeqLabel
          && TableColumn.normalise(label).equals("编号")) {
        column = Optional.of(TableColumn.ID);
      }
      if (column.isEmpty()) {
        ignored.put(e.getKey(), label);
      } else if (!columns.containsKey(column.get())) {
        columns.put(column.get(), e.getKey());
        names.put(column.get(), TableColumn.normalise(label));
      } else if (column.get().isUnits() && label.equals(labels.get(e.getKey() - 1))) {
        extra.computeIfAbsent(column.get(), k -> new ArrayList<>()).add(e.getKey());
      } else {
        ignored.put(e.getKey(), label);
      }
    }
    return roles(new Header(columns, names, extra, ignored, row));
  }

  /**
   * A 牵头单位 column alone holds every unit with the leads marked (as seed 002 prints it); beside
   * a 配合单位 (or 责任单位) column it holds the leads only.
   */
  private static Header roles(Header h) {
    Map<TableColumn, Integer> c = h.columns;
    if (c.containsKey(TableColumn.LEAD) && !c.containsKey(TableColumn.ASSIST)) {
      if (c.containsKey(TableColumn.UNITS)) {
        rename(h, TableColumn.UNITS, TableColumn.ASSIST);
      } else {
        rename(h, TableColumn.LEAD, TableColumn.UNITS);
      }
    }
    if (c.containsKey(TableColumn.ASSIST) && !c.containsKey(TableColumn.LEAD)
        && c.containsKey(TableColumn.UNITS)) {
      rename(h, TableColumn.UNITS, TableColumn.LEAD);
    }
    return h;
  }

  private static void rename(Header h, TableColumn from, TableColumn to) {
    h.columns.put(to, h.columns.remove(from));
    h.labels.put(to, h.labels.remove(from));
    List<Integer> extra = h.extra.remove(from);
    if (extra != null) {
      h.extra.put(to, extra);
    }
  }

  private Header explicitHeader(ColumnMapping mapping) {
    Map<TableColumn, Integer> columns = new EnumMap<>(mapping.columns());
    int headerRow = mapping.headerRow() - 1;
    if (headerRow < 0 && columns.containsKey(TableColumn.SEQ)) {
      int seqColumn = columns.get(TableColumn.SEQ);
      for (SheetGrid.Row row : grid.rows()) {
        if (isNumber(raw(row.index(), seqColumn))) {
          break;
        }
        headerRow = row.index();
      }
    }
    Map<TableColumn, String> labels = new EnumMap<>(TableColumn.class);
    for (Map.Entry<TableColumn, Integer> e : columns.entrySet()) {
      String label = headerRow < 0 ? null : shown(headerRow, e.getValue());
      if (label != null) {
        labels.put(e.getKey(), TableColumn.normalise(label));
      }
    }
    return roles(new Header(columns, labels, new EnumMap<>(TableColumn.class),
        new TreeMap<>(), headerRow));
  }

  private void reportColumns(Header header) {
    int labelRow = Math.max(header.lastRow, 0);
    for (Map.Entry<Integer, String> e : header.ignored.entrySet()) {
      if (hasDataBelow(header.lastRow, e.getKey())) {
        problems.accept(Problem.note(place.cell(labelRow, e.getKey()), "sheet-column-ignored",
            Text.of("sheet.column-ignored", e.getValue()), Text.of("sheet.column-ignored-hint")));
      }
    }
    Set<Integer> read = new LinkedHashSet<>(header.columns.values());
    header.extra.values().forEach(read::addAll);
    for (int column : read) {
      if (grid.hiddenColumns().contains(column)) {
        problems.accept(Problem.warning(place.cell(labelRow, column), "sheet-hidden",
            Text.of("sheet.hidden-column", CellPlace.column(column)),
            Text.of("sheet.hidden-hint")));
      }
    }
  }

  private boolean hasDataBelow(int headerRow, int column) {
    return grid.rows().stream()
        .anyMatch(r -> r.index() > headerRow && r.cells().containsKey(column));
  }

  // ---------------------------------------------------------------- rows

  private List<Table.Row> rows(Header header) {
    List<Table.Row> out = new ArrayList<>();
    Map<TableColumn, Integer> col = header.columns;
    int seqColumn = col.get(TableColumn.SEQ);
    Map<Integer, String> headerLabels = labelsOf(Math.max(header.lastRow, 0));
    String group = null;
    RowBuilder task = null;
    int taskRange = -1;
    for (SheetGrid.Row row : grid.rows()) {
      int r = row.index();
      if (r <= header.lastRow || !touchesTable(row, header, r)) {
        continue;
      }
      if (header.lastRow >= 0 && repeatsHeader(row, headerLabels, col)) {
        problems.accept(Problem.warning(place.cell(r, seqColumn), "sheet-header",
            Text.of("sheet.header-repeated", r + 1), Text.NONE));
        continue;
      }
      Optional<String> heading = groupHeading(row, header);
      if (heading.isPresent()) {
        group = heading.get();
        task = flush(task, out);
        continue;
      }
      if (row.hidden()) {
        problems.accept(Problem.warning(place.cell(r, seqColumn), "sheet-hidden",
            Text.of("sheet.hidden-row", r + 1), Text.of("sheet.hidden-hint")));
      }
      int range = mergedTop(r, seqColumn);
      if (task != null && range == taskRange && range < r) {
        task.add(r);
        continue;
      }
      task = flush(task, out);
      String seqText = shown(r, seqColumn);
      if (seqText == null) {
        problems.accept(Problem.error(place.cell(r, seqColumn), "sheet-seq",
            Text.of("sheet.seq-missing", r + 1), Text.of("sheet.seq-missing-hint")));
        failed = true;
        continue;
      }
      if (!isNumber(seqText)) {
        problems.accept(Problem.error(place.cell(r, seqColumn), "sheet-seq",
            Text.of("sheet.seq-not-number", seqText), Text.of("sheet.seq-missing-hint")));
        failed = true;
        continue;
      }
      task = new RowBuilder(header, Integer.parseInt(seqText.replaceAll("[.、]", "")), group);
      task.add(r);
      taskRange = range;
    }
    flush(task, out);
    return out;
  }

  private RowBuilder flush(RowBuilder task, List<Table.Row> out) {
    if (task != null) {
      task.build().ifPresent(out::add);
    }
    return null;
  }

  /** Collects the cells of one task, over the rows its merged 序号 spans. */
  private final class RowBuilder {
    private final Header header;
    private final int seq;
    private final String group;
    private final List<Integer> rows = new ArrayList<>();

    RowBuilder(Header header, int seq, String group) {
      this.header = header;
      this.seq = seq;
      this.group = group;
    }

    void add(int row) {
      rows.add(row);
    }

    Optional<Table.Row> build() {
      int first = rows.get(0);
      Map<TableColumn, Location> cells = new EnumMap<>(TableColumn.class);
      header.columns.forEach((c, column) -> cells.put(c, place.cell(first, column)));
      String content = text(TableColumn.CONTENT);
      if (content == null) {
        problems.accept(Problem.error(cells.get(TableColumn.CONTENT), "sheet-content",
            Text.of("sheet.content-missing", seq), Text.NONE));
        failed = true;
        return Optional.empty();
      }
      String groupCell = text(TableColumn.GROUP);
      List<UnitRef> refs = new ArrayList<>();
      for (TableColumn c : List.of(TableColumn.LEAD, TableColumn.UNITS, TableColumn.ASSIST)) {
        List<Integer> columns = new ArrayList<>();
        if (header.columns.containsKey(c)) {
          columns.add(header.columns.get(c));
        }
        columns.addAll(header.extra.getOrDefault(c, List.of()));
        String mark = c == TableColumn.LEAD ? DEFAULT_LEAD_MARK : "";
        for (int column : columns) {
          for (String cell : values(column)) {
            refs.addAll(UnitCells.read(cell, mark, units, place.cell(first, column), problems));
          }
        }
      }
      return Optional.of(new Table.Row(seq, text(TableColumn.ID),
          groupCell != null ? groupCell : group, content, text(TableColumn.PROGRESS),
          text(TableColumn.PREVIOUS), text(TableColumn.STATUS), UnitCells.distinct(refs),
          cells));
    }

    /** A column's text over the task's rows, distinct values joined by line breaks. */
    private String text(TableColumn c) {
      Integer column = header.columns.get(c);
      if (column == null) {
        return null;
      }
      List<String> values = values(column);
      return values.isEmpty() ? null : String.join("\n", values);
    }

    private List<String> values(int column) {
      Set<String> out = new LinkedHashSet<>();
      for (int r : rows) {
        String v = shown(r, column);
        if (grid.uncomputed().contains(SheetGrid.key(r, column))) {
          problems.accept(Problem.error(place.cell(r, column), "sheet-formula",
              Text.of("sheet.formula-uncomputed"), Text.of("sheet.formula-uncomputed-hint")));
          failed = true;
        } else if (v != null && ERROR_VALUE.matcher(v).matches()) {
          problems.accept(Problem.warning(place.cell(r, column), "sheet-formula",
              Text.of("sheet.formula-error", v), Text.of("sheet.formula-error-hint")));
        }
        if (v != null) {
          out.add(v);
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Whether a row has a cell in a column the table reads, or is one cell merged across columns (a
   * group heading may start left of every column read).
   */
  private boolean touchesTable(SheetGrid.Row row, Header header, int r) {
    for (int c : row.cells().keySet()) {
      if (header.columns.containsValue(c)
          || header.extra.values().stream().anyMatch(l -> l.contains(c))) {
        return true;
      }
    }
    CellRangeAddress range = row.cells().size() == 1 ? rangeAt(r, row.cells().firstKey()) : null;
    return range != null && range.getLastColumn() > range.getFirstColumn();
  }

  private boolean repeatsHeader(
      SheetGrid.Row row, Map<Integer, String> headerLabels, Map<TableColumn, Integer> col) {
    int same = 0;
    for (int column : col.values()) {
      String label = headerLabels.get(column);
      if (label != null && label.equals(row.cells().get(column))) {
        same++;
      }
    }
    return same >= 2;
  }

  /**
   * The group heading a row is, if it is one: its only cell spans two or more columns, or sits in
   * the 序号 or 分块 column and is not a number.
   */
  private Optional<String> groupHeading(SheetGrid.Row row, Header header) {
    if (row.cells().size() != 1) {
      return Optional.empty();
    }
    int column = row.cells().firstKey();
    String text = row.cells().get(column);
    if (isNumber(text)) {
      return Optional.empty();
    }
    CellRangeAddress range = rangeAt(row.index(), column);
    boolean spans = range != null && range.getLastColumn() > range.getFirstColumn();
    boolean inHeadingColumn = Integer.valueOf(column).equals(header.columns.get(TableColumn.SEQ))
        || Integer.valueOf(column).equals(header.columns.get(TableColumn.GROUP));
    return spans || inHeadingColumn ? Optional.of(text) : Optional.empty();
  }

  private void checkUnique(List<Table.Row> rows) {
    Map<Integer, Table.Row> seqs = new HashMap<>();
    Map<String, Table.Row> ids = new HashMap<>();
    for (Table.Row row : rows) {
      Table.Row first = seqs.putIfAbsent(row.seq(), row);
      if (first != null) {
        problems.accept(Problem.error(row.at(TableColumn.SEQ), "sheet-seq", Text.of(
            "sheet.seq-duplicate", row.seq(), first.at(TableColumn.SEQ).path()), Text.NONE));
        failed = true;
      }
      if (row.id() != null) {
        Table.Row firstId = ids.putIfAbsent(row.id(), row);
        if (firstId != null) {
          problems.accept(Problem.error(row.at(TableColumn.ID), "sheet-seq", Text.of(
              "sheet.id-duplicate", row.id(), firstId.at(TableColumn.ID).path()), Text.NONE));
          failed = true;
        }
      }
    }
  }

  // ---------------------------------------------------------------- cells

  /** The text of a cell as written, without merging. */
  private String raw(int row, int column) {
    SheetGrid.Row r = byIndex.get(row);
    return r == null ? null : r.cells().get(column);
  }

  /** The text a cell shows: its own, or that of the merged range it is part of. */
  private String shown(int row, Integer column) {
    if (column == null) {
      return null;
    }
    String own = raw(row, column);
    if (own != null) {
      return own;
    }
    CellRangeAddress range = rangeAt(row, column);
    return range == null ? null : raw(range.getFirstRow(), range.getFirstColumn());
  }

  private CellRangeAddress rangeAt(int row, int column) {
    TreeMap<Integer, CellRangeAddress> ranges = mergedByColumn.get(column);
    if (ranges == null) {
      return null;
    }
    Map.Entry<Integer, CellRangeAddress> e = ranges.floorEntry(row);
    return e != null && e.getValue().isInRange(row, column) ? e.getValue() : null;
  }

  /** The first row of the merged range a cell is in, or the row itself. */
  private int mergedTop(int row, int column) {
    CellRangeAddress range = rangeAt(row, column);
    return range == null ? row : range.getFirstRow();
  }

  private static boolean isNumber(String text) {
    return text != null && WHOLE_NUMBER.matcher(text).matches();
  }
}
