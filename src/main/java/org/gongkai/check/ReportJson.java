package org.gongkai.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.JsonString;

/**
 * A small JSON writer for the reports (there is no JSON library at run time). Values are {@link
 * Map}s (written in their iteration order), {@link List}s, {@link String}s, {@link Number}s
 * (integers), {@link Boolean}s and {@code null}. The output is indented by two spaces and ends
 * with a newline, so that the same report is always the same text.
 */
final class ReportJson {

  private ReportJson() {}

  /** A JSON object with these keys and values, in this order. */
  static Map<String, Object> object(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /** The value as an indented JSON document. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, 0, out);
    return out.append('\n').toString();
  }

  /** The string as a JSON string literal (see {@link JsonString}). */
  static String quote(String s) {
    return JsonString.quote(s);
  }

  private static void write(Object value, int depth, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      JsonString.quote(s, out);
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      String sep = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.append(sep);
        indent(depth + 1, out);
        JsonString.quote((String) e.getKey(), out);
        out.append(": ");
        write(e.getValue(), depth + 1, out);
        sep = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append('}');
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      String sep = "\n";
      for (Object item : list) {
        out.append(sep);
        indent(depth + 1, out);
        write(item, depth + 1, out);
        sep = ",\n";
      }
      out.append('\n');
      indent(depth, out);
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void indent(int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
  }
}
