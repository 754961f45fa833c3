package org.gongkai.cli;

import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai check}. */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Mixin
  RunOptions run;

  @Option(names = "--fix-masking", descriptionKey = "option.fix-masking")
  boolean fixMasking;

  @Mixin
  ReportOptions report;

  @Mixin
  ProgressOptions progress;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    report.check(spec.commandLine());
    Gongkai gongkai = Gongkai.builder().siteDirectory(site.site).today(run.today)
        .frozen(run.frozen()).lang(Main.lang())
        .progress(progress.progress(spec.commandLine())).build();
    if (fixMasking) {
      BuildResult fixed = gongkai.fixMasking();
      int code = Report.print(fixed, fixed.written() ? Text.of("facade.done.masked")
          : Text.of("facade.done.nothing-to-mask"), spec.commandLine().getOut(),
          spec.commandLine().getErr());
      if (code != 0) {
        return code;
      }
    }
    return report.print(gongkai, gongkai.check(), Text.of("facade.done.checked"),
        spec.commandLine());
  }
}
