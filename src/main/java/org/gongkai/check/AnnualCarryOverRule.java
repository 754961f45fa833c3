package org.gongkai.check;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Figure;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Applications carried over from last year are those last year's report carried forward: when the
 * site holds the same body's report on the year before, this year's 二、上年结转 equals its
 * 四、结转下年度继续办理, column by column. (Drafts of last year's report do not count.)
 */
final class AnnualCarryOverRule implements Rule {

  @Override
  public String id() {
    return "annual-report-carryover";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表三 二、上年结转 and the previous year's 四、结转下年度继续办理";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-carryover");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    List<AnnualReport> reports = AnnualChecks.reports(context);
    for (AnnualReport report : reports) {
      List<AnnualReport> previous = reports.stream()
          .filter(p -> !p.meta().draft() && p.year() == report.year() - 1 && p.year() > 0
              && report.organ() != null && Objects.equals(p.organ(), report.organ()))
          .toList();
      if (previous.size() != 1) {
        // none to compare with, or two (reported by annual-report-duplicate)
        continue;
      }
      AnnualReport last = previous.get(0);
      for (Applicant column : Applicant.values()) {
        Figure carriedOver = report.tables().application(ApplicationRow.CARRIED_OVER, column);
        Figure carriedForward = last.tables().application(ApplicationRow.CARRIED_FORWARD, column);
        if (carriedOver.count().isEmpty() || carriedForward.count().isEmpty()
            || carriedOver.count().getAsLong() == carriedForward.count().getAsLong()) {
          continue;
        }
        problems.accept(AnnualChecks.finding(report, carriedOver.at(), id(),
            Text.of("report.carryover", AnnualChecks.table(3), column.path(),
                carriedOver.written(), last.year(), carriedForward.written(),
                carriedForward.at().toString()),
            Text.of("report.carryover-hint", last.year())));
      }
    }
  }
}
