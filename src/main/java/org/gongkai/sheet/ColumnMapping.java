package org.gongkai.sheet;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.source.Yaml12;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Columns given by hand when a sheet's labels are unusual: {@code 序号=A,内容=B,进展=D,责任单位=E}
 * on the command line, or the same as a small YAML mapping file (with {@code headerRow: 2} for
 * the row of labels, if there is one). Names are the column keys ({@code seq}, {@code content},
 * {@code progress}, {@code status}, {@code units}, {@code lead}, {@code assist}, {@code group},
 * {@code id}) or any label the header recognition knows.
 *
 * @param columns zero-based column by table column
 * @param headerRow the one-based row of labels, or 0 to find it: the row before the first row
 *     whose 序号 is a number
 */
public record ColumnMapping(Map<TableColumn, Integer> columns, int headerRow) {

  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{1,3}");

  public ColumnMapping {
    columns = Map.copyOf(columns);
  }

  /** Reads {@code name=COLUMN,…}; a problem for each part it cannot read. */
  public static Optional<ColumnMapping> parse(String spec, Consumer<Problem> problems) {
    Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
    int header = 0;
    boolean ok = true;
    for (String part : spec.split("[,，;；]")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = Math.max(part.indexOf('='), part.indexOf('＝'));
      String name = eq < 0 ? part.strip() : part.substring(0, eq).strip();
      String value = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (name.equalsIgnoreCase("headerRow") || name.equals("表头行")) {
        header = value.matches("\\d{1,6}") ? Integer.parseInt(value) : -1;
        ok &= header > 0 || bad(problems, Location.of("--columns"), part);
        continue;
      }
      ok &= put(columns, name, value, Location.of("--columns"), part, problems);
    }
    return ok ? Optional.of(new ColumnMapping(columns, Math.max(0, header))) : Optional.empty();
  }

  /** Reads a mapping file's text (YAML: {@code 序号: A} lines, optionally {@code headerRow}). */
  public static Optional<ColumnMapping> parseFile(
      String yaml, String path, Consumer<Problem> problems) {
    Optional<Node> node = Yaml12.compose(yaml, path, 1, problems);
    if (node.isEmpty() || !(node.get() instanceof MappingNode map)) {
      problems.accept(Problem.error(Location.of(path), "sheet-columns",
          Text.of("sheet.columns-file"), Text.of("sheet.columns-hint")));
      return Optional.empty();
    }
    Map<TableColumn, Integer> columns = new EnumMap<>(TableColumn.class);
    int header = 0;
    boolean ok = true;
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)
          || !(t.getValueNode() instanceof ScalarNode v)) {
        ok &= bad(problems, Yaml12.at(t.getKeyNode(), path, 1), "?");
        continue;
      }
      Location at = Yaml12.at(k, path, 1);
      String written = k.getValue() + ": " + v.getValue();
      if (k.getValue().equals("headerRow") || k.getValue().equals("表头行")) {
        header = v.getValue().matches("\\d{1,6}") ? Integer.parseInt(v.getValue()) : -1;
        ok &= header > 0 || bad(problems, at, written);
        continue;
      }
      ok &= put(columns, k.getValue(), v.getValue(), at, written, problems);
    }
    return ok ? Optional.of(new ColumnMapping(columns, Math.max(0, header))) : Optional.empty();
  }

  private static boolean put(
      Map<TableColumn, Integer> columns, String name, String letters, Location at, String written,
      Consumer<Problem> problems) {
    Optional<TableColumn> column = TableColumn.named(name);
    if (column.isEmpty() || !LETTERS.matcher(letters).matches()) {
      return bad(problems, at, written);
    }
    int index = CellReference.convertColStringToIndex(letters.toUpperCase(java.util.Locale.ROOT));
    if (index >= SheetLimits.MAX_COLUMNS) {
      return bad(problems, at, written);
    }
    columns.put(column.get(), index);
    return true;
  }

  private static boolean bad(Consumer<Problem> problems, Location at, String written) {
    problems.accept(Problem.error(at, "sheet-columns", Text.of("sheet.columns-bad", written),
        Text.of("sheet.columns-hint")));
    return false;
  }
}
