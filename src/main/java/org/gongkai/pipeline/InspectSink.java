package org.gongkai.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The sink of {@code check}: every page is rendered and inspected (links, the leak guard, template
 * failures) and then dropped; nothing is kept from before and nothing is written.
 */
public final class InspectSink implements OutputSink {

  @Override
  public boolean keyed() {
    return false;
  }

  @Override
  public Optional<List<String>> keep(String path, String key) {
    return Optional.empty();
  }

  @Override
  public void write(String path, byte[] bytes) {
    // inspected by the loop; nothing to keep
  }

  @Override
  public void copy(Path source, String path) {
    // inspected by the loop; nothing to keep
  }
}
