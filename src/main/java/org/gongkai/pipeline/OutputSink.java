package org.gongkai.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the render loop ({@link Pipeline#render}) puts the files of a site: every page, theme
 * asset, copied file and any other generated file goes through the same three calls, from any
 * thread. The loop inspects every file (links, the leak guard) before handing it over.
 */
public interface OutputSink {

  /**
   * Whether the loop should give each page its key (what the page shows), so that {@link #keep}
   * can keep pages made under the same key before. Keys cost a pass over the pages' views.
   */
  boolean keyed();

  /**
   * Keeps the page made before under the same key, instead of rendering it again.
   *
   * @return the ids the kept page has (for the link checker), or empty when the page must be
   *     rendered
   */
  Optional<List<String>> keep(String path, String key) throws IOException;

  /** A rendered page, a theme asset or another generated file. */
  void write(String path, byte[] bytes) throws IOException;

  /** A file of the site, copied as it is ({@code source} is in the site folder). */
  void copy(Path source, String path) throws IOException;
}
