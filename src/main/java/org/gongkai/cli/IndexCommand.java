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
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code gongkai index}: assign, list and check index numbers (索引号). */
@Command(name = "index", mixinStandardHelpOptions = true,
    subcommands = {IndexCommand.Assign.class, IndexCommand.ListNumbers.class,
        IndexCommand.Check.class})
final class IndexCommand implements Runnable {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new UsageErrors.UsageError(spec.commandLine(), Text.of("cli.index.name-a-command"));
  }

  @Command(name = "assign", mixinStandardHelpOptions = true)
  static final class Assign implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    RunOptions run;

    @Option(names = "--renumber", paramLabel = "PATH", descriptionKey = "option.renumber")
    List<String> renumber = new ArrayList<>();

    @Option(names = "--import", paramLabel = "PATH", arity = "1..*",
        descriptionKey = "option.import")
    List<String> imports = new ArrayList<>();

    @Option(names = "--renumber-unpublished", descriptionKey = "option.renumber-unpublished")
    boolean renumberUnpublished;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BuildResult result = Gongkai.builder().siteDirectory(site.site).today(run.today)
          .frozen(run.frozen()).lang(Main.lang()).build()
          .assign(paths(renumber), paths(imports), renumberUnpublished);
      return Report.print(result, result.written() ? Text.of("facade.done.assigned")
          : Text.of("facade.done.nothing-to-assign"), spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true)
  static final class ListNumbers implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Option(names = "--year", paramLabel = "YYYY", descriptionKey = "option.year")
    Integer year;

    @Option(names = "--organ", paramLabel = "CODE", descriptionKey = "option.organ")
    String organ;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Lang lang = Main.lang();
      List<Problem> problems = new ArrayList<>();
      List<IndexNumber> numbers = Gongkai.builder().siteDirectory(site.site).lang(lang).build()
          .indexNumbers(year, organ, problems);
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      problems.stream().filter(Problem::isError).forEach(p -> err.println(p.format(lang)));
      if (problems.stream().anyMatch(Problem::isError)) {
        return Main.CONTENT_ERRORS;
      }
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {Messages.get(lang, "cli.list.index"),
          Messages.get(lang, "cli.list.state"), Messages.get(lang, "cli.list.assigned"),
          Messages.get(lang, "cli.list.file"), Messages.get(lang, "cli.list.title")});
      for (IndexNumber n : numbers) {
        Text state = n.active() ? Text.of("cli.list.active") : Text.of("cli.list.retired");
        rows.add(new String[] {n.index(), n.imported()
            ? Messages.get(lang, "cli.list.imported", state) : state.in(lang),
            n.assigned().toString(), n.path(), n.title()});
      }
      Table.print(rows, out);
      out.println(Messages.get(lang, "cli.list.count", numbers.size()));
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true)
  static final class Check implements Callable<Integer> {
    @Mixin
    SiteOptions site;

    @Mixin
    RunOptions run;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      BuildResult result = Gongkai.builder().siteDirectory(site.site).today(run.today)
          .frozen(run.frozen()).lang(Main.lang()).build().check();
      BuildResult indexOnly = result.withProblems(result.problems().stream()
          .filter(p -> p.ruleId().startsWith("index") || p.ruleId().startsWith("ledger")
              || p.ruleId().equals("organ-code") || p.ruleId().equals("date-forged")
              || p.ruleId().equals("identity-placeholder"))
          .toList());
      return Report.print(indexOnly, Text.of("facade.done.index-checked"),
          spec.commandLine().getOut(), spec.commandLine().getErr());
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
