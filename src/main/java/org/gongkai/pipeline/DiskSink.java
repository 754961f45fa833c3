package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.assemble.SitePlan;
import org.gongkai.model.Problem;
import org.gongkai.publish.BuildCache;
import org.gongkai.publish.SiteWriter;

/**
 * The sink of {@code build}: the output folder, through the {@link SiteWriter} (a staging folder
 * swapped in by {@link #commit}), keeping the pages whose keys the last build's cache holds.
 */
final class DiskSink implements OutputSink, AutoCloseable {

  private final SiteWriter writer;
  private final Path siteDirectory;
  private final Path outputDirectory;
  private final BuildCache previous;
  private final boolean useCache;

  private DiskSink(SiteWriter writer, Path siteDirectory, Path outputDirectory,
      BuildCache previous, boolean useCache) {
    this.writer = writer;
    this.siteDirectory = siteDirectory;
    this.outputDirectory = outputDirectory;
    this.previous = previous;
    this.useCache = useCache;
  }

  /**
   * @param previous the last build's cache, made under the same render key, or null
   * @throws IOException when the output folder cannot be used
   */
  static DiskSink open(Path outputDirectory, Path siteDirectory, BuildCache previous,
      boolean useCache) throws IOException {
    return new DiskSink(SiteWriter.open(outputDirectory, siteDirectory), siteDirectory,
        outputDirectory, previous, useCache);
  }

  @Override
  public boolean keyed() {
    return useCache;
  }

  @Override
  public Optional<List<String>> keep(String path, String key) throws IOException {
    if (previous == null || !key.equals(previous.pageKeys().get(path))
        || !writer.keep(path, previous.outputs().get(path))) {
      return Optional.empty();
    }
    return Optional.of(previous.pageIds().getOrDefault(path, List.of()));
  }

  @Override
  public void write(String path, byte[] bytes) throws IOException {
    writer.write(path, bytes);
  }

  @Override
  public void copy(Path source, String path) throws IOException {
    writer.copy(source, path);
  }

  /** Swaps the new output in. */
  void commit() throws IOException {
    writer.commit();
  }

  /** How many output files were new or different. */
  int changedFiles() {
    return writer.changedFiles();
  }

  /**
   * Saves what this build knew for the next one; a cache that cannot be written only costs the
   * next build time.
   */
  void saveCache(SitePlan plan, Pipeline.Rendered rendered, BuildCache previousCache,
      List<Problem> problems, String inputs) {
    Map<String, List<String>> ids = new HashMap<>();
    for (String path : rendered.keys().keySet()) {
      List<String> found = rendered.checks().ids(path);
      ids.put(path, found.isEmpty() && previousCache != null
          ? previousCache.pageIds().getOrDefault(path, List.of()) : found);
    }
    String due = plan.unpublished().stream()
        .filter(u -> u.reason() == SitePlan.Reason.SCHEDULED)
        .map(u -> u.document().meta().published().value())
        .min(LocalDateTime::compareTo).map(LocalDateTime::toString).orElse("");
    try {
      List<Problem> kept;
      synchronized (problems) {
        kept = List.copyOf(problems);
      }
      new BuildCache(inputs, rendered.renderKey(), due, writer.hashes(),
          plan.published().size(), plan.pages().size(), rendered.keys(), ids, kept)
          .write(BuildCache.file(siteDirectory, outputDirectory));
    } catch (IOException | RuntimeException e) {
      // the cache only saves time: the next build renders everything
    }
  }

  @Override
  public void close() throws IOException {
    writer.close();
  }
}
