package org.gongkai.check;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Figure;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * In every row of table 3, 总计 is the sum of 自然人 and the five columns of 法人或其他组织.
 * Figures that are not counts are left to {@code annual-report-figure}.
 */
final class AnnualRowTotalRule implements Rule {

  @Override
  public String id() {
    return "annual-report-row-total";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表三 申请人情况";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-row-total");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (ApplicationRow row : ApplicationRow.values()) {
        List<Figure> parts = Applicant.parts().stream()
            .map(c -> report.tables().application(row, c)).toList();
        Figure total = report.tables().application(row, Applicant.TOTAL);
        OptionalLong sum = AnnualChecks.sum(parts);
        if (sum.isEmpty() || total.count().isEmpty()
            || total.count().getAsLong() == sum.getAsLong()) {
          continue;
        }
        problems.accept(AnnualChecks.finding(report, total.at(), id(),
            Text.of("report.row-total", AnnualChecks.table(3), row.path(), total.written(),
                sum.getAsLong(), AnnualChecks.addition(parts)),
            Text.of("report.row-total-hint")));
      }
    }
  }
}
