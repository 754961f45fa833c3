package org.gongkai.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Column;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;

/**
 * Columns whose newest document is older than their update interval at the build date
 * ({@code updateInterval}, default 2 weeks for news columns and 6 months for notices and
 * policies). 5 or more such news or notice columns fail a site outright (检查指标).
 */
final class ColumnStaleRule implements Rule {

  @Override
  public String id() {
    return "column-stale";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号: 动态要闻类栏目2周、通知公告和政策文件类栏目6个月未更新";
  }

  @Override
  public String description() {
    return "columns not updated within updateInterval (default: news 2 weeks, notices and policy"
        + " 6 months)";
  }

  /** {@code 1 year}, {@code 6 months}, {@code 2 weeks}, {@code 10 days}. */
  static String describe(Period p) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (p.getYears() > 0) {
      parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
    }
    if (p.getMonths() > 0) {
      parts.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
    }
    if (p.getDays() > 0) {
      parts.add(p.getDays() % 7 == 0 ? p.getDays() / 7 + (p.getDays() == 7 ? " week" : " weeks")
          : p.getDays() + (p.getDays() == 1 ? " day" : " days"));
    }
    return parts.isEmpty() ? "0 days" : String.join(" ", parts);
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    LocalDate today = context.now().toLocalDate();
    int vetoCounted = 0;
    for (Column column : context.site().columns()) {
      Optional<Period> interval = ColumnRules.interval(column);
      Optional<LocalDate> newest = ColumnRules.newest(context, column);
      if (interval.isEmpty() || newest.isEmpty()) {
        continue;
      }
      LocalDate due = newest.get().plus(interval.get());
      if (due.isBefore(today)) {
        if (ColumnRules.NEWS_TYPES.contains(column.type())
            || ColumnRules.NOTICE_TYPES.contains(column.type())) {
          vetoCounted++;
        }
        problems.accept(Problem.warning(column.location(), id(), "the column 「" + column.title()
            + "」 was last updated on " + newest.get() + "; with an update interval of "
            + describe(interval.get()) + " it was due on " + due, "publish in it, or set its"
            + " updateInterval in _column.yaml"));
      }
    }
    if (vetoCounted >= ColumnEmptyRule.VETO) {
      problems.accept(Problem.warning(Location.of("content/"), "column-veto", vetoCounted
          + " news or notice columns are not updated in time: the national inspection fails a"
          + " site with " + ColumnEmptyRule.VETO + " or more (单项否决)", ""));
    }
  }
}
