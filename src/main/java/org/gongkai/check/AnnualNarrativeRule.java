package org.gongkai.check;

import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualTables;
import org.gongkai.model.Figure;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * A number the text states for a figure of the tables that differs from the table: 共收到政府信息
 * 公开申请 N 件 against 表三 一、本年新收 总计, and the like for 上年结转, 结转下年度, the applications
 * decided (办结/答复), 行政复议 and 行政诉讼. Only these set phrases are read (the rest of the text is
 * not guessed at); a warning, because the text may count something else on purpose.
 */
final class AnnualNarrativeRule implements Rule {

  private static final String NUMBER = "\\s*(\\d[\\d,，]*)\\s*";

  /**
   * A phrase that states a figure, and where the table has it.
   *
   * @param row the row of the table, as printed
   * @param column the column, as printed
   */
  private record Claim(Pattern phrase, int table, String row, String column,
      Function<AnnualTables, List<Figure>> figures) {}

  private static final List<Claim> CLAIMS = List.of(
      new Claim(Pattern.compile("(?:收到|新收|受理)(?:政府信息公开|信息公开|依申请公开)?申请"
          + "(?:数量)?(?:为|共计|共)?" + NUMBER + "件"), 3, ApplicationRow.NEW_RECEIVED.label(),
          Applicant.TOTAL.label(), t -> List.of(t.application(ApplicationRow.NEW_RECEIVED,
              Applicant.TOTAL))),
      new Claim(Pattern.compile("上年度?结转的?(?:政府信息公开)?申请(?:共|数量为?)?" + NUMBER
          + "件"), 3, ApplicationRow.CARRIED_OVER.label(), Applicant.TOTAL.label(),
          t -> List.of(t.application(ApplicationRow.CARRIED_OVER, Applicant.TOTAL))),
      new Claim(Pattern.compile("结转(?:至|到)?下一?年度(?:继续办理)?的?(?:申请)?共?" + NUMBER
          + "件"), 3, ApplicationRow.CARRIED_FORWARD.label(), Applicant.TOTAL.label(),
          t -> List.of(t.application(ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL))),
      new Claim(Pattern.compile("(?:办结|答复)(?:政府信息公开)?申请(?:共计|共)?" + NUMBER + "件"),
          3, ApplicationRow.RESULTS_TOTAL.path(), Applicant.TOTAL.label(),
          t -> List.of(t.application(ApplicationRow.RESULTS_TOTAL, Applicant.TOTAL))),
      new Claim(Pattern.compile("行政复议(?:案件)?共?" + NUMBER + "[件起]"), 4,
          AppealRow.REVIEW.label(), AppealResult.TOTAL.label(),
          t -> List.of(t.appeal(AppealRow.REVIEW, AppealResult.TOTAL))),
      new Claim(Pattern.compile("行政诉讼(?:案件)?共?" + NUMBER + "[件起]"), 4,
          AppealRow.LAWSUITS, AppealRow.SUED_DIRECTLY.label() + " + "
              + AppealRow.SUED_AFTER_REVIEW.label() + " > " + AppealResult.TOTAL.label(),
          t -> List.of(t.appeal(AppealRow.SUED_DIRECTLY, AppealResult.TOTAL),
              t.appeal(AppealRow.SUED_AFTER_REVIEW, AppealResult.TOTAL))));

  @Override
  public String id() {
    return "annual-report-narrative";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 年度报告的文字与表格数据应当一致";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-narrative");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      for (Claim claim : CLAIMS) {
        OptionalLong table = AnnualChecks.sum(claim.figures().apply(report.tables()));
        if (table.isEmpty()) {
          continue;
        }
        Matcher m = claim.phrase().matcher(report.body());
        while (m.find()) {
          long stated = Long.parseLong(m.group(1).replaceAll("[,，]", ""));
          if (stated != table.getAsLong()) {
            problems.accept(Problem.warning(at(report, m.start(1)), id(),
                Text.of("report.narrative", m.group().strip(), AnnualChecks.table(claim.table()),
                    claim.row(), claim.column(), table.getAsLong()),
                Text.of("report.narrative-hint")));
          }
        }
      }
    }
  }

  /** The file location of an offset into the report's text. */
  private static Location at(AnnualReport report, int offset) {
    String body = report.body();
    int line = report.bodyLine();
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(report.source().path(), line, body.codePointCount(lineStart, offset) + 1);
  }
}
