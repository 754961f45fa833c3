package org.gongkai.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * One body publishes one annual report a year. Two for one body and year are usually last year's
 * file copied and the year not changed; the cross-year check could not tell which to use.
 * (Drafts are left out: a draft beside the published report is work in progress.)
 */
final class AnnualDuplicateRule implements Rule {

  @Override
  public String id() {
    return "annual-report-duplicate";
  }

  @Override
  public String source() {
    return "《中华人民共和国政府信息公开条例》第四十九条、第五十条";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-duplicate");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Map<String, AnnualReport> first = new HashMap<>();
    List<AnnualReport> reports = AnnualChecks.reports(context).stream()
        .filter(r -> !r.meta().draft() && r.organ() != null && r.year() > 0).toList();
    for (AnnualReport report : reports) {
      AnnualReport earlier = first.putIfAbsent(report.organ() + "\n" + report.year(), report);
      if (earlier != null) {
        problems.accept(Problem.error(report.source().at("annualReport"), id(),
            Text.of("report.duplicate", report.organ(), report.year(),
                earlier.source().path()),
            Text.of("report.duplicate-hint")));
      }
    }
  }
}
