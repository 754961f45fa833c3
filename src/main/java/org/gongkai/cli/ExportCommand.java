package org.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.gongkai.Gongkai;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Lang;
import org.gongkai.model.Text;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai export SERIES|FILE --by-unit|--whole}. */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SERIES|FILE", descriptionKey = "param.export-list")
  String list;

  @Option(names = "--by-unit", descriptionKey = "option.export-by-unit")
  boolean byUnit;

  @Option(names = "--whole", descriptionKey = "option.export-whole")
  boolean whole;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", descriptionKey = "option.export-out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.force")
  boolean force;

  // read by the converter Main registers for LocalDate: the content model's strict date form
  @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "option.export-today")
  LocalDate today;

  @Mixin
  SiteOptions site;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Lang lang = Main.lang();
    if (!byUnit && !whole) {
      throw new UsageErrors.UsageError(spec.commandLine(), Text.of("sheet.cli-export-needs"));
    }
    SheetResult result = Gongkai.builder().siteDirectory(site.site).today(today)
        .lang(lang).build().sheets()
        .export(new Sheets.ExportRequest(list, byUnit, whole, out, force));
    return SheetReport.print(result, lang, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
