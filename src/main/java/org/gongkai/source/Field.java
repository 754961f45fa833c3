package org.gongkai.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A key a web team may write: its English name and its Chinese labels (the first is the one shown
 * on pages and in messages).
 */
public record Field(String key, List<String> labels) {

  public Field {
    labels = List.copyOf(labels);
  }

  public static Field of(String key, String... labels) {
    return new Field(key, List.of(labels));
  }

  /** The English name and every label. */
  public List<String> names() {
    List<String> all = new ArrayList<>();
    all.add(key);
    all.addAll(labels);
    return all;
  }

  /** {@code title (标题)}, for messages. */
  public String display() {
    return labels.isEmpty() ? key : key + " (" + labels.get(0) + ")";
  }
}
