package org.gongkai.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for the reports (there is no JSON library at run time). Values are {@link
 * Map}s (written in their iteration order), {@link List}s, {@link String}s, {@link Number}s
 * (integers), {@link Boolean}s and {@code null}. The output is indented by two spaces and ends
 * with a newline, so that the same report is always the same text.
 */
final class ReportJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

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

  /**
   * The string as a JSON string literal: quotes and backslashes escaped; the control characters
   * U+0000 to U+001F as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or
   * <code>&#92;u00XX</code>; U+2028 and U+2029 (line ends to JavaScript) and unpaired surrogates
   * as <code>&#92;uXXXX</code>; every other character as itself (reports are UTF-8).
   */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    quote(s, out);
    return out.toString();
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            unicodeEscape(c, out);
          } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(c, out);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }

  private static void write(Object value, int depth, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      quote(s, out);
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
        quote((String) e.getKey(), out);
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
