package org.gongkai.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Publication more than 20 working days after the document was made: 《政府信息公开条例》 art. 26
 * requires proactive disclosure within 20 working days. Weekends are not working days, nor are
 * the site's {@code holidays}.
 */
final class LateDisclosureRule implements Rule {

  static final int WORKING_DAYS = 20;

  @Override
  public String id() {
    return "date-late";
  }

  @Override
  public String source() {
    return "《中华人民共和国政府信息公开条例》(2019) 第二十六条: 20个工作日内予以公开";
  }

  @Override
  public Text description() {
    return Text.of("rule.date-late");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#holidays");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Set<LocalDate> holidays = Set.copyOf(context.site().config().checks().holidays());
    for (Document doc : context.site().documents()) {
      if (doc.meta().written() == null || doc.meta().published() == null) {
        continue;
      }
      LocalDate deadline = addWorkingDays(doc.meta().written(), WORKING_DAYS, holidays);
      LocalDate published = doc.meta().published().date();
      if (published.isAfter(deadline)) {
        problems.accept(Problem.warning(doc.source().at("published"), id(),
            Text.of("check.date-late", published.toString(), WORKING_DAYS,
                doc.meta().written().toString(), deadline.toString()),
            Text.of("check.date-late-hint")));
      }
    }
  }

  static LocalDate addWorkingDays(LocalDate from, int days, Set<LocalDate> holidays) {
    LocalDate d = from;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
          && !holidays.contains(d)) {
        left--;
      }
    }
    return d;
  }
}
