package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongkai}: the command-line entry point. */
@Command(
    name = "gongkai",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds and checks open-government disclosure sites (政务公开).",
    subcommands = {BuildCommand.class, CheckCommand.class, IndexCommand.class,
        InitCommand.class, ImportCommand.class, ExportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  /** Exit code of a run with content errors. */
  public static final int CONTENT_ERRORS = 1;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command line and returns its exit code, printing to the given writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  /**
   * Runs a command line with the given environment (only {@code CI} is read: {@code CI=true}
   * freezes index numbers, as with {@code --frozen}).
   */
  public static int run(
      String[] args, PrintWriter out, PrintWriter err, java.util.Map<String, String> env) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    environment.set(env);
    try {
      return cli.execute(args);
    } finally {
      environment.remove();
    }
  }

  private static final ThreadLocal<java.util.Map<String, String>> environment =
      new ThreadLocal<>();

  /** Whether the environment asks for a frozen build (CI=true). */
  static boolean ciFrozen() {
    java.util.Map<String, String> env = environment.get();
    return env != null && "true".equalsIgnoreCase(env.get("CI"));
  }

  /** The language of messages: {@code GONGKAI_LANG} in the environment, else Chinese. */
  static org.gongkai.model.Lang lang() {
    java.util.Map<String, String> env = environment.get();
    try {
      return org.gongkai.model.Lang.choose(null, env == null ? System.getenv() : env);
    } catch (IllegalArgumentException e) {
      return org.gongkai.model.Lang.ZH;
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command: build, check, index, init (see gongkai --help)");
  }

  /** The version from the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"gongkai " + org.gongkai.Gongkai.version()};
    }
  }
}
