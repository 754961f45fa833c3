package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Prints a usage error (exit code 2) in the run's language: what is wrong in gongkai's words, the
 * commands or options that were probably meant, and how to get the command's help. picocli's
 * own English sentences ("Unknown option: '--x'", "Missing required parameter") are not shown.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

  private final Lang lang;

  UsageErrors(Lang lang) {
    this.lang = lang;
  }

  /** A usage error gongkai's own code finds, worded already. */
  static final class UsageError extends ParameterException {
    private static final long serialVersionUID = 1L;
    private final transient Text text;
    private final transient Text hint;

    UsageError(CommandLine cli, Text text, Text hint) {
      super(cli, text.in(Lang.EN));
      this.text = text;
      this.hint = hint;
    }

    UsageError(CommandLine cli, Text text) {
      this(cli, text, Text.NONE);
    }

    /** A value gongkai refused (a report format, a date), with its hint. */
    UsageError(CommandLine cli, TextException e) {
      this(cli, e.text(), e.hint());
    }
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cli = ex.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println(Messages.get(lang, "cli.usage-error", describe(ex)));
    Text hint = hint(ex);
    if (!hint.isEmpty()) {
      err.println("  " + Messages.get(lang, "common.hint-line", hint));
    }
    if (ex instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println("  " + Messages.get(lang, "cli.did-you-mean",
          Text.list(u.getSuggestions().stream().limit(5).toList())));
    }
    err.println(Messages.get(lang, "cli.see-help",
        cli.getCommandSpec().qualifiedName() + " --help"));
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** What is wrong, for each kind of mistake picocli finds. */
  static Text describe(ParameterException ex) {
    if (ex instanceof UsageError u) {
      return u.text;
    }
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = u.getUnmatched().get(0);
      if (first.startsWith("-")) {
        return Text.of("cli.error.unknown-option", first);
      }
      if (!ex.getCommandLine().getSubcommands().isEmpty()) {
        return Text.of("cli.error.unknown-command", first);
      }
      return Text.of("cli.error.extra", Text.list(u.getUnmatched()));
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      List<ArgSpec> missing = m.getMissing();
      if (missing.stream().allMatch(a -> a instanceof OptionSpec o && !o.required())) {
        OptionSpec o = (OptionSpec) missing.get(0);
        return Text.of("cli.error.needs-value", o.longestName(), o.paramLabel());
      }
      return Text.of("cli.error.missing", Text.list(missing.stream().map(UsageErrors::name)
          .toList()));
    }
    if (ex instanceof OverwrittenOptionException o && o.getOverwritten() != null) {
      return Text.of("cli.error.twice", name(o.getOverwritten()));
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      TextException reason = textCause(ex);
      if (reason != null) {
        return Text.of("cli.error.invalid-because", name(ex.getArgSpec()), ex.getValue(),
            reason.text());
      }
      Class<?> type = ex.getArgSpec().type();
      if (type == Integer.class || type == int.class || type == Long.class
          || type == long.class) {
        return Text.of("cli.error.not-a-number", name(ex.getArgSpec()), ex.getValue());
      }
      return Text.of("cli.error.invalid", name(ex.getArgSpec()), ex.getValue());
    }
    if (ex.getArgSpec() == null && ex.getValue() != null
        && !ex.getCommandLine().getSubcommands().isEmpty()) {
      // `gongkai help nosuch`
      return Text.of("cli.error.unknown-command", ex.getValue());
    }
    return Text.of("cli.error.other", Text.literal(ex.getMessage()));
  }

  private static Text hint(ParameterException ex) {
    if (ex instanceof UsageError u) {
      return u.hint;
    }
    TextException reason = textCause(ex);
    return reason == null ? Text.NONE : reason.hint();
  }

  private static TextException textCause(Throwable ex) {
    for (Throwable c = ex.getCause(); c != null; c = c.getCause()) {
      if (c instanceof TextException t) {
        return t;
      }
    }
    return null;
  }

  /** An option by its longest name, a positional parameter by its label (DIR). */
  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec o) {
      return o.longestName();
    }
    return ((PositionalParamSpec) arg).paramLabel();
  }
}
