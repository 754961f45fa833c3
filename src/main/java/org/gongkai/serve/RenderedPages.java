package org.gongkai.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages rendered lately, by output path and key, up to a budget of bytes (least recently used
 * first out): a page asked for again, or one rendered to be inspected and then asked for, is not
 * rendered twice. A page is only ever taken under the key it was rendered under.
 */
final class RenderedPages {

  private record Rendered(String key, byte[] bytes) {}

  private final long budget;
  private long size;
  private final LinkedHashMap<String, Rendered> pages = new LinkedHashMap<>(256, 0.75f, true);

  RenderedPages(long budgetBytes) {
    this.budget = budgetBytes;
  }

  synchronized byte[] get(String path, String key) {
    Rendered r = pages.get(path);
    return r != null && r.key().equals(key) ? r.bytes() : null;
  }

  synchronized void put(String path, String key, byte[] bytes) {
    if (bytes.length > budget / 4) {
      return;
    }
    Rendered old = pages.put(path, new Rendered(key, bytes));
    size += bytes.length - (old == null ? 0 : old.bytes().length);
    var it = pages.entrySet().iterator();
    while (size > budget && it.hasNext()) {
      Map.Entry<String, Rendered> eldest = it.next();
      size -= eldest.getValue().bytes().length;
      it.remove();
    }
  }
}
