package org.gongkai.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import org.gongkai.Gongkai;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/**
 * {@code gongkai}: the command-line entry point. Every word it prints is in the language of
 * {@code --lang}, else of the environment variable {@code GONGKAI_LANG}, else Chinese: the
 * language is read from the arguments before picocli builds the help, whose texts come from the
 * resource bundles {@code org/gongkai/cli/help_zh.properties} and {@code help_en.properties}.
 */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class,
        IndexCommand.class, InitCommand.class, NewCommand.class, ImportCommand.class,
        ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit code of a run with content errors. */
  public static final int CONTENT_ERRORS = 1;

  /** Where the help texts are on the class path, by language: {@code help_zh.properties}. */
  static final String HELP_BUNDLE = "org/gongkai/cli/help_";

  // read before picocli parses (see run); declared so that every command accepts and lists it
  @Option(names = "--lang", paramLabel = "zh|en|auto", scope = ScopeType.INHERIT,
      descriptionKey = "option.lang")
  String lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // a terminal gets the characters in its own encoding (GBK in a Chinese Windows console), so
    // that Chinese messages are readable there; pipes and CI logs get UTF-8
    Charset charset = System.console() != null ? System.console().charset()
        : StandardCharsets.UTF_8;
    System.exit(run(args, new PrintWriter(System.out, true, charset),
        new PrintWriter(System.err, true, charset), System.getenv(), System.console() != null));
  }

  /** Runs a command line and returns its exit code, printing to the given writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs a command line with the given environment: {@code CI=true} freezes index numbers, as
   * with {@code --frozen}; {@code GONGKAI_LANG} chooses the language when {@code --lang} does
   * not.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    return run(args, out, err, env, false);
  }

  /**
   * Runs a command line; {@code terminal} says that the output is a terminal, where progress is
   * one live line rather than a line per stage.
   */
  static int run(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
    Lang language;
    try {
      language = Lang.choose(langOption(args), env);
    } catch (TextException e) {
      // the language asked for is unknown, so the message cannot be in it
      Lang fallback = Lang.ZH;
      err.println(Messages.get(fallback, "cli.usage-error", e.text()));
      err.println("  " + Messages.get(fallback, "common.hint-line", e.hint()));
      err.flush();
      return CommandLine.ExitCode.USAGE;
    }
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.registerConverter(LocalDate.class, Gongkai::date);
    cli.setParameterExceptionHandler(new UsageErrors(language));
    cli.setResourceBundle(help(language));
    session.set(new Session(env, language, terminal));
    try {
      return cli.execute(args);
    } finally {
      session.remove();
    }
  }

  /**
   * The value of {@code --lang} (or {@code --lang=…}) among the options, before {@code --};
   * null when there is none. The last one counts, as picocli would have it.
   */
  static String langOption(String[] args) {
    String found = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--lang") && i + 1 < args.length) {
        found = args[++i];
      } else if (args[i].startsWith("--lang=")) {
        found = args[i].substring("--lang=".length());
      }
    }
    return found;
  }

  /** The help texts of a language. */
  static ResourceBundle help(Lang language) {
    String name = HELP_BUNDLE + language.code() + ".properties";
    try (InputStream in = Main.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a run of the command line knows besides its arguments. */
  private record Session(Map<String, String> env, Lang lang, boolean terminal) {}

  private static final ThreadLocal<Session> session = new ThreadLocal<>();

  /** Whether the environment asks for a frozen build (CI=true). */
  static boolean ciFrozen() {
    Session s = session.get();
    return s != null && "true".equalsIgnoreCase(s.env().get("CI"));
  }

  /** Whether this run prints to a terminal. */
  static boolean terminal() {
    Session s = session.get();
    return s != null && s.terminal();
  }

  /** The language of this run. */
  static Lang lang() {
    Session s = session.get();
    return s == null ? Lang.ZH : s.lang();
  }

  @Override
  public void run() {
    throw new UsageErrors.UsageError(spec.commandLine(), Text.of("cli.name-a-command"));
  }

  /** The version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gongkai " + Gongkai.version()};
    }
  }
}
