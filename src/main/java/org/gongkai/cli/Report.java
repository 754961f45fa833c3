package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.BuildResult;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/** Prints problems and the summary, and picks the exit code. */
final class Report {

  private Report() {}

  static int print(BuildResult result, String done, PrintWriter out, PrintWriter err) {
    for (Problem p : result.problems()) {
      (p.severity() == Severity.NOTE ? out : err).println(p.format());
    }
    if (result.hasErrors()) {
      err.println("gongkai: failed: " + result.summary());
      return Main.CONTENT_ERRORS;
    }
    out.println(done + ": " + result.summary());
    return 0;
  }
}
