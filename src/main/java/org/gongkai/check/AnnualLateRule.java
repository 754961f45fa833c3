package org.gongkai.check;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * An annual report published after its deadline: a department's by 31 January, a government's
 * (published by its 政府信息公开工作主管部门) by 31 March of the following year.
 */
final class AnnualLateRule implements Rule {

  @Override
  public String id() {
    return "annual-report-late";
  }

  @Override
  public String source() {
    return "《中华人民共和国政府信息公开条例》第四十九条、第五十条";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-late");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      if (report.kind() == null || report.year() == 0 || report.meta().published() == null) {
        continue;
      }
      LocalDate deadline = report.kind().deadline(report.year());
      LocalDate published = report.meta().published().date();
      if (published.isAfter(deadline)) {
        problems.accept(Problem.warning(report.source().at("published"), id(),
            Text.of("report.late", report.year(), published.toString(), deadline.toString(),
                AnnualChecks.kind(report.kind())),
            Text.of("report.late-hint")));
      }
    }
  }
}
