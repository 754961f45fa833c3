package org.gongkai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** {@code gongkai import FILE} and {@code gongkai import --merge DIR|FILES…}. */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "param.import-files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--merge", descriptionKey = "option.import-merge")
  boolean merge;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.import-sheet")
  String sheet;

  @Option(names = "--columns", paramLabel = "SPEC|@FILE", descriptionKey = "option.import-columns")
  String columns;

  @Option(names = "--headings", paramLabel = "auto|default|KEY=LABEL,…",
      descriptionKey = "option.import-headings")
  String headings;

  @Option(names = "--series", paramLabel = "S", descriptionKey = "option.import-series")
  String series;

  @Option(names = "--period", paramLabel = "P", descriptionKey = "option.import-period")
  String period;

  @Option(names = "--title", paramLabel = "标题", descriptionKey = "option.import-title")
  String title;

  @Option(names = "--written", paramLabel = "YYYY-MM-DD", descriptionKey = "option.import-written")
  String written;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD[ HH:mm]", descriptionKey = "option.import-published")
  String published;

  @Option(names = "--topic", paramLabel = "主题分类", descriptionKey = "option.import-topic")
  String topic;

  @Option(names = "--publisher", paramLabel = "发布机构", descriptionKey = "option.import-publisher")
  String publisher;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "option.import-out")
  Path out;

  @Option(names = "--force", descriptionKey = "option.force")
  boolean force;

  @Mixin
  SiteOptions site;

  @Mixin
  RunOptions run;

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Lang lang = Main.lang();
    if (merge && (series == null || period == null)) {
      throw usage("sheet.cli-merge-needs");
    }
    if (merge && (sheet != null || columns != null || headings != null)) {
      throw usage("sheet.cli-merge-options");
    }
    if (!merge && files.size() != 1) {
      throw usage("sheet.cli-one-file");
    }
    Sheets sheets = Gongkai.builder().siteDirectory(site.site).today(run.today)
        .frozen(run.frozen()).lang(lang).build().sheets();
    SheetResult result = merge
        ? sheets.merge(new Sheets.MergeRequest(files, series, period, title, written, published,
            out, force))
        : sheets.importSheet(new Sheets.ImportRequest(files.get(0), sheet, columns, headings,
            series, period, title, written, published, topic, publisher, out, force));
    return SheetReport.print(result, lang, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  private CommandLine.ParameterException usage(String key) {
    return new UsageErrors.UsageError(spec.commandLine(), Text.of(key));
  }
}
