package org.gongkai.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.pipeline.OutputSink;

/**
 * The preview's sink: memory. A page whose key is the one it had in the last good site (or in the
 * last build's cache, under the same render key) is kept with the ids it had; a rendered page is
 * remembered for the browser; theme assets are held; copied files are served from where they are.
 */
final class PreviewSink implements OutputSink {

  private final Map<String, String> previousKeys;
  private final Map<String, List<String>> previousIds;
  private final RenderedPages rendered;
  private final Map<String, byte[]> assets = new ConcurrentHashMap<>();
  private final Map<String, Path> copies = new ConcurrentHashMap<>();
  private final Map<String, List<String>> keptIds = new ConcurrentHashMap<>();
  private final Map<String, String> keysOfWritten = new ConcurrentHashMap<>();

  /**
   * @param previousKeys the keys pages had when last inspected under this render key
   * @param previousIds their ids then
   */
  PreviewSink(Map<String, String> previousKeys, Map<String, List<String>> previousIds,
      RenderedPages rendered) {
    this.previousKeys = previousKeys;
    this.previousIds = previousIds;
    this.rendered = rendered;
  }

  @Override
  public boolean keyed() {
    return true;
  }

  @Override
  public Optional<List<String>> keep(String path, String key) {
    if (!key.equals(previousKeys.get(path))) {
      keysOfWritten.put(path, key);
      return Optional.empty();
    }
    List<String> ids = previousIds.getOrDefault(path, List.of());
    keptIds.put(path, ids);
    return Optional.of(ids);
  }

  @Override
  public void write(String path, byte[] bytes) {
    String key = keysOfWritten.get(path);
    if (key != null) {
      rendered.put(path, key, bytes);
    } else {
      assets.put(path, bytes);
    }
  }

  @Override
  public void copy(Path source, String path) {
    copies.put(path, source);
  }

  Map<String, byte[]> assets() {
    return assets;
  }

  Map<String, Path> copies() {
    return copies;
  }

  /** The ids of the pages kept from before (the rendered ones' are the checks'). */
  Map<String, List<String>> keptIds() {
    return keptIds;
  }
}
