package org.gongkai.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import org.gongkai.model.UnitRef;

/**
 * {@code gongkai import --merge}: the workbooks departments sent back, merged into the series'
 * next period. The new period keeps the latest period's tasks (seq, id, group, text, units,
 * withholding) and takes each task's 本期进展 and 状态 from the sheet of its lead unit (every
 * named unit, for a task with no lead marked). What assisting units wrote is kept as comments
 * under the task, which the team reads in the file and gongkai never publishes. Rows are matched
 * by 编号 (id), else by 序号. A department's sheet is known by its hidden metadata sheet, else by
 * its file name.
 */
public final class SheetMerge {

  /** The user's choices. */
  public record Options(
      String series, String period, String title, String written, String published) {}

  private static final Set<String> UNIT_RULES = Set.of("unit-unknown", "sheet-unit-split");
  private static final Set<String> EXTENSIONS = Set.of(".xlsx", ".xls", ".csv", ".xlsm");

  /** A department's sheet: whose, and its table. */
  private record Returned(SheetFiles.Read read, String unit) {
    boolean whole() {
      return unit.equals(ExportLayout.WHOLE);
    }
  }

  /** What one sheet says about one task. */
  private record Entry(Returned from, Table.Row row) {}

  private final UnitDirectory units;
  private final TaskList base;
  private final Lang lang;
  private final Consumer<Problem> problems;
  private boolean failed;

  private SheetMerge(
      Site site, TaskList base, Lang lang, Consumer<Problem> problems) {
    this.units = new UnitDirectory(site.units());
    this.base = base;
    this.lang = lang;
    this.problems = p -> {
      failed |= p.isError();
      problems.accept(p);
    };
  }

  /**
   * Merges the returned workbooks; empty after reporting why it cannot.
   *
   * @param inputs files and folders as the user named them (a folder gives its spreadsheets)
   */
  public static Optional<Draft> run(
      List<String> inputs, Options options, Site site, LocalDateTime now, Lang lang,
      Consumer<Problem> problems) {
    Optional<TaskList> base = SeriesOrder.latest(site, options.series(), now);
    if (base.isEmpty()) {
      problems.accept(Problem.error(Location.of("--series"), "sheet-series",
          Text.of("sheet.series-unknown", options.series()), Text.of("sheet.series-hint")));
      return Optional.empty();
    }
    return new SheetMerge(site, base.get(), lang, problems).merge(inputs, options);
  }

  private Optional<Draft> merge(List<String> inputs, Options options) {
    List<String> files = files(inputs);
    if (failed) {
      return Optional.empty();
    }
    List<Returned> returned = new ArrayList<>();
    for (String shown : files) {
      Optional<SheetFiles.Read> read = SheetFiles.read(Path.of(shown), shown, null, null, units,
          p -> {
            if (!UNIT_RULES.contains(p.ruleId())) {
              problems.accept(p);
            }
          });
      read.flatMap(r -> unitOf(r, shown, options)).ifPresent(u ->
          returned.add(new Returned(read.get(), u)));
    }
    Map<Task, List<Entry>> entries = match(returned);
    List<Task> tasks = new ArrayList<>();
    Map<Integer, List<String>> notes = new TreeMap<>();
    for (Task t : base.tasks()) {
      tasks.add(merged(t, entries.getOrDefault(t, List.of()), returned, notes));
    }
    if (failed) {
      return Optional.empty();
    }
    ListHeader.Result header = ListHeader.of(base, options.series(), options.period(),
        new ListHeader.Given(options.title(), options.written(), options.published(), null, null,
            null), lang);
    List<String> preface = new ArrayList<>();
    preface.add(Messages.get(lang, "sheet.yaml-merged", base.source().path(), files.size()));
    files.forEach(f -> preface.add("  " + f));
    preface.add(Messages.get(lang, "sheet.yaml-merged-notes"));
    String yaml = TaskListYaml.write(new ListDraft(preface, header.lines(),
        ListHeader.headings(base.headings()), tasks, notes));
    return Optional.of(new Draft(yaml, tasks.size(),
        SheetImport.pathNextTo(base, options.series(), options.period()), header.toFill()));
  }

