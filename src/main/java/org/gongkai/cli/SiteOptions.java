package org.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options every command shares. */
final class SiteOptions {

  @Option(names = {"-s", "--site"}, paramLabel = "DIR", defaultValue = ".",
      description = "the site folder, holding site.yaml (default: the current folder)")
  Path site;

  @Option(names = "--today", paramLabel = "YYYY-MM-DD",
      description = "build as of this date instead of today (for back-dated runs and tests)")
  LocalDate today;

  @Option(names = "--frozen",
      description = "change no file of the site: a document without an index number is an error"
          + " (the default when the environment variable CI is true)")
  boolean frozen;

  boolean frozen() {
    return frozen || Main.ciFrozen();
  }

}
