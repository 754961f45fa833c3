package org.gongkai.check;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Figure;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * In table 4, each 总计 (行政复议, and each kind of 行政诉讼) is 结果维持 + 结果纠正 + 其他结果 +
 * 尚未审结.
 */
final class AnnualAppealTotalRule implements Rule {

  @Override
  public String id() {
    return "annual-report-appeal-total";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表四";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-appeal-total");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (AppealRow row : AppealRow.values()) {
        List<Figure> parts = AppealResult.parts().stream()
            .map(c -> report.tables().appeal(row, c)).toList();
        Figure total = report.tables().appeal(row, AppealResult.TOTAL);
        OptionalLong sum = AnnualChecks.sum(parts);
        if (sum.isEmpty() || total.count().isEmpty()
            || total.count().getAsLong() == sum.getAsLong()) {
          continue;
        }
        problems.accept(AnnualChecks.finding(report, total.at(), id(),
            Text.of("report.appeal-total", AnnualChecks.table(4), row.path(), total.written(),
                sum.getAsLong(), AnnualChecks.addition(parts)),
            Text.of("report.appeal-total-hint")));
      }
    }
  }
}
