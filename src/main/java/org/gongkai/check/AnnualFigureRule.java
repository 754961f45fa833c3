package org.gongkai.check;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Figure;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Every cell of an annual report's tables holds a figure: a whole number from 0, or for the fee
 * of table 2 an amount in 万元 with at most four decimals. A cell is never blank (zero is written
 * as 0): inspectors read a blank as a figure left out. A whole table or row that is missing is
 * reported once, not cell by cell.
 */
final class AnnualFigureRule implements Rule {

  static final int MAX_DECIMALS = 4;

  @Override
  public String id() {
    return "annual-report-figure";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 表二、表三、表四";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-figure");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (AnnualChecks.Table table : AnnualChecks.tables(report)) {
        Text name = AnnualChecks.table(table.number());
        List<Figure> all = table.rows().stream()
            .flatMap(r -> r.cells().stream().map(AnnualChecks.Cell::figure)).toList();
        if (all.stream().allMatch(f -> f.written() == null)) {
          problems.accept(AnnualChecks.finding(report, all.get(0).at(), id(),
              Text.of("report.table-missing", name), Text.of("report.table-missing-hint")));
          continue;
        }
        for (AnnualChecks.Row row : table.rows()) {
          check(report, name, row, problems);
        }
      }
    }
  }

  private void check(AnnualReport report, Text table, AnnualChecks.Row row,
      Consumer<Problem> problems) {
    if (row.cells().stream().allMatch(c -> c.figure().written() == null)) {
      problems.accept(AnnualChecks.finding(report, row.cells().get(0).figure().at(), id(),
          Text.of("report.row-missing", table, row.name()),
          Text.of("report.row-missing-hint", row.cells().size())));
      return;
    }
    for (AnnualChecks.Cell cell : row.cells()) {
      Figure f = cell.figure();
      Text message = null;
      Text hint = null;
      if (f.written() == null) {
        message = Text.of("report.cell-missing", table, row.name(), cell.column());
        hint = Text.of("report.cell-missing-hint");
      } else if (!f.given()) {
        message = Text.of("report.cell-blank", table, row.name(), cell.column());
        hint = Text.of("report.cell-blank-hint");
      } else if (cell.amount()) {
        Optional<BigDecimal> amount = f.amount();
        if (amount.isEmpty()) {
          message = Text.of("report.amount-invalid", table, row.name(), cell.column(),
              f.written());
          hint = suggestion(f.written(), true);
        } else if (amount.get().scale() > MAX_DECIMALS) {
          message = Text.of("report.amount-decimals", table, row.name(), cell.column(),
              f.written(), MAX_DECIMALS);
          hint = Text.of("report.amount-decimals-hint", MAX_DECIMALS);
        }
      } else if (f.count().isEmpty()) {
        message = Text.of("report.count-invalid", table, row.name(), cell.column(),
            f.written());
        hint = suggestion(f.written(), false);
      }
      if (message != null) {
        problems.accept(AnnualChecks.finding(report, f.at(), id(), message, hint));
      }
    }
  }

  /**
   * The figure as it should be written, when the mistake is only its form (full-width digits,
   * thousands separators, a unit after the number); else a general hint.
   */
  static Text suggestion(String written, boolean amount) {
    String plain = Normalizer.normalize(written, Normalizer.Form.NFKC)
        .replaceAll("[,\\s]", "").replaceAll("(件|个|项|万元|元)$", "");
    Figure cleaned = new Figure(plain, null);
    boolean valid = amount ? cleaned.amount().filter(a -> a.scale() <= MAX_DECIMALS).isPresent()
        : cleaned.count().isPresent();
    if (valid && !plain.equals(written)) {
      return Text.of("report.figure-write", plain);
    }
    return amount ? Text.of("report.amount-invalid-hint") : Text.of("report.count-invalid-hint");
  }
}
