package org.gongkai.source;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

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

  /** Dashes an input method types for {@code ---}: ——, －－－, ―― and the like. */
  private static final String DASHES = "-\u2014\u2013\u2015\u2500\uFF0D\uFE63\u30FC";
  /** A line of the front matter: a key, a list item, an indented line or a comment. */
  private static final Pattern YAML_LINE =
      Pattern.compile("[\\p{IsHan}A-Za-z_][^:\uFF1A]*[:\uFF1A].*|[ \t-].*|#.*");

  /**
   * Why a report has no front matter that {@link #split} can find, at the line that shows it: a
   * first line of full-width dashes, a first line that is not {@code ---}, or a front matter that
   * is opened and never closed (where a closing line of full-width dashes is named).
   */
  public static Problem problem(String text, String path) {
    String[] lines = text.split("\n", -1);
    String first = lines[0].strip();
    if (!first.equals("---")) {
      if (isWideDashes(first)) {
        return Problem.error(new Location(path, 1, 1), "front-matter",
            Text.of("source.front-matter-dashes", first), Text.of("source.slip.hint", "---"));
      }
      return Problem.error(new Location(path, 1, 1), "front-matter",
          Text.of("source.front-matter"), Text.of("source.front-matter-hint"));
    }
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].strip();
      if (isWideDashes(l)) {
        return Problem.error(new Location(path, i + 1, 1), "front-matter",
            Text.of("source.front-matter-dashes", l), Text.of("source.slip.hint", "---"));
      }
    }
    int last = 1;
    while (last < lines.length && YAML_LINE.matcher(lines[last].stripTrailing()).matches()) {
      last++;
    }
    return Problem.error(new Location(path, 1, 1), "front-matter",
        Text.of("source.front-matter-unclosed"), last > 1
            ? Text.of("source.front-matter-unclosed-hint", last)
            : Text.of("source.front-matter-hint"));
  }

  private static boolean isWideDashes(String line) {
    return line.length() >= 2 && !line.equals("---")
        && line.chars().allMatch(c -> DASHES.indexOf(c) >= 0)
        && line.chars().anyMatch(c -> c != '-');
  }

  private static int lineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int next(String text, int lineEnd) {
    return Math.min(text.length(), lineEnd + 1);
  }
}
