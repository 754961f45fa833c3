package org.gongkai.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * How a run that reads the documents behaves: the day it runs as, and whether it may change the
 * site's own files. Commands that neither check nor number documents ({@code index list},
 * {@code init}) do not offer them.
 */
final class RunOptions {

  // read by the converter Main registers for LocalDate: the content model's strict date form
  @Option(names = "--today", paramLabel = "YYYY-MM-DD", descriptionKey = "option.today")
  LocalDate today;

  @Option(names = "--frozen", descriptionKey = "option.frozen")
  boolean frozen;

  boolean frozen() {
    return frozen || Main.ciFrozen();
  }
}
