package org.gongkai.model;

/**
 * A place in a source file: its path relative to the site folder (always with {@code /}), and a
 * one-based line and column, or 0 where a line or column does not apply.
 */
public record Location(String path, int line, int column) {

  public Location {
    path = path == null ? "" : path;
    line = Math.max(0, line);
    column = Math.max(0, column);
  }

  /** A whole file, without line or column. */
  public static Location of(String path) {
    return new Location(path, 0, 0);
  }

  /** {@code path:line:column}, leaving out what is not known. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.toString();
  }
}
