package org.gongkai.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Unit;

/** Finds a unit by its canonical name or any alias. */
public final class UnitDirectory {

  /** Lead marks that may stand before a unit name. */
  private static final String LEAD_MARKS = "★▲";
  /**
   * A word that joins names without being one: {@code 大数据中心等相关单位} is 大数据中心 and
   * 相关单位 ("and the other relevant units"), so it is dropped between or after known names.
   */
  private static final String JOINER = "等";

  private final List<Unit> units;
  private final Map<String, Unit> byName = new HashMap<>();

  public UnitDirectory(List<Unit> units) {
    this.units = List.copyOf(units);
    for (Unit u : this.units) {
      byName.putIfAbsent(u.name(), u);
      u.aliases().forEach(a -> byName.putIfAbsent(a, u));
    }
  }

  public Optional<Unit> find(String written) {
    return Optional.ofNullable(byName.get(written));
  }

  public List<Unit> units() {
    return units;
  }

  /** Every name and alias, for suggestions. */
  public java.util.Set<String> names() {
    return byName.keySet();
  }

  /**
   * The known names that make up {@code written} exactly, when it is two or more of them run
   * together without separators (as in seed 004, {@code ▲交通运输局建设局财政局}): the fewest
   * pieces, so the longest names win. Each piece keeps the lead mark (★ or ▲) written before it;
   * {@value #JOINER} between names is dropped. The check {@code unit-run-together} and the
   * spreadsheet import both split with this.
   */
  public Optional<List<String>> splitRunTogether(String written) {
    int n = written.length();
    @SuppressWarnings("unchecked")
    List<String>[] best = new List[n + 1];
    best[0] = List.of();
    for (int end = 1; end <= n; end++) {
      for (int start = 0; start < end; start++) {
        if (best[start] == null) {
          continue;
        }
        String piece = written.substring(start, end);
        boolean joiner = piece.equals(JOINER) && start > 0;
        if (!joiner && find(withoutMark(piece)).isEmpty()) {
          continue;
        }
        List<String> candidate = new ArrayList<>(best[start]);
        if (!joiner) {
          candidate.add(piece);
        }
        if (best[end] == null || candidate.size() < best[end].size()) {
          best[end] = candidate;
        }
      }
    }
    return best[n] != null && best[n].size() >= 2 ? Optional.of(best[n]) : Optional.empty();
  }

  private static String withoutMark(String piece) {
    return !piece.isEmpty() && LEAD_MARKS.indexOf(piece.charAt(0)) >= 0
        ? piece.substring(1) : piece;
  }
}
