package org.gongkai.cli;

import org.gongkai.model.Progress;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Whether a long command shows its progress on standard error ({@code build}, {@code check}). */
final class ProgressOptions {

  @Option(names = {"-q", "--quiet"}, descriptionKey = "option.quiet")
  boolean quiet;

  /** The listener for this run: nothing when quiet. */
  Progress progress(CommandLine cli) {
    return quiet ? Progress.NONE : new ProgressLine(cli.getErr(), Main.lang(), Main.terminal());
  }
}
