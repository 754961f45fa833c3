package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai serve}: the preview while editing. Exit 0 when stopped with Ctrl-C, 2 when it
 * cannot start (the port is taken, the address unknown).
 */
@Command(name = "serve", mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

  @Mixin
  SiteOptions site;

  @Mixin
  RunOptions run;

  @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
      descriptionKey = "option.port")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      descriptionKey = "option.bind")
  String bind;

  @Option(names = "--drafts", descriptionKey = "option.drafts")
  boolean drafts;

  @Mixin
  ProgressOptions progress;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Lang lang = Main.lang();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new UsageErrors.UsageError(spec.commandLine(), Text.of("cli.serve.port", port));
    }
    Gongkai gongkai = Gongkai.builder().siteDirectory(site.site).today(run.today)
        .frozen(run.frozen()).lang(lang).progress(progress.progress(spec.commandLine()))
        .build();
    Preview preview;
    try {
      preview = gongkai.serve(port, bind, drafts, result -> print(result, out, err, lang));
    } catch (TextException e) {
      throw new UsageErrors.UsageError(spec.commandLine(), e);
    }
    if (!preview.localOnly()) {
      err.println(Messages.get(lang, "cli.serve.exposed", bind));
    }
    out.println(Messages.get(lang, "cli.serve.url", preview.url()));
    out.flush();
    int code = preview.runUntilStopped();
    out.println(Messages.get(lang, "cli.serve.stopped"));
    out.flush();
    return code;
  }

  /** Every build of the preview: its problems, as a build prints them, and one line. */
  private static void print(BuildResult result, PrintWriter out, PrintWriter err, Lang lang) {
    for (Problem p : result.problems()) {
      (p.severity() == Severity.NOTE ? out : err).println(p.format(lang));
    }
    if (result.hasErrors()) {
      err.println(Messages.get(lang, "cli.serve.failed", result.summary(lang)));
    } else {
      out.println(Messages.get(lang, "cli.serve.built", result.summary(lang)));
    }
    out.flush();
    err.flush();
  }
}
