package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.IndexNumber;
import org.gongkai.model.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai index}: assign, list and check index numbers (索引号). */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Index numbers (索引号): assign, list, check.",
    subcommands = {IndexCommand.Assign.class, IndexCommand.ListNumbers.class,
        IndexCommand.Check.class})
final class IndexCommand implements Runnable {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: assign, list or check");
  }

  @Command(name = "assign", mixinStandardHelpOptions = true,
      description = "Give every publishable document without an index number the next number,"
          + " write it into the document and index-ledger.yaml.")
  static final class Assign implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--renumber", paramLabel = "PATH",
        description = "give this document (path relative to the site) a fresh number, e.g. one"
            + " numbered on two branches; only for documents not yet published")
    List<String> renumber = new ArrayList<>();

    @Option(names = "--import", paramLabel = "PATH", arity = "1..*",
        description = "mark these documents as imported from an older site (their publication"
            + " date may precede their number)")
    List<String> imports = new ArrayList<>();

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BuildResult result = Gongkai.builder().siteDirectory(site.site).today(site.today)
          .frozen(site.frozen()).build()
          .assign(paths(renumber), paths(imports));
      return Report.print(result, result.written() ? "index numbers written"
          : "nothing to assign", spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Print the ledger as a table.")
  static final class ListNumbers implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--year", description = "only numbers of this year")
    Integer year;

    @Option(names = "--organ", paramLabel = "CODE", description = "only numbers of this organ")
    String organ;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      List<Problem> problems = new ArrayList<>();
      List<IndexNumber> numbers = Gongkai.builder().siteDirectory(site.site).build()
          .indexNumbers(year, organ, problems);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      problems.stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
      if (problems.stream().anyMatch(Problem::isError)) {
        return Main.CONTENT_ERRORS;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"索引号", "状态", "发号日期", "文件", "标题"});
      for (IndexNumber n : numbers) {
        rows.add(new String[] {n.index(), (n.active() ? "active" : "retired")
            + (n.imported() ? " (imported)" : ""), n.assigned().toString(), n.path(), n.title()});
      }
      Table.print(rows, out);
      out.println(numbers.size() + (numbers.size() == 1 ? " number" : " numbers"));
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Verify index numbers and the ledger without writing: duplicates, numbers"
          + " not in the ledger, retired numbers in use, documents still without a number.")
  static final class Check implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BuildResult result = Gongkai.builder().siteDirectory(site.site).today(site.today)
          .frozen(site.frozen()).build().check();
      BuildResult indexOnly = new BuildResult(result.problems().stream()
          .filter(p -> p.ruleId().startsWith("index") || p.ruleId().startsWith("ledger")
              || p.ruleId().equals("organ-code"))
          .toList(), result.documents(), result.pages(), false, result.elapsed());
      return Report.print(indexOnly, "index numbers checked", spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }

  private static Set<String> paths(List<String> written) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : written) {
      out.add(Path.of(w).normalize().toString().replace('\\', '/'));
    }
    return out;
  }
}
