package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** How a command reports: the format, and which severity fails the run. */
final class ReportOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      descriptionKey = "option.format")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      descriptionKey = "option.fail-on")
  String failOn;

  /**
   * Refuses a wrong format or severity as a usage error; a command calls this before it does
   * anything, so that a typo never follows a change to the site.
   */
  void check(CommandLine cli) {
    failOnWarnings(cli);
    try {
      Gongkai.checkReportFormat(format);
    } catch (TextException e) {
      throw new UsageErrors.UsageError(cli, Text.of("cli.error.invalid-because", "--format",
          format, e.text()), e.hint());
    }
  }

  boolean failOnWarnings(CommandLine cli) {
    return switch (failOn.strip().toLowerCase(Locale.ROOT)) {
      case "error" -> false;
      case "warning" -> true;
      default -> throw new UsageErrors.UsageError(cli, Text.of("cli.fail-on", failOn));
    };
  }

  /**
   * Prints the report and returns the exit code. The text report is diagnostics and goes to
   * standard error, as a compiler's warnings do; machine reports go to standard output.
   */
  int print(Gongkai gongkai, BuildResult result, Text done, CommandLine cli) {
    boolean strict = failOnWarnings(cli);
    String report;
    try {
      report = gongkai.report(result, format, strict);
    } catch (TextException e) {
      throw new UsageErrors.UsageError(cli, e);
    }
    boolean fails = result.fails(strict);
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    if (!format.strip().equalsIgnoreCase("text")) {
      out.print(report);
      out.flush();
      if (fails) {
        err.println(Report.failed(result));
      }
    } else {
      if (!result.problems().isEmpty()) {
        err.print(report);
        err.flush();
      }
      if (fails) {
        err.println(Report.failed(result));
      } else {
        out.println(Report.done(result, done));
      }
    }
    return fails ? Main.CONTENT_ERRORS : 0;
  }
}
