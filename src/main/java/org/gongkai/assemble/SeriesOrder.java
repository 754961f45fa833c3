package org.gongkai.assemble;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Document;
import org.gongkai.model.Site;
import org.gongkai.model.TaskList;

/**
 * The published periods of one series in the order the site shows them, for stages outside the
 * assembly (spreadsheet export and merge start from a series' latest period).
 */
public final class SeriesOrder {

  private SeriesOrder() {}

  /** The series' published periods at {@code now}, oldest first, as its history page has them. */
  public static List<TaskList> periods(Site site, String series, LocalDateTime now) {
    List<TaskList> lists = new ArrayList<>();
    for (Document doc : site.documents()) {
      if (doc instanceof TaskList list && list.series() != null
          && list.series().strip().equals(series.strip()) && list.meta().isPublicAt(now)) {
        lists.add(list);
      }
    }
    return SeriesHistory.of(lists, java.util.Set.of(), p -> { }).stream().findFirst()
        .map(h -> h.periods).orElse(List.of());
  }

  /** The series' latest published period, if it has one. */
  public static Optional<TaskList> latest(Site site, String series, LocalDateTime now) {
    List<TaskList> periods = periods(site, series, now);
    return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
  }

  /**
   * Text as periods are compared (a task "changed" when this differs): Unicode NFKC, so full- and
   * half-width punctuation are one, and no white space.
   */
  public static String comparable(String text) {
    return SeriesHistory.normalise(text);
  }
}
