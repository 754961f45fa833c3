package org.gongkai.check;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * The check report in each {@link ReportFormat}, as text for the caller to print or save (as
 * UTF-8). Every report lists every problem in the order of {@link ReportInput#problems()}, and the
 * same input always gives the same text.
 */
public final class Reports {

  private Reports() {}

  /**
   * The report in this format; {@code timestamp} and {@code failOnWarnings} matter only to
   * {@link ReportFormat#JUNIT}.
   */
  public static String render(ReportFormat format, ReportInput input, OffsetDateTime timestamp,
      boolean failOnWarnings) {
    return switch (format) {
      case TEXT -> text(input);
      case JSON -> json(input);
      case SARIF -> sarif(input);
      case JUNIT -> junit(input, timestamp, failOnWarnings);
    };
  }

  /**
   * For people: errors and warnings grouped by file (a line per file, then {@code
   * path:line:column: severity: rule-id: message} and an indented {@code hint:} line), then the
   * notes grouped the same way, then a line per rule with its counts and title, and the totals.
   */
  public static String text(ReportInput input) {
    return ReportText.write(input);
  }

  /**
   * gongkai's JSON report, described by {@code docs/check-report.schema.json}: {@code tool},
   * {@code summary}, {@code rules} (sorted by id) and {@code problems}.
   */
  public static String json(ReportInput input) {
    List<Object> rules = new ArrayList<>();
    for (RuleInfo rule : input.listedRules()) {
      rules.add(ReportJson.object("id", rule.id(), "title", rule.title().in(input.lang()),
          "source", rule.source()));
    }
    List<Object> problems = new ArrayList<>();
    for (Problem p : input.problems()) {
      problems.add(ReportJson.object(
          "path", p.path(),
          "line", p.line(),
          "column", p.column(),
          "severity", p.severity().label(),
          "ruleId", p.ruleId(),
          "message", p.message().in(input.lang()),
          "hint", p.hint().in(input.lang())));
    }
    return ReportJson.write(ReportJson.object(
        "tool", ReportJson.object("name", "gongkai", "version", input.toolVersion()),
        "summary", ReportJson.object(
            "errors", input.count(Severity.ERROR),
            "warnings", input.count(Severity.WARNING),
            "notes", input.count(Severity.NOTE),
            "documents", input.documents(),
            "pages", input.pages()),
        "rules", rules,
        "problems", problems));
  }

  /**
   * SARIF 2.1.0 for code-scanning views: one run whose driver lists the rules, a result per
   * problem with its level, its message (and hint), and its file as a URI relative to {@code
   * SRCROOT} (the site folder), with the line and column where they are known.
   */
  public static String sarif(ReportInput input) {
    return ReportSarif.write(input);
  }

  /**
   * JUnit XML for CI servers: a test suite per rule that found something, a test case per error
   * or warning (errors fail; warnings fail only with {@code failOnWarnings}, otherwise they pass
   * and are listed in the suite's output); notes are left out; a single passing case {@code all
   * checks} when there is nothing else.
   *
   * @param timestamp when the check ran (written to the second, with its offset from UTC)
   */
  public static String junit(ReportInput input, OffsetDateTime timestamp,
      boolean failOnWarnings) {
    return ReportJunit.write(input, timestamp, failOnWarnings);
  }
}
