package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Messages;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai build}. */
@Command(name = "build", mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Mixin
  RunOptions run;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", descriptionKey = "option.output")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "option.base-url")
  String baseUrl;

  @Option(names = "--no-cache", descriptionKey = "option.no-cache")
  boolean noCache;

  @Option(names = "--stats", hidden = true, descriptionKey = "option.stats")
  boolean stats;

  @Mixin
  ReportOptions report;

  @Mixin
  ProgressOptions progress;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    report.check(spec.commandLine());
    if (baseUrl != null) {
      try {
        Gongkai.checkBaseUrl(baseUrl);
      } catch (TextException e) {
        throw new UsageErrors.UsageError(spec.commandLine(), Text.of("cli.error.invalid-because",
            "--base-url", baseUrl, e.text()), e.hint());
      }
    }
    Gongkai gongkai = Gongkai.builder().siteDirectory(site.site).outputDirectory(output)
        .today(run.today).frozen(run.frozen()).baseUrl(baseUrl).lang(Main.lang())
        .progress(progress.progress(spec.commandLine()))
        .failOnWarnings(report.failOnWarnings(spec.commandLine())).useCache(!noCache).build();
    BuildResult result = gongkai.build();
    int code = report.print(gongkai, result,
        Text.of("facade.done.built", gongkai.outputDirectory().toString()), spec.commandLine());
    if (stats) {
      long peak = 0;
      for (java.lang.management.MemoryPoolMXBean pool
          : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      spec.commandLine().getOut().println(Messages.get(Main.lang(), "cli.peak-heap",
          peak / (1024 * 1024)));
    }
    return code;
  }
}
