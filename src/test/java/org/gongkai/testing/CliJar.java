package org.gongkai.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The command-line jar that {@code mvn package} made, for tests that run it as a user would. */
public final class CliJar {

  private CliJar() {}

  /** The {@code *-cli.jar} in {@code target/}. */
  public static Path path() {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no CLI jar in target/: run mvn package first"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
