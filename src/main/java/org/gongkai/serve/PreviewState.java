package org.gongkai.serve;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SitePlan;
import org.gongkai.render.Renderer;

/**
 * A site the preview can show: a plan that passed every check, with what its pages showed (keys)
 * and held (ids) when they were inspected, the theme assets, and where each copied file comes
 * from. Its pages are rendered when asked for. Immutable; replaced as a whole by a rebuild.
 *
 * @param build the rebuild that made it (counting from 1)
 */
record PreviewState(
    int build, SitePlan plan, Renderer renderer, Map<String, Page> pages,
    Map<String, String> keys, Map<String, List<String>> ids, Map<String, byte[]> assets,
    Map<String, Path> copies, String renderKey) {

  PreviewState {
    pages = Map.copyOf(pages);
    keys = Map.copyOf(keys);
    ids = Map.copyOf(ids);
    assets = Map.copyOf(assets);
    copies = Map.copyOf(copies);
  }

  static Map<String, Page> byPath(SitePlan plan) {
    Map<String, Page> out = new HashMap<>();
    plan.pages().forEach(p -> out.put(p.path(), p));
    return out;
  }

  /** Whether the site has a file at this output path. */
  boolean has(String path) {
    return pages.containsKey(path) || assets.containsKey(path) || copies.containsKey(path);
  }
}
