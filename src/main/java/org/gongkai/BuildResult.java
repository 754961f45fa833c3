package org.gongkai;

import static org.gongkai.check.Reports.plural;

import java.time.Duration;
import java.util.List;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * What a run did and found.
 *
 * @param problems every problem, sorted by file, line and column
 * @param documents documents published
 * @param pages pages rendered
 * @param written whether the output folder is now this build's (replaced, or already the same)
 * @param elapsed wall time of the run
 * @param changedFiles output files that were new or different (the rest kept their modification
 *     time), or -1 when nothing was written
 */
public record BuildResult(
    List<Problem> problems, int documents, int pages, boolean written, Duration elapsed,
    int changedFiles) {

  public BuildResult {
    problems = problems.stream().sorted().toList();
  }

  /** A result that wrote no output folder. */
  public BuildResult(
      List<Problem> problems, int documents, int pages, boolean written, Duration elapsed) {
    this(problems, documents, pages, written, elapsed, -1);
  }

  /** Whether the run fails: an error, or a warning when warnings count as failures. */
  public boolean fails(boolean failOnWarnings) {
    return hasErrors() || failOnWarnings && count(Severity.WARNING) > 0;
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public long count(Severity severity) {
    return problems.stream().filter(p -> p.severity() == severity).count();
  }

  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** One line: counts and time. */
  public String summary() {
    long errors = count(Severity.ERROR);
    long warnings = count(Severity.WARNING);
    String time = String.format(java.util.Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0);
    String files = changedFiles < 0 ? "" : " (" + plural(changedFiles, "file") + " changed)";
    return plural(documents, "document") + ", " + plural(pages, "page") + files + ", "
        + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + time;
  }
}
