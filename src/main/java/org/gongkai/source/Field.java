package org.gongkai.source;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Text;

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

  /** The key and its first label, for messages: {@code `title（标题）`}, {@code title (标题)}. */
  public Text display() {
    return labels.isEmpty() ? Text.of("source.field-bare", key)
        : Text.of("source.field", key, labels.get(0));
  }

  /** A message about this key's value: {@code written (成文日期): …}. */
  public Text says(Text message) {
    return Text.of("source.field-says", display(), message);
  }

  /** The Chinese label a web team writes, or the key when there is none. */
  public String label() {
    return labels.isEmpty() ? key : labels.get(0);
  }
}
