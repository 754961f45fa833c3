package org.gongkai.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.Document;

/** What the column rules share: which documents a column has, and its update interval. */
final class ColumnRules {

  /** ColumnTypes inspected as news: not updated in 2 weeks counts against the site. */
  static final Set<String> NEWS_TYPES = Set.of("工作动态", "新闻动态", "政务动态");
  /** ColumnTypes inspected as notices and policies: 6 months. */
  static final Set<String> NOTICE_TYPES = Set.of("通知公告", "政策文件", "政策解读");

  private ColumnRules() {}

  /**
   * Whether a column has content: a published document, or one whose date or title could not be
   * read (its error is reported; the column is not empty for it).
   */
  static boolean hasContent(CheckContext context, Column column) {
    String folder = "content/" + column.path() + "/";
    if (context.site().unreadable().stream().anyMatch(p -> p.startsWith(folder))) {
      return true;
    }
    return context.site().documents().stream()
        .filter(d -> d.source().columnPath().equals(column.path())
            || d.source().columnPath().startsWith(column.path() + "/"))
        .anyMatch(d -> d.meta().isPublicAt(context.now()) || d.meta().published() == null
            || d.meta().title() == null);
  }

  /** The published documents of a column and its sub-columns. */
  static List<Document> documents(CheckContext context, Column column) {
    return context.site().documents().stream()
        .filter(d -> d.meta().isPublicAt(context.now()))
        .filter(d -> d.source().columnPath().equals(column.path())
            || d.source().columnPath().startsWith(column.path() + "/"))
        .toList();
  }

  /** The column's own interval, or the default of its type. */
  static Optional<Period> interval(Column column) {
    if (column.updateInterval() != null) {
      return Optional.of(column.updateInterval());
    }
    if (NEWS_TYPES.contains(column.type())) {
      return Optional.of(Period.ofWeeks(2));
    }
    if (NOTICE_TYPES.contains(column.type())) {
      return Optional.of(Period.ofMonths(6));
    }
    return Optional.empty();
  }

  /** Column titles as a veto error lists them: 「通知公告」「工作动态」. */
  static String list(List<String> titles) {
    return titles.stream().map(t -> "「" + t + "」").collect(java.util.stream.Collectors.joining());
  }

  /** The newest publication day, if the column has any document. */
  static Optional<LocalDate> newest(CheckContext context, Column column) {
    return documents(context, column).stream().map(d -> d.meta().published().date())
        .max(LocalDate::compareTo);
  }
}
