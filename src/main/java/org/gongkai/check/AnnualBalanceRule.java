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
 * The rule printed in the corner of table 3: in every column, 一（本年新收） + 二（上年结转） =
 * 三（七）总计 + 四（结转下年度继续办理). Every application is either decided this year or carried
 * into the next.
 */
final class AnnualBalanceRule implements Rule {

  @Override
  public String id() {
    return "annual-report-balance";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表三 " + ApplicationRow.BALANCE_NOTE;
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-balance");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (Applicant column : Applicant.values()) {
        Figure received = report.tables().application(ApplicationRow.NEW_RECEIVED, column);
        Figure carriedOver = report.tables().application(ApplicationRow.CARRIED_OVER, column);
        Figure decided = report.tables().application(ApplicationRow.RESULTS_TOTAL, column);
        Figure carriedForward =
            report.tables().application(ApplicationRow.CARRIED_FORWARD, column);
        OptionalLong in = AnnualChecks.sum(List.of(received, carriedOver));
        OptionalLong out = AnnualChecks.sum(List.of(decided, carriedForward));
        if (in.isEmpty() || out.isEmpty() || in.getAsLong() == out.getAsLong()) {
          continue;
        }
        problems.accept(AnnualChecks.finding(report, carriedForward.at(), id(),
            Text.of("report.balance", AnnualChecks.table(3), column.path(), received.written(),
                carriedOver.written(), in.getAsLong(), decided.written(),
                carriedForward.written(), out.getAsLong()),
            Text.of("report.balance-hint")));
      }
    }
  }
}
