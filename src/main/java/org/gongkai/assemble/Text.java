package org.gongkai.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The small text helpers the page builders share. */
final class Text {

  /** Characters that would let a file name leave its folder or break a link to it. */
  private static final String UNSAFE_IN_NAME = "/\\?#%*:|\"<>";
  private static final int DESCRIPTION_LENGTH = 120;
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NEWLINE = Pattern.compile("\n");

  private Text() {}

  /** Whether a character may not appear in a file name gongkai writes. */
  static boolean unsafeInName(int c) {
    return UNSAFE_IN_NAME.indexOf(c) >= 0 || Character.isWhitespace(c)
        || Character.isISOControl(c);
  }

  /** Whether a name can be one file name in the output folder, as it is. */
  static boolean safeName(String name) {
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return false;
    }
    return name.codePoints().noneMatch(Text::unsafeInName);
  }

  /** The non-blank lines of a text, stripped: a table cell's paragraphs. */
  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : NEWLINE.split(text)) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  /** A text on one line, cut to a description's length (counted in characters, not UTF-16). */
  static String excerpt(String text) {
    String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_LENGTH)) + "…";
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