  /** The spreadsheet files named, folders expanded to the spreadsheets in them, sorted. */
  private List<String> files(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = Path.of(input);
      if (!Files.isDirectory(p)) {
        if (!Files.isRegularFile(p)) {
          problems.accept(Problem.error(Location.of(input), "sheet-unreadable",
              Text.of("sheet.file-missing"), Text.NONE));
        } else {
          out.add(input);
        }
        continue;
      }
      try (Stream<Path> list = Files.list(p)) {
        List<String> found = list.filter(Files::isRegularFile)
            .map(f -> f.getFileName().toString())
            .filter(n -> !n.startsWith(".") && !n.startsWith("~$")
                && EXTENSIONS.stream().anyMatch(n.toLowerCase(Locale.ROOT)::endsWith))
            .sorted().map(n -> input.replaceAll("[/\\\\]+$", "") + "/" + n).toList();
        if (found.isEmpty()) {
          problems.accept(Problem.error(Location.of(input), "sheet-empty",
              Text.of("sheet.folder-empty"), Text.NONE));
        }
        out.addAll(found);
      } catch (IOException e) {
        problems.accept(Problem.error(Location.of(input), "sheet-unreadable",
            Text.of("sheet.file-unreadable"), Text.of("sheet.file-unreadable-hint")));
      }
    }
    return out;
  }

  /**
   * Whose sheet this is: the metadata sheet says (and says for which series and period), else
   * the file name holds the name of one unit of the list.
   */
  private Optional<String> unitOf(SheetFiles.Read read, String shown, Options options) {
    Map<String, String> meta = read.meta();
    CellPlace metaPlace = new CellPlace(shown, ExportLayout.META_SHEET);
    Set<String> named = namedUnits();
    if (!meta.isEmpty()) {
      String series = meta.getOrDefault(ExportLayout.META_SERIES, "");
      if (!series.equals(options.series())) {
        problems.accept(Problem.error(metaPlace.cell(1, 1), "sheet-wrong-series",
            Text.of("sheet.wrong-series", series, options.series()),
            Text.of("sheet.wrong-series-hint")));
        return Optional.empty();
      }
      String period = meta.getOrDefault(ExportLayout.META_PERIOD, "");
      if (base.period() != null && !period.equals(base.period())) {
        problems.accept(Problem.warning(metaPlace.cell(2, 1), "sheet-wrong-series",
            Text.of("sheet.wrong-period", period, base.period()), Text.NONE));
      }
      String unit = meta.getOrDefault(ExportLayout.META_UNIT, "");
      if (unit.equals(ExportLayout.WHOLE)) {
        return Optional.of(unit);
      }
      String canonical = SheetExport.canonical(units, unit);
      if (named.contains(canonical)) {
        return Optional.of(canonical);
      }
      problems.accept(Problem.error(metaPlace.cell(3, 1), "sheet-unknown-unit",
          Text.of("sheet.unit-not-in-list", unit), Text.of("sheet.unit-from-file-hint")));
      return Optional.empty();
    }
    String stem = Path.of(shown).getFileName().toString().replaceFirst("\\.[^.]+$", "");
    String best = null;
    boolean tie = false;
    String exact = SheetExport.canonical(units, stem.strip());
    for (String name : named.contains(exact) ? List.of(stem.strip()) : namesOfNamedUnits(named)) {
      if (stem.contains(name)) {
        String unit = SheetExport.canonical(units, name);
        if (best == null || name.length() > best.length()) {
          tie = false;
          best = name;
        } else if (name.length() == best.length()
            && !SheetExport.canonical(units, best).equals(unit)) {
          tie = true;
        }
      }
    }
    if (best != null && !tie) {
      problems.accept(Problem.note(new CellPlace(shown, "").whole(), "sheet-unknown-unit",
          Text.of("sheet.unit-from-file", SheetExport.canonical(units, best)), Text.NONE));
      return Optional.of(SheetExport.canonical(units, best));
    }
    problems.accept(Problem.error(new CellPlace(shown, "").whole(), "sheet-unknown-unit",
        Text.of("sheet.unit-unknown-file"), Text.of("sheet.unit-from-file-hint")));
    return Optional.empty();
  }

  /** The units the latest period names, by their names in units.yaml. */
  private Set<String> namedUnits() {
    Set<String> out = new LinkedHashSet<>();
    for (Task t : base.tasks()) {
      for (UnitRef r : t.units()) {
        out.add(SheetExport.canonical(units, r.name()));
      }
    }
    return out;
  }

  /** Those units' names and aliases, as a file name may spell them. */
  private List<String> namesOfNamedUnits(Set<String> named) {
    List<String> out = new ArrayList<>();
    for (String n : units.names()) {
      if (named.contains(SheetExport.canonical(units, n))) {
        out.add(n);
      }
    }
    named.stream().filter(n -> !out.contains(n)).forEach(out::add);
    out.sort(null);
    return out;
  }

  /** Every returned row, with the task of the latest period it belongs to. */
  private Map<Task, List<Entry>> match(List<Returned> returned) {
    Map<String, Task> byId = new HashMap<>();
    Map<Integer, Task> bySeq = new HashMap<>();
    for (Task t : base.tasks()) {
      if (t.id() != null) {
        byId.put(t.id(), t);
      }
      bySeq.put(t.seq(), t);
    }
    Map<Task, List<Entry>> out = new LinkedHashMap<>();
    for (Returned r : returned) {
      for (Table.Row row : r.read().table().rows()) {
        Task task = row.id() != null ? byId.get(row.id()) : null;
        boolean byItsId = task != null;
        if (task == null) {
          Task sameSeq = bySeq.get(row.seq());
          task = sameSeq != null && (sameSeq.id() == null || row.id() == null) ? sameSeq : null;
        }
        if (task == null) {
          problems.accept(Problem.error(row.at(TableColumn.SEQ), "sheet-row-unmatched",
              Text.of("sheet.row-unmatched", row.seq(), base.source().path()),
              Text.of("sheet.row-unmatched-hint")));
          continue;
        }
        if (byItsId && row.seq() != task.seq()) {
          problems.accept(Problem.warning(row.at(TableColumn.SEQ), "sheet-task-changed",
              Text.of("sheet.seq-changed", task.seq(), row.seq()),
              Text.of("sheet.task-changed-hint")));
        }
        if (!SeriesOrder.comparable(row.content()).equals(SeriesOrder.comparable(task.content()))) {
          problems.accept(Problem.warning(row.at(TableColumn.CONTENT), "sheet-task-changed",
              Text.of("sheet.content-changed", task.seq()), Text.of("sheet.task-changed-hint")));
        }
        out.computeIfAbsent(task, k -> new ArrayList<>()).add(new Entry(r, row));
      }
    }
    return out;
  }

  /** One task of the new period. */
  private Task merged(
      Task t, List<Entry> entries, List<Returned> returned, Map<Integer, List<String>> notes) {
    Set<String> leads = new LinkedHashSet<>();
    Set<String> all = new LinkedHashSet<>();
    for (UnitRef r : t.units()) {
      all.add(SheetExport.canonical(units, r.name()));
      if (r.lead()) {
        leads.add(SheetExport.canonical(units, r.name()));
      }
    }
    if (leads.isEmpty()) {
      leads.addAll(all);
    }
    List<Entry> fromLeads = new ArrayList<>();
    List<String> taskNotes = new ArrayList<>();
    for (Entry e : entries) {
      if (e.from().whole() || leads.contains(e.from().unit())) {
        fromLeads.add(e);
      } else if (e.row().progress() != null) {
        String key = all.contains(e.from().unit()) ? "sheet.yaml-note-assist"
            : "sheet.yaml-note-other";
        taskNotes.add(Messages.get(lang, key, e.from().unit(),
            e.row().at(TableColumn.PROGRESS).path(), e.row().progress()));
        if (!all.contains(e.from().unit())) {
          problems.accept(Problem.note(e.row().at(TableColumn.SEQ), "sheet-not-lead",
              Text.of("sheet.not-involved", e.from().unit(), t.seq()), Text.NONE));
        }
      }
    }
    String progress = agreed(t, fromLeads, TableColumn.PROGRESS);
    String statusText = agreed(t, fromLeads, TableColumn.STATUS);
    TaskStatus status = t.status();
    if (!fromLeads.isEmpty()) {
      status = null;
      if (statusText != null) {
        status = TaskStatus.fromLabel(statusText).orElse(null);
        if (status == null) {
          problems.accept(Problem.error(fromLeads.get(0).row().at(TableColumn.STATUS),
              "task-status", Text.of("sheet.status-unknown", statusText),
              Text.of("sheet.status-hint")));
        }
      }
    }
    if (fromLeads.isEmpty()) {
      Set<String> missing = new LinkedHashSet<>(leads);
      problems.accept(Problem.warning(t.location(), "sheet-not-returned",
          Text.of("sheet.not-returned", t.seq(), String.join("、", missing)),
          Text.of(returnedAny(returned, missing) ? "sheet.not-returned-row-hint"
              : "sheet.not-returned-hint")));
      taskNotes.add(0, Messages.get(lang, "sheet.yaml-note-missing", String.join("、", missing)));
    } else if (progress == null && !failed) {
      problems.accept(Problem.warning(fromLeads.get(0).row().at(TableColumn.PROGRESS),
          "sheet-progress-empty", Text.of("sheet.progress-empty", t.seq()), Text.NONE));
    }
    if (t.withheld() != null) {
      problems.accept(Problem.note(t.location(), "sheet-withheld-kept",
          Text.of("sheet.withheld-kept", t.seq()), Text.of("sheet.withheld-kept-hint")));
      taskNotes.add(Messages.get(lang, "sheet.yaml-note-withheld"));
    }
    if (!taskNotes.isEmpty()) {
      notes.put(t.seq(), taskNotes);
    }
    return new Task(t.seq(), t.id(), t.group(), t.content(), progress, status, t.units(),
        t.withheld(), t.location());
  }

  /** The one value the lead units' sheets give a column, or null; two different is an error. */
  private String agreed(Task t, List<Entry> fromLeads, TableColumn column) {
    Entry first = null;
    String value = null;
    for (Entry e : fromLeads) {
      String v = column == TableColumn.PROGRESS ? e.row().progress() : e.row().status();
      if (v == null) {
        continue;
      }
      if (value == null) {
        value = v;
        first = e;
      } else if (!SeriesOrder.comparable(v).equals(SeriesOrder.comparable(value))) {
        String label = ExportLayout.LABELS.get(column == TableColumn.PROGRESS
            ? ExportLayout.PROGRESS : ExportLayout.STATUS);
        problems.accept(Problem.error(e.row().at(column), "sheet-disagree",
            Text.of("sheet.disagree", t.seq(), label, first.row().at(column).path()),
            Text.of("sheet.disagree-hint")));
      }
    }
    return value;
  }

  private static boolean returnedAny(List<Returned> returned, Set<String> units) {
    return returned.stream().anyMatch(r -> units.contains(r.unit()));
  }
}
