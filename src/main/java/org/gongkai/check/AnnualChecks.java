package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualTables;
import org.gongkai.model.Document;
import org.gongkai.model.Figure;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * What the annual-report rules share: which reports they read, how a finding is made (an error,
 * or a warning while the report is a draft, so that a team can fill the tables in over January
 * while the site keeps building), how sums are added up and shown, and the names of the tables,
 * rows and columns in messages (the format's own labels, as printed).
 */
final class AnnualChecks {

  /** The sources every rule of the annual report names. */
  static final String FORMAT = "国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》";

  private AnnualChecks() {}

  /** Every annual report of the site, in the site's order. */
  static List<AnnualReport> reports(CheckContext context) {
    List<AnnualReport> out = new ArrayList<>();
    for (Document doc : context.site().documents()) {
      if (doc instanceof AnnualReport report) {
        out.add(report);
      }
    }
    return out;
  }

  /** A finding: an error, or a warning while the report is a draft. */
  static Problem finding(AnnualReport report, Location at, String ruleId, Text message,
      Text hint) {
    return report.meta().draft() ? Problem.warning(at, ruleId, message, hint)
        : Problem.error(at, ruleId, message, hint);
  }

  static Text table(int number) {
    return switch (number) {
      case 2 -> Text.of("report.table-2");
      case 3 -> Text.of("report.table-3");
      default -> Text.of("report.table-4");
    };
  }

  static Text kind(OrganKind kind) {
    return kind == OrganKind.DEPARTMENT ? Text.of("report.kind-department")
        : Text.of("report.kind-government");
  }

  /** The sum of some figures, when every one is a count. */
  static OptionalLong sum(List<Figure> figures) {
    long total = 0;
    for (Figure f : figures) {
      OptionalLong n = f.count();
      if (n.isEmpty()) {
        return OptionalLong.empty();
      }
      total += n.getAsLong();
    }
    return OptionalLong.of(total);
  }

  /** The figures as an addition, e.g. {@code 3 + 0 + 1}. */
  static String addition(List<Figure> figures) {
    return figures.stream().map(f -> String.valueOf(f.count().orElse(0)))
        .collect(Collectors.joining(" + "));
  }

  /** One cell of a table with its names, for the rules that read every cell. */
  record Cell(String column, Figure figure, boolean amount) {}

  /** The cells of one row. */
  record Row(String name, List<Cell> cells) {}

  /** The rows of one table. */
  record Table(int number, List<Row> rows) {}

  /** The three tables of a report, cell by cell, each named as printed. */
  static List<Table> tables(AnnualReport report) {
    AnnualTables t = report.tables();
    List<Row> two = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.values()) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < row.measures().size(); i++) {
        cells.add(new Cell(row.measures().get(i).label(), t.disclosure(row, i), row.amount()));
      }
      two.add(new Row(row.article() + " > " + row.label(), cells));
    }
    List<Row> three = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      List<Cell> cells = new ArrayList<>();
      for (Applicant column : Applicant.values()) {
        cells.add(new Cell(column.path(), t.application(row, column), false));
      }
      three.add(new Row(row.path(), cells));
    }
    List<Row> four = new ArrayList<>();
    for (AppealRow row : AppealRow.values()) {
      List<Cell> cells = new ArrayList<>();
      for (AppealResult column : AppealResult.values()) {
        cells.add(new Cell(column.label(), t.appeal(row, column), false));
      }
      four.add(new Row(row.path(), cells));
    }
    return List.of(new Table(2, two), new Table(3, three), new Table(4, four));
  }
}
