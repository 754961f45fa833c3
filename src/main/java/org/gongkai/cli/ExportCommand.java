package org.gongkai.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.Gongkai;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai export SERIES|FILE --by-unit|--whole}. */
@Command(name = "export", mixinStandardHelpOptions = true,
    resourceBundle = "org.gongkai.cli.SheetHelp")
final class ExportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SERIES|FILE", descriptionKey = "list")
  String list;

  @Option(names = "--by-unit", descriptionKey = "by-unit")
  boolean byUnit;

  @Option(names = "--whole", descriptionKey = "whole")
  boolean whole;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "out")
  Path out;

  @Option(names = "--force", descriptionKey = "force")
  boolean force;

  @Mixin
  SiteOptions site;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Lang lang = Main.lang();
    if (!byUnit && !whole) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          Messages.get(lang, "sheet.cli-export-needs"));
    }
    SheetResult result = Gongkai.builder().siteDirectory(site.site).today(site.today)
        .lang(lang).build().sheets()
        .export(new Sheets.ExportRequest(list, byUnit, whole, out, force));
    return SheetReport.print(result, lang, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
