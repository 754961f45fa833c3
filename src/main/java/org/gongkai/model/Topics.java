package org.gongkai.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed 主题分类 (subject categories), 一级 → 二级. A topic is written {@code 一级/二级} (or
 * with gov.cn's {@code \}), as a bare 一级 without second levels, or as a bare 二级 that names only
 * one category.
 */
public record Topics(Map<String, List<String>> tree) {

  public Topics {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    tree.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    tree = java.util.Collections.unmodifiableMap(copy);
  }

  /** The canonical {@code 一级/二级} form of a topic, if it is in the list. */
  public Optional<String> resolve(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String text = written.strip().replace('\\', '/');
    int slash = text.indexOf('/');
    if (slash >= 0) {
      String first = text.substring(0, slash).strip();
      String second = text.substring(slash + 1).strip();
      List<String> seconds = tree.get(first);
      return seconds != null && seconds.contains(second)
          ? Optional.of(first + "/" + second)
          : Optional.empty();
    }
    List<String> seconds = tree.get(text);
    if (seconds != null && seconds.isEmpty()) {
      return Optional.of(text);
    }
    List<String> owners = new ArrayList<>();
    tree.forEach((first, list) -> {
      if (list.contains(text)) {
        owners.add(first);
      }
    });
    return owners.size() == 1 ? Optional.of(owners.get(0) + "/" + text) : Optional.empty();
  }

  /** Every allowed topic in its canonical form. */
  public List<String> all() {
    List<String> out = new ArrayList<>();
    tree.forEach((first, seconds) -> {
      if (seconds.isEmpty()) {
        out.add(first);
      }
      seconds.forEach(s -> out.add(first + "/" + s));
    });
    return out;
  }
}
