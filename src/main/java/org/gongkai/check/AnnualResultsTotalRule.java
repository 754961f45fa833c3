package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationGroup;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Figure;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * In every column of table 3, 三（七）总计 is the sum of the results: （一）予以公开, （二）部分公开
 * and every row of （三）不予公开, （四）无法提供, （五）不予处理 and （六）其他处理. The message gives
 * the six parts' sums, so that the row at fault can be found.
 */
final class AnnualResultsTotalRule implements Rule {

  @Override
  public String id() {
    return "annual-report-results-total";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表三 三、本年度办理结果";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-results-total");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (Applicant column : Applicant.values()) {
        List<Figure> parts = ApplicationRow.results().stream()
            .map(r -> report.tables().application(r, column)).toList();
        Figure total = report.tables().application(ApplicationRow.RESULTS_TOTAL, column);
        OptionalLong sum = AnnualChecks.sum(parts);
        if (sum.isEmpty() || total.count().isEmpty()
            || total.count().getAsLong() == sum.getAsLong()) {
          continue;
        }
        problems.accept(AnnualChecks.finding(report, total.at(), id(),
            Text.of("report.results-total", AnnualChecks.table(3), column.path(),
                total.written(), sum.getAsLong(), byPart(report, column)),
            Text.of("report.results-total-hint")));
      }
    }
  }

  /** The results of a column by part: （一）3 + （二）0 + （三）1 + … */
  private static String byPart(AnnualReport report, Applicant column) {
    List<String> parts = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.in(ApplicationGroup.RESULTS)) {
      if (row != ApplicationRow.RESULTS_TOTAL) {
        parts.add(prefix(row.label()) + report.tables().application(row, column).count()
            .orElse(0));
      }
    }
    for (ApplicationGroup group : ApplicationGroup.values()) {
      if (group.parent() == ApplicationGroup.RESULTS) {
        List<Figure> rows = ApplicationRow.in(group).stream()
            .map(r -> report.tables().application(r, column)).toList();
        parts.add(prefix(group.label()) + AnnualChecks.sum(rows).orElse(0));
      }
    }
    return String.join(" + ", parts);
  }

  /** （一） of （一）予以公开. */
  private static String prefix(String label) {
    return label.substring(0, label.indexOf('）') + 1);
  }
}
