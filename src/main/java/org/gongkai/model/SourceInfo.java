package org.gongkai.model;

import java.util.Map;

/**
 * Where a document came from.
 *
 * @param path the file relative to the site folder, e.g. {@code content/zwgk/zdgz/a.yaml}
 * @param columnPath the column folder relative to {@code content/}, e.g. {@code zwgk/zdgz}
 * @param stem the file name without its extension
 * @param fields where each metadata key (by its English name) was written
 * @param key a fingerprint of the file's text ({@link ContentKey}), to know whether it changed
 */
public record SourceInfo(
    String path, String columnPath, String stem, Map<String, Location> fields, String key) {

  public SourceInfo {
    fields = Map.copyOf(fields);
  }

  /** Where a field was written, or the file itself when it was not. */
  public Location at(String field) {
    return fields.getOrDefault(field, Location.of(path));
  }
}
