package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How a command reports: the format, and which severity fails the run. */
final class ReportOptions {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "report format: text, json, sarif (code scanning) or junit (CI);"
          + " default ${DEFAULT-VALUE}")
  String format;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
      description = "fail (exit 1) on `error` (default) or also on `warning`")
  String failOn;

  boolean failOnWarnings(CommandLine cli) {
    return switch (failOn.strip().toLowerCase(Locale.ROOT)) {
      case "error" -> false;
      case "warning" -> true;
      default -> throw new CommandLine.ParameterException(cli,
          "--fail-on takes error or warning, not `" + failOn + "`");
    };
  }

  /**
   * Prints the report and returns the exit code. The text report is diagnostics and goes to
   * standard error, as a compiler's warnings do; machine reports go to standard output.
   */
  int print(Gongkai gongkai, BuildResult result, String done, CommandLine cli) {
    boolean strict = failOnWarnings(cli);
    String report;
    try {
      report = gongkai.report(result, format, strict);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    boolean fails = result.fails(strict);
    PrintWriter out = cli.getOut();
    PrintWriter err = cli.getErr();
    if (!format.strip().equalsIgnoreCase("text")) {
      out.print(report);
      out.flush();
      if (fails) {
        err.println("gongkai: failed: " + result.summary());
      }
    } else {
      if (!result.problems().isEmpty()) {
        err.print(report);
        err.flush();
      }
      if (fails) {
        err.println("gongkai: failed: " + result.summary());
      } else {
        out.println(done + ": " + result.summary());
      }
    }
    return fails ? Main.CONTENT_ERRORS : 0;
  }
}
