package org.gongkai.model;

/**
 * A string as a JSON string literal, for every JSON file gongkai writes without a template (the
 * check reports, the search index): quotes and backslashes escaped; the control characters
 * U+0000 to U+001F as {@code \n}, {@code \r}, {@code \t}, {@code \b}, {@code \f} or
 * <code>&#92;u00XX</code>; U+2028 and U+2029 (line ends to JavaScript) and unpaired surrogates as
 * <code>&#92;uXXXX</code>; every other character as itself (the files are UTF-8).
 */
public final class JsonString {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonString() {}

  /** The literal, quotes included. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    quote(s, out);
    return out.toString();
  }

  /** Appends the literal, quotes included. */
  public static void quote(String s, StringBuilder out) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029'
          && !Character.isSurrogate(c)) {
        continue;
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      // the text before it goes out as it is, in one piece
      out.append(s, plain, i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> unicodeEscape(c, out);
      }
      plain = i + 1;
    }
    out.append(s, plain, s.length());
    out.append('"');
  }

  private static void unicodeEscape(char c, StringBuilder out) {
    out.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }
}
