package org.gongkai.sheet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Opens a spreadsheet file, picks its task sheet (the one named, else the first visible sheet
 * with a task table header) and reads its table, turning every failure into a problem at the
 * file or sheet.
 */
final class SheetFiles {

  /**
   * A table read from a file.
   *
   * @param meta the hidden metadata sheet of a workbook gongkai exported, by key; empty for any
   *     other file
   */
  record Read(CellPlace place, Table table, Map<String, String> meta) {}

  private SheetFiles() {}

  static Optional<Read> read(
      Path file, String shown, String sheetName, ColumnMapping mapping, UnitDirectory units,
      Consumer<Problem> problems) {
    CellPlace filePlace = new CellPlace(shown, "");
    try (WorkbookFile workbook = Workbooks.open(file, filePlace, problems)) {
      Map<String, String> meta = meta(workbook);
      Optional<WorkbookFile.Sheet> sheet = choose(workbook, sheetName, mapping, filePlace,
          problems);
      if (sheet.isEmpty()) {
        return Optional.empty();
      }
      CellPlace place = new CellPlace(shown, sheet.get().name());
      try {
        SheetGrid grid = workbook.read(sheet.get());
        return TableReader.read(grid, place, units, mapping, problems)
            .map(t -> new Read(place, t, meta));
      } catch (SheetFailure f) {
        problems.accept(Problem.error(place.whole(), f.ruleId, f.message, f.hint));
        return Optional.empty();
      }
    } catch (SheetFailure f) {
      problems.accept(Problem.error(filePlace.whole(), f.ruleId, f.message, f.hint));
      return Optional.empty();
    }
  }

  private static Optional<WorkbookFile.Sheet> choose(
      WorkbookFile workbook, String name, ColumnMapping mapping, CellPlace place,
      Consumer<Problem> problems) throws SheetFailure {
    List<String> names = new ArrayList<>();
    List<WorkbookFile.Sheet> visible = new ArrayList<>();
    for (WorkbookFile.Sheet s : workbook.sheets()) {
      if (name != null && (s.name().equals(name) || s.name().equalsIgnoreCase(name))) {
        return Optional.of(s);
      }
      if (!s.hidden()) {
        names.add(s.name());
        visible.add(s);
      }
    }
    if (name != null) {
      problems.accept(Problem.error(place.whole(), "sheet-missing", Text.of("sheet.no-such-sheet",
          name, String.join("、", names)), Text.NONE));
      return Optional.empty();
    }
    if (visible.isEmpty()) {
      problems.accept(Problem.error(place.whole(), "sheet-empty", Text.of("sheet.no-sheets"),
          Text.NONE));
      return Optional.empty();
    }
    if (visible.size() == 1 || mapping != null) {
      return Optional.of(visible.get(0));
    }
    for (WorkbookFile.Sheet s : visible) {
      if (TableReader.hasHeader(workbook.read(s))) {
        return Optional.of(s);
      }
    }
    // none looks like a task table: read the first, which reports why
    return Optional.of(visible.get(0));
  }

  /** The metadata sheet of an exported workbook, if this is one. */
  private static Map<String, String> meta(WorkbookFile workbook) {
    for (WorkbookFile.Sheet s : workbook.sheets()) {
      if (!s.name().equals(ExportLayout.META_SHEET)) {
        continue;
      }
      try {
        SheetGrid grid = workbook.read(s);
        Map<String, String> out = new HashMap<>();
        for (SheetGrid.Row row : grid.rows()) {
          String key = row.cells().get(0);
          if (key != null) {
            out.put(key, row.cells().getOrDefault(1, ""));
          }
        }
        return out.containsKey(ExportLayout.META_FORMAT) ? out : Map.of();
      } catch (SheetFailure f) {
        return Map.of();
      }
    }
    return Map.of();
  }
}
