package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai build}. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Check the site and write it to the output folder. On any error nothing is"
        + " written and the previous output stays as it was.")
final class BuildCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "where to write the site (default: site-output in the site folder)")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "serve the site at this URL instead of site.yaml's baseUrl (staging)")
  String baseUrl;

  @Option(names = "--no-cache",
      description = "render every page again instead of reusing what the last build of this"
          + " output folder knew (.gongkai-cache/); the site is the same either way")
  boolean noCache;

  @Option(names = "--stats", hidden = true,
      description = "print the peak heap used (for the benchmark)")
  boolean stats;

  @Mixin
  ReportOptions report;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Gongkai gongkai = Gongkai.builder().siteDirectory(site.site).outputDirectory(output)
        .today(site.today).frozen(site.frozen()).baseUrl(baseUrl)
        .failOnWarnings(report.failOnWarnings(spec.commandLine())).useCache(!noCache).build();
    BuildResult result = gongkai.build();
    int code = report.print(gongkai, result, "built " + gongkai.outputDirectory(),
        spec.commandLine());
    if (stats) {
      long peak = 0;
      for (java.lang.management.MemoryPoolMXBean pool
          : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      spec.commandLine().getOut().println("peak heap: " + peak / (1024 * 1024) + " MiB");
    }
    return code;
  }
}
