package org.gongkai.model;

import java.time.Period;
import java.util.List;

/**
 * A column (栏目): a folder under {@code content/}.
 *
 * @param path the folder relative to {@code content/}, e.g. {@code zwgk/zdgz}
 * @param title ColumnName
 * @param type ColumnType, e.g. 信息公开目录, or an empty string
 * @param description ColumnDescription
 * @param keywords ColumnKeywords
 * @param order position among its siblings (lower first; then by title)
 * @param updateInterval longest allowed gap between publications, or {@code null}
 */
public record Column(
    String path,
    String title,
    String type,
    String description,
    List<String> keywords,
    int order,
    Period updateInterval,
    Location location) {

  public Column {
    keywords = List.copyOf(keywords);
  }

  /** The parent column's path, or {@code null} for a top-level column. */
  public String parentPath() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? null : path.substring(0, slash);
  }

  /** The folder's own name. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
