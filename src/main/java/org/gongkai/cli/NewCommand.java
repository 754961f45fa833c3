package org.gongkai.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai new <kind>}: writes a new document of a kind that has a fixed form. */
@Command(name = "new", mixinStandardHelpOptions = true,
    subcommands = {NewCommand.AnnualReportCommand.class})
final class NewCommand implements Runnable {

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        Messages.get(Main.lang(), "report.cli-new-name-a-kind"));
  }

  /** Gives the help of {@code new} and its kinds in the run's language (see {@link Lang}). */
  static void localize(CommandLine newCommand, Lang lang) {
    newCommand.setResourceBundle(new Help(lang, "report.cli-new", newCommand));
    CommandLine annual = newCommand.getSubcommands().get("annual-report");
    annual.setResourceBundle(new Help(lang, "report.cli-new-annual-report", annual));
  }

  /** {@code gongkai new annual-report --year 2026}. */
  @Command(name = "annual-report", mixinStandardHelpOptions = true)
  static final class AnnualReportCommand implements Callable<Integer> {

    @Option(names = "--year", required = true, paramLabel = "YYYY",
        descriptionKey = "report.cli-year")
    int year;

    @Option(names = "--kind", paramLabel = "department|government",
        descriptionKey = "report.cli-kind")
    String kind;

    @Option(names = "--organ", paramLabel = "报告机关", descriptionKey = "report.cli-organ")
    String organ;

    @Option(names = {"-s", "--site"}, paramLabel = "DIR", defaultValue = ".",
        descriptionKey = "report.cli-site")
    Path site;

    @Option(names = "--out", paramLabel = "PATH", descriptionKey = "report.cli-out")
    String out;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Lang lang = Main.lang();
      OrganKind organKind = null;
      if (kind != null) {
        organKind = OrganKind.parse(kind).orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(), Messages.get(lang, "report.cli-kind-invalid", kind)));
      }
      if (year < 2008 || year > 9999) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            Messages.get(lang, "report.year-out-of-range", year, 2008));
      }
      BuildResult result = Gongkai.builder().siteDirectory(site).lang(lang).build()
          .newAnnualReport(year, organKind, organ, out);
      for (Problem p : result.problems()) {
        (p.severity() == Severity.NOTE ? spec.commandLine().getOut()
            : spec.commandLine().getErr()).println(p.format(lang));
      }
      return result.hasErrors() ? Main.CONTENT_ERRORS : 0;
    }
  }

  /**
   * The usage help of a command from gongkai's message bundles: its description from one key,
   * its options' descriptions from their {@code descriptionKey}s, in one language.
   */
  private static final class Help extends ResourceBundle {

    private static final Map<String, String> STANDARD = Map.of(
        "usage.description", "", "help", "report.cli-help", "version", "report.cli-version",
        "mixinStandardHelpOptions.help", "report.cli-help",
        "mixinStandardHelpOptions.version", "report.cli-version");

    private final Lang lang;
    private final String descriptionKey;
    private final java.util.Set<String> keys = new java.util.TreeSet<>(STANDARD.keySet());

    /** @param command the command whose options' {@code descriptionKey}s this bundle answers */
    Help(Lang lang, String descriptionKey, CommandLine command) {
      this.lang = lang;
      this.descriptionKey = descriptionKey;
      for (CommandLine.Model.OptionSpec o : command.getCommandSpec().options()) {
        if (o.descriptionKey() != null && Messages.pattern(lang, o.descriptionKey()) != null) {
          keys.add(o.descriptionKey());
        }
      }
    }

    @Override
    protected Object handleGetObject(String key) {
      if (key.equals("usage.description")) {
        return Messages.get(lang, descriptionKey);
      }
      String ours = STANDARD.getOrDefault(key, key);
      return Messages.pattern(lang, ours) == null ? null : Messages.get(lang, ours);
    }

    @Override
    public Enumeration<String> getKeys() {
      return Collections.enumeration(keys);
    }

    @Override
    protected java.util.Set<String> handleKeySet() {
      return keys;
    }
  }
}
