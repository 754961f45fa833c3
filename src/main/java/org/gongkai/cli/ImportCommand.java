package org.gongkai.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** {@code gongkai import FILE} and {@code gongkai import --merge DIR|FILES…}. */
@Command(name = "import", mixinStandardHelpOptions = true,
    resourceBundle = "org.gongkai.cli.SheetHelp")
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @Option(names = "--merge", descriptionKey = "merge")
  boolean merge;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet")
  String sheet;

  @Option(names = "--columns", paramLabel = "SPEC|@FILE", descriptionKey = "columns")
  String columns;

  @Option(names = "--headings", paramLabel = "auto|default|KEY=LABEL,…",
      descriptionKey = "headings")
  String headings;

  @Option(names = "--series", paramLabel = "S", descriptionKey = "series")
  String series;

  @Option(names = "--period", paramLabel = "P", descriptionKey = "period")
  String period;

  @Option(names = "--title", paramLabel = "标题", descriptionKey = "title")
  String title;

  @Option(names = "--written", paramLabel = "YYYY-MM-DD", descriptionKey = "written")
  String written;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD[ HH:mm]", descriptionKey = "published")
  String published;

  @Option(names = "--topic", paramLabel = "主题分类", descriptionKey = "topic")
  String topic;

  @Option(names = "--publisher", paramLabel = "发布机构", descriptionKey = "publisher")
  String publisher;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "out")
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
    if (merge && (series == null || period == null)) {
      throw usage(lang, "sheet.cli-merge-needs");
    }
    if (merge && (sheet != null || columns != null || headings != null)) {
      throw usage(lang, "sheet.cli-merge-options");
    }
    if (!merge && files.size() != 1) {
      throw usage(lang, "sheet.cli-one-file");
    }
    Sheets sheets = Gongkai.builder().siteDirectory(site.site).today(site.today)
        .frozen(site.frozen()).lang(lang).build().sheets();
    SheetResult result = merge
        ? sheets.merge(new Sheets.MergeRequest(files, series, period, title, written, published,
            out, force))
        : sheets.importSheet(new Sheets.ImportRequest(files.get(0), sheet, columns, headings,
            series, period, title, written, published, topic, publisher, out, force));
    return SheetReport.print(result, lang, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  private CommandLine.ParameterException usage(Lang lang, String key) {
    return new CommandLine.ParameterException(spec.commandLine(), Messages.get(lang, key));
  }
}
