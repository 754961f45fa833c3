package org.gongkai.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Column;
import org.gongkai.source.ContentTree;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Columns whose newest document is older than their update interval at the build date
 * ({@code updateInterval}, default 2 weeks for news columns and 6 months for notices and
 * policies). 5 or more such columns fail a site outright (检查指标): one error names the veto
 * item and the columns, beside each column's warning.
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
  public Text description() {
    return Text.of("rule.column-stale");
  }

  /** {@code 1 year}, {@code 6 months}, {@code 2 weeks}, {@code 10 days}; 1年, 6个月, 2周. */
  static Text describe(Period p) {
    Text out = null;
    if (p.getYears() > 0) {
      out = Text.of("check.period.years", p.getYears());
    }
    if (p.getMonths() > 0) {
      out = then(out, Text.of("check.period.months", p.getMonths()));
    }
    if (p.getDays() > 0) {
      out = then(out, p.getDays() % 7 == 0 ? Text.of("check.period.weeks", p.getDays() / 7)
          : Text.of("check.period.days", p.getDays()));
    }
    return out == null ? Text.of("check.period.days", 0) : out;
  }

  private static Text then(Text first, Text next) {
    return first == null ? next : Text.of("check.period.and", first, next);
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    LocalDate today = context.now().toLocalDate();
    List<String> stale = new ArrayList<>();
    for (Column column : context.site().columns()) {
      if (context.site().failed("content/" + column.path() + "/" + ContentTree.COLUMN_FILE)) {
        continue; // its type and interval are unknown: the reading error says why
      }
      Optional<Period> interval = ColumnRules.interval(column);
      Optional<LocalDate> newest = ColumnRules.newest(context, column);
      if (interval.isEmpty() || newest.isEmpty()) {
        continue;
      }
      LocalDate due = newest.get().plus(interval.get());
      if (due.isBefore(today)) {
        stale.add(column.title());
        problems.accept(Problem.warning(column.location(), id(), Text.of("check.column-stale",
            column.title(), newest.get().toString(), describe(interval.get()), due.toString()),
            Text.of("check.column-stale-hint")));
      }
    }
    if (stale.size() >= ColumnEmptyRule.VETO) {
      problems.accept(Problem.error(Location.of("content/"), "column-veto",
          Text.of("check.column-veto-stale", stale.size(), ColumnEmptyRule.VETO,
              ColumnRules.list(stale)), Text.of("check.column-veto-stale-hint")));
    }
  }
}
