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
    resourceBundle = "org.gongkai.cli.SheetHelp",
    description = "Import a task table from a spreadsheet (.xlsx, .xls, .csv) as a task list,"
        + " or merge the sheets departments sent back into a new period.")
final class ImportCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files",
      description = "the spreadsheet (with --merge: spreadsheets and folders of them)")
  List<Path> files = new ArrayList<>();

  @Option(names = "--merge", descriptionKey = "merge",
      description = "merge returned sheets into a new period (needs --series and --period)")
  boolean merge;

  @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "sheet",
      description = "the sheet to read (default: the first with a task table)")
  String sheet;

  @Option(names = "--columns", paramLabel = "SPEC|@FILE", descriptionKey = "columns",
      description = "columns by hand, e.g. 序号=A,内容=B,进展=C,责任单位=D, or @FILE")
  String columns;

  @Option(names = "--headings", paramLabel = "auto|default|KEY=LABEL,…",
      descriptionKey = "headings", description = "the list's headings (default: auto)")
  String headings;

  @Option(names = "--series", paramLabel = "S", descriptionKey = "series",
      description = "the series of the new list")
  String series;

  @Option(names = "--period", paramLabel = "P", descriptionKey = "period",
      description = "the period of the new list, e.g. 1-9月")
  String period;

  @Option(names = "--title", paramLabel = "标题", descriptionKey = "title", description = "标题")
  String title;

  @Option(names = "--written", paramLabel = "YYYY-MM-DD", descriptionKey = "written",
      description = "成文日期")
  String written;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD[ HH:mm]", descriptionKey = "published",
      description = "发布日期")
  String published;

  @Option(names = "--topic", paramLabel = "主题分类", descriptionKey = "topic",
      description = "主题分类")
  String topic;

  @Option(names = "--publisher", paramLabel = "发布机构", descriptionKey = "publisher",
      description = "发布机构")
  String publisher;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", descriptionKey = "out",
      description = "the task-list file to write")
  Path out;

  @Option(names = "--force", descriptionKey = "force",
      description = "replace an existing file (atomically)")
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
