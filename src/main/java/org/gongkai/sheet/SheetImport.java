package org.gongkai.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.assemble.SeriesOrder;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.Text;

/**
 * {@code gongkai import FILE}: one task table from a spreadsheet, as a new task-list file in the
 * content model. The sheet's own column labels become the list's {@code headings}; its metadata
 * comes from the options, else from the series' latest period, else is left for the team to fill
 * in.
 */
public final class SheetImport {

  private SheetImport() {}

  /**
   * Reads the table and makes the list; empty after reporting why it cannot.
   *
   * @param shown the file as the user named it, for messages
   * @param now the time that decides which periods of a series are published
   */
  public static Optional<Draft> run(
      Path file, String shown, ImportOptions options, Site site, LocalDateTime now, Lang lang,
      Consumer<Problem> problems) {
    boolean[] failed = {false};
    Consumer<Problem> seen = p -> {
      failed[0] |= p.isError();
      problems.accept(p);
    };
    ColumnMapping mapping = null;
    if (options.columns() != null) {
      Optional<ColumnMapping> m = mapping(options.columns(), seen);
      if (m.isEmpty()) {
        return Optional.empty();
      }
      mapping = m.get();
    }
    Map<String, String> headings = new LinkedHashMap<>();
    if (!headingsOption(options.headings(), headings, seen)) {
      return Optional.empty();
    }
    UnitDirectory units = new UnitDirectory(site.units());
    Optional<SheetFiles.Read> read = SheetFiles.read(file, shown, options.sheet(), mapping,
        units, seen);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Table table = read.get().table();
    List<Task> tasks = new ArrayList<>();
    for (Table.Row row : table.rows()) {
      TaskStatus status = null;
      if (row.status() != null) {
        status = TaskStatus.fromLabel(row.status()).orElse(null);
        if (status == null) {
          seen.accept(Problem.error(row.at(TableColumn.STATUS), "task-status",
              Text.of("sheet.status-unknown", row.status()), Text.of("sheet.status-hint")));
        }
      }
      tasks.add(new Task(row.seq(), row.id(), row.group(), row.content(), row.progress(),
          status, row.units(), null, row.at(TableColumn.SEQ)));
    }
    if (failed[0]) {
      return Optional.empty();
    }
    TaskList base = null;
    if (options.series() != null) {
      base = SeriesOrder.latest(site, options.series(), now).orElse(null);
      if (base == null) {
        seen.accept(Problem.note(Location.of(shown), "sheet-series",
            Text.of("sheet.series-new", options.series()), Text.NONE));
      } else if (options.period() != null && options.period().equals(base.period())) {
        seen.accept(Problem.warning(Location.of(base.source().path()), "sheet-series",
            Text.of("sheet.period-exists", options.period(), base.source().path()),
            Text.of("sheet.period-exists-hint")));
      }
    }
    if (options.headings() == null || options.headings().equals("auto")) {
      headings.putAll(sheetHeadings(table));
    }
    ListHeader.Result header = ListHeader.of(base, options.series(), options.period(),
        options.given(), lang);
    List<String> preface = List.of(Messages.get(lang, "sheet.yaml-imported",
        shown + (table.place().sheet().isEmpty() ? "" : "!" + table.place().sheet())));
    String yaml = TaskListYaml.write(new ListDraft(preface, header.lines(), headings, tasks,
        Map.of()));
    return Optional.of(new Draft(yaml, tasks.size(),
        base == null ? null : pathNextTo(base, options.series(), options.period()),
        header.toFill()));
  }

  /** The labels of the sheet's columns as the list's headings. */
  private static Map<String, String> sheetHeadings(Table table) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<TableColumn, String> l = table.labels();
    putLabel(out, "seq", l.get(TableColumn.SEQ));
    putLabel(out, "group", l.get(TableColumn.GROUP));
    putLabel(out, "content", l.get(TableColumn.CONTENT));
    putLabel(out, "progress", l.get(TableColumn.PROGRESS));
    boolean twoColumns = l.containsKey(TableColumn.LEAD) || l.containsKey(TableColumn.ASSIST);
    putLabel(out, "units", twoColumns ? null : l.get(TableColumn.UNITS));
    return out;
  }

  private static void putLabel(Map<String, String> out, String key, String label) {
    if (label != null && !label.isEmpty()) {
      out.put(key, label);
    }
  }

  private static boolean headingsOption(
      String option, Map<String, String> out, Consumer<Problem> problems) {
    if (option == null || option.equals("auto") || option.equals("default")) {
      return true;
    }
    for (String part : option.split("[,，]")) {
      int eq = part.indexOf('=');
      String key = eq < 0 ? "" : part.substring(0, eq).strip();
      String label = eq < 0 ? "" : part.substring(eq + 1).strip();
      if (!List.of("seq", "group", "content", "progress", "units").contains(key)
          || label.isEmpty()) {
        problems.accept(Problem.error(Location.of("--headings"), "sheet-columns",
            Text.of("sheet.headings-bad", part), Text.of("sheet.headings-hint")));
        return false;
      }
      out.put(key, label);
    }
    return true;
  }

  static Optional<ColumnMapping> mapping(String option, Consumer<Problem> problems) {
    if (!option.startsWith("@")) {
      return ColumnMapping.parse(option, problems);
    }
    String path = option.substring(1);
    try {
      String yaml = Files.readString(Path.of(path), StandardCharsets.UTF_8);
      return ColumnMapping.parseFile(yaml, path, problems);
    } catch (IOException | RuntimeException e) {
      problems.accept(Problem.error(Location.of(path), "sheet-columns",
          Text.of("sheet.columns-file-unreadable"), Text.of("sheet.columns-hint")));
      return Optional.empty();
    }
  }

  /** {@code <folder of base>/<series>-<period>.yaml}, a name every system accepts. */
  static String pathNextTo(TaskList base, String series, String period) {
    String folder = base.source().path().substring(0, base.source().path().lastIndexOf('/') + 1);
    String name = (series == null ? base.source().stem() : series)
        + (period == null ? "-new" : "-" + period);
    return folder + SheetExport.safeFileName(name.replace(' ', '-')) + ".yaml";
  }
}
