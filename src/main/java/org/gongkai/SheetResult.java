package org.gongkai;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * What a spreadsheet import, merge or export did and found.
 *
 * @param problems every problem, sorted by place
 * @param written the files written, as the user would name them (empty when there were errors)
 * @param tasks the tasks imported, merged or exported
 * @param elapsed wall time
 */
public record SheetResult(
    List<Problem> problems, List<String> written, int tasks, Duration elapsed) {

  public SheetResult {
    problems = problems.stream().sorted().toList();
    written = List.copyOf(written);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  /** One line: files, tasks, problems, time. */
  public String summary(Lang lang) {
    return Messages.get(lang, "sheet.summary", written.size(), tasks, count(Severity.ERROR),
        count(Severity.WARNING), String.format(Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0));
  }
}
