package org.gongkai.cli;

import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code gongkai check}. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the site without writing anything.")
final class CheckCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = Gongkai.builder().siteDirectory(site.site).today(site.today).frozen(site.frozen()).build()
        .check();
    return Report.print(result, "checked", spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
