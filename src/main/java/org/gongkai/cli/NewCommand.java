package org.gongkai.cli;

import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai new <kind>}: writes a new document of a kind that has a fixed form. */
@Command(name = "new", mixinStandardHelpOptions = true,
    subcommands = {NewCommand.AnnualReportCommand.class})
final class NewCommand implements Runnable {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageErrors.UsageError(spec.commandLine(), Text.of("report.cli-new-name-a-kind"));
  }

  /** {@code gongkai new annual-report --year 2026}. */
  @Command(name = "annual-report", mixinStandardHelpOptions = true)
  static final class AnnualReportCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YYYY",
        descriptionKey = "option.annual-year")
    int year;

    @Option(names = "--kind", paramLabel = "department|government",
        descriptionKey = "option.annual-kind")
    String kind;

    @Option(names = "--organ", paramLabel = "报告机关", descriptionKey = "option.annual-organ")
    String organ;

    @Mixin
    SiteOptions site;

    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "option.annual-out")
    String out;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Lang lang = Main.lang();
      OrganKind organKind = null;
      if (kind != null) {
        organKind = OrganKind.parse(kind).orElseThrow(() -> new UsageErrors.UsageError(
            spec.commandLine(), Text.of("report.cli-kind-invalid", kind)));
      }
      if (year < 2008 || year > 9999) {
        throw new UsageErrors.UsageError(spec.commandLine(),
            Text.of("report.year-out-of-range", year, 2008));
      }
      BuildResult result = Gongkai.builder().siteDirectory(site.site).lang(lang).build()
          .newAnnualReport(year, organKind, organ, out);
      for (Problem p : result.problems()) {
        (p.severity() == Severity.NOTE ? spec.commandLine().getOut()
            : spec.commandLine().getErr()).println(p.format(lang));
      }
      return result.hasErrors() ? Main.CONTENT_ERRORS : 0;
    }
  }
}
