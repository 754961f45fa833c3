package org.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The site a command works on: every command but {@code init} has it. */
final class SiteOptions {

  @Option(names = {"-s", "--site"}, paramLabel = "DIR", defaultValue = ".",
      descriptionKey = "option.site")
  Path site;
}
