package org.gongkai.cli;

import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the site without writing anything: metadata, index numbers, personal"
        + " data, injected content, links, columns, dates, units, withheld text.")
final class CheckCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Option(names = "--fix-masking",
      description = "first replace the ID, mobile and bank card numbers the check reports by"
          + " their masked form in the source files, printing every change")
  boolean fixMasking;

  @Mixin
  ReportOptions report;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Gongkai gongkai = Gongkai.builder().siteDirectory(site.site).today(site.today)
        .frozen(site.frozen()).build();
    if (fixMasking) {
      BuildResult fixed = gongkai.fixMasking();
      int code = Report.print(fixed, fixed.written() ? "masked" : "nothing to mask",
          spec.commandLine().getOut(), spec.commandLine().getErr());
      if (code != 0) {
        return code;
      }
    }
    report.failOnWarnings(spec.commandLine());
    return report.print(gongkai, gongkai.check(), "checked", spec.commandLine());
  }
}
