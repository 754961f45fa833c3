package org.gongkai.source;

import java.util.Optional;

/**
 * A Markdown file split into its YAML front matter and its body.
 *
 * @param yaml the text between the {@code ---} lines
 * @param yamlLine the file line the YAML starts on
 * @param body the text after the closing line
 * @param bodyLine the file line the body starts on
 */
public record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {

  /**
   * Splits a file that starts with a {@code ---} line; the front matter ends at the next line that
   * is {@code ---} or {@code ...}. Empty when the file does not start with front matter or it is
   * not closed.
   */
  public static Optional<FrontMatter> split(String text) {
    int firstEnd = lineEnd(text, 0);
    if (!text.substring(0, firstEnd).stripTrailing().equals("---")) {
      return Optional.empty();
    }
    int start = next(text, firstEnd);
    int line = 2;
    int pos = start;
    while (pos < text.length()) {
      int end = lineEnd(text, pos);
      String content = text.substring(pos, end).stripTrailing();
      if (content.equals("---") || content.equals("...")) {
        int bodyStart = next(text, end);
        return Optional.of(new FrontMatter(text.substring(start, pos), 2,
            text.substring(bodyStart), line + 1));
      }
      pos = next(text, end);
      line++;
    }
    return Optional.empty();
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }
}
