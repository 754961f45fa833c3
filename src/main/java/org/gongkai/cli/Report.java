package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.BuildResult;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;

/** Prints problems and the summary, and picks the exit code. */
final class Report {

  private Report() {}

  static int print(BuildResult result, Text done, PrintWriter out, PrintWriter err) {
    Lang lang = Main.lang();
    for (Problem p : result.problems()) {
      (p.severity() == Severity.NOTE ? out : err).println(p.format(lang));
    }
    if (result.hasErrors()) {
      err.println(failed(result));
      return Main.CONTENT_ERRORS;
    }
    out.println(done(result, done));
    return 0;
  }

  /** The last line of a run that failed: {@code gongkai: 失败：…}. */
  static String failed(BuildResult result) {
    Lang lang = Main.lang();
    return Messages.get(lang, "cli.failed", result.summary(lang));
  }

  /** The last line of a run that succeeded: what it did, and the summary. */
  static String done(BuildResult result, Text done) {
    Lang lang = Main.lang();
    return Messages.get(lang, "facade.done-line", done, result.summary(lang));
  }
}
