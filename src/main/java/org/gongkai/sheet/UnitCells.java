package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;
import org.gongkai.source.Spelling;

/**
 * Reads the units of a cell: split on 、，,;；/ and white space, lead marks (★ ▲) kept with their
 * names, names that ran together split against units.yaml (the split {@code unit-run-together}
 * uses, {@link UnitDirectory#splitRunTogether}); a name units.yaml does not know is kept as
 * written and reported with the nearest known unit.
 */
final class UnitCells {

  static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s\\u3000]+");
  private static final String MARKS = "★▲";

  private UnitCells() {}

  /**
   * The units of one cell, in order.
   *
   * @param leadMark the mark to give every unit of the cell written without one (a 牵头单位
   *     column beside a 配合单位 column), or empty to keep the marks as written
   */
  static List<UnitRef> read(
      String cell, String leadMark, UnitDirectory units, Location at, Consumer<Problem> problems) {
    List<UnitRef> out = new ArrayList<>();
    for (String piece : SEPARATORS.split(cell.strip())) {
      int marks = marks(piece);
      String mark = marks == 0 ? "" : piece.substring(marks - 1, marks);
      String name = piece.substring(marks).strip();
      if (name.isEmpty()) {
        continue;
      }
      if (units.find(name).isPresent()) {
        out.add(new UnitRef(name, mark.isEmpty() ? leadMark : mark, at));
        continue;
      }
      Optional<List<String>> parts = units.splitRunTogether(mark + name);
      if (parts.isPresent()) {
        problems.accept(Problem.note(at, "sheet-unit-split", Text.of("sheet.unit-split",
            piece, String.join("、", parts.get())), Text.NONE));
        for (String part : parts.get()) {
          int partMarks = marks(part);
          String partMark = partMarks == 0 ? "" : part.substring(partMarks - 1, partMarks);
          out.add(new UnitRef(part.substring(partMarks),
              partMark.isEmpty() ? leadMark : partMark, at));
        }
        continue;
      }
      problems.accept(Problem.warning(at, "unit-unknown", Text.of("sheet.unit-unknown", name),
          Spelling.closest(name, units.names())
              .map(n -> Text.of("sheet.unit-unknown-hint", n, name))
              .orElse(Text.of("sheet.unit-unknown-none"))));
      out.add(new UnitRef(name, mark.isEmpty() ? leadMark : mark, at));
    }
    return out;
  }

  /** The units of a task, each name once (a lead mark wins over none). */
  static List<UnitRef> distinct(List<UnitRef> refs) {
    Map<String, UnitRef> byName = new LinkedHashMap<>();
    for (UnitRef r : refs) {
      byName.merge(r.name(), r, (a, b) -> a.lead() ? a : b);
    }
    return List.copyOf(byName.values());
  }

  /** How many lead marks a piece starts with. */
  private static int marks(String piece) {
    int n = 0;
    while (n < piece.length() && MARKS.indexOf(piece.charAt(n)) >= 0) {
      n++;
    }
    return n;
  }
}
