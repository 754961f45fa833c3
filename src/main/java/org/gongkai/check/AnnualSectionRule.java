package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.AnnualFormat.Section;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.ReportSection;
import org.gongkai.model.Text;

/**
 * An annual report's text has the six sections of the format, each once, in their order, as
 * {@code ## } headings with the format's titles (white space and full-width or half-width forms
 * aside). Other {@code ## } headings are refused: subsections are {@code ### }.
 */
final class AnnualSectionRule implements Rule {

  @Override
  public String id() {
    return "annual-report-section";
  }

  @Override
  public String source() {
    return AnnualChecks.FORMAT + ": 一、报告内容 (六个部分)";
  }

  @Override
  public Text description() {
    return Text.of("rule.annual-report-section");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (AnnualReport report : AnnualChecks.reports(context)) {
      check(report, problems);
    }
  }

  private void check(AnnualReport report, Consumer<Problem> problems) {
    String path = report.source().path();
    ReportSection[] found = new ReportSection[Section.values().length];
    Section last = null;
    for (ReportSection written : report.sections()) {
      Location at = new Location(path, written.line(), 1);
      Optional<Section> section = Section.of(written.heading());
      if (section.isEmpty()) {
        Optional<Section> numbered = Section.numbered(written.heading());
        problems.accept(AnnualChecks.finding(report, at, id(),
            Text.of("report.section-unknown", written.heading()),
            numbered.map(s -> Text.of("report.section-unknown-title", s.title()))
                .orElse(Text.of("report.section-unknown-hint"))));
        continue;
      }
      Section s = section.get();
      if (found[s.ordinal()] != null) {
        problems.accept(AnnualChecks.finding(report, at, id(),
            Text.of("report.section-twice", s.title(), found[s.ordinal()].line()),
            Text.of("report.section-twice-hint")));
        continue;
      }
      found[s.ordinal()] = written;
      if (last != null && s.ordinal() < last.ordinal()) {
        problems.accept(AnnualChecks.finding(report, at, id(),
            Text.of("report.section-order", s.title(), last.title()),
            Text.of("report.section-order-hint")));
      } else {
        last = s;
      }
    }
    List<Section> missing = new ArrayList<>();
    for (Section s : Section.values()) {
      if (found[s.ordinal()] == null) {
        missing.add(s);
      }
    }
    for (Section s : missing) {
      problems.accept(AnnualChecks.finding(report, whereMissing(report, found, s), id(),
          Text.of("report.section-missing", s.title()),
          Text.of("report.section-missing-hint", s.title())));
    }
  }

  /** Where a missing section belongs: at the next section there is, else at the text's end. */
  private static Location whereMissing(AnnualReport report, ReportSection[] found, Section s) {
    for (int i = s.ordinal() + 1; i < found.length; i++) {
      if (found[i] != null) {
        return new Location(report.source().path(), found[i].line(), 1);
      }
    }
    int lines = (int) report.body().chars().filter(c -> c == '\n').count();
    return new Location(report.source().path(), report.bodyLine() + Math.max(0, lines - 1), 1);
  }
}
