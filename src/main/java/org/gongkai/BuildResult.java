package org.gongkai;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;

/**
 * What a run did and found.
 *
 * @param problems every problem, sorted by file, line and column
 * @param documents documents published
 * @param pages pages rendered
 * @param written whether the output folder is now this build's (replaced, or already the same)
 *     or, for a run that changes the site's own files, whether it changed them
 * @param elapsed wall time of the run
 * @param changedFiles output files that were new or different (the rest kept their modification
 *     time), or -1 when nothing was written; for {@link Action#INIT} the files created
 * @param action what the run was, which decides what its summary counts
 */
public record BuildResult(
    List<Problem> problems, int documents, int pages, boolean written, Duration elapsed,
    int changedFiles, Action action) {

  /** What a run was: its summary counts what it did. */
  public enum Action {
    /** Built the site: documents, pages, files changed. */
    BUILD,
    /** Checked the site (or its index numbers): documents and pages. */
    CHECK,
    /** Assigned index numbers: the documents numbered. */
    ASSIGN,
    /** Masked personal data in the source files: the values masked and the files. */
    MASK,
    /** Created a site: the files created and the documents numbered. */
    INIT,
    /** Wrote a new document from a form (gongkai new): the files created. */
    NEW
  }

  public BuildResult {
    problems = problems.stream().sorted().toList();
    Objects.requireNonNull(action, "action");
  }

  /** The result of a build. */
  public BuildResult(
      List<Problem> problems, int documents, int pages, boolean written, Duration elapsed,
      int changedFiles) {
    this(problems, documents, pages, written, elapsed, changedFiles, Action.BUILD);
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

  /** The same run with other problems (a command that shows only some of them). */
  public BuildResult withProblems(List<Problem> kept) {
    return new BuildResult(kept, documents, pages, written, elapsed, changedFiles, action);
  }

  /**
   * One line: what the run did, its errors and warnings, and its time, e.g. {@code 3 篇文档，40
   * 个页面（2 个文件有变化），0 个错误，1 个警告，用时 1.20 秒}.
   */
  public String summary(Lang lang) {
    Text errors = Text.of("common.count.errors", count(Severity.ERROR));
    Text warnings = Text.of("common.count.warnings", count(Severity.WARNING));
    Text time = Text.of("facade.summary.time",
        String.format(Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0));
    Text documentsRead = Text.of("common.count.documents", documents);
    Text pagesMade = Text.of("common.count.pages", pages);
    Text line = switch (action) {
      case BUILD -> changedFiles < 0
          ? Text.of("facade.summary.check", documentsRead, pagesMade, errors, warnings, time)
          : Text.of("facade.summary.build", documentsRead, pagesMade,
              Text.of("common.count.files-changed", changedFiles), errors, warnings, time);
      case CHECK -> Text.of("facade.summary.check", documentsRead, pagesMade, errors, warnings,
          time);
      case ASSIGN -> Text.of("facade.summary.done", Text.of("facade.count.numbered",
          notes("index-assigned")), errors, warnings, time);
      case MASK -> Text.of("facade.summary.done", Text.of("facade.count.masked",
          notes("masked"), problems.stream().filter(p -> p.ruleId().equals("masked"))
              .map(Problem::path).distinct().count()), errors, warnings, time);
      case INIT -> Text.of("facade.summary.init", Text.of("facade.count.created",
          Math.max(0, changedFiles)), Text.of("facade.count.numbered", notes("index-assigned")),
          errors, warnings, time);
      case NEW -> Text.of("facade.summary.done", Text.of("facade.count.created",
          written ? 1 : 0), errors, warnings, time);
    };
    return line.in(lang);
  }

  private long notes(String ruleId) {
    return problems.stream()
        .filter(p -> p.severity() == Severity.NOTE && p.ruleId().equals(ruleId)).count();
  }
}
