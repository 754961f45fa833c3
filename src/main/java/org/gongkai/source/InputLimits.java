package org.gongkai.source;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The sizes past which an input is refused before it is parsed: a small file must not cost
 * minutes or gigabytes (a long YAML token and Markdown delimiters are quadratic to parse, aliases
 * multiply text, deep nesting exhausts the stack). Real content stays far below every limit (the
 * largest sample file is 72 KB, its longest line 1,117 characters, its deepest list nesting 1);
 * each is documented in docs/security.md and reported as an {@value #RULE} error at its place.
 */
public final class InputLimits {

  public static final String RULE = "input-limit";
  /** A content or settings file, in bytes. */
  public static final long FILE_BYTES = 4L * 1024 * 1024;
  /** The ledger, which gongkai writes and which grows with the site, in bytes. */
  public static final long LEDGER_BYTES = 64L * 1024 * 1024;
  /** One line of YAML, and one scalar, in characters. */
  public static final int YAML_SCALAR = 65_536;
  /** The characters aliases may add to what a YAML text says (each use of an alias counts). */
  public static final int YAML_ALIAS_EXPANSION = 4 * 1024 * 1024;
  /** Block quotes and lists inside each other in Markdown. */
  public static final int MARKDOWN_NESTING = 64;
  /** Emphasis, link, code and HTML delimiters in one Markdown paragraph (or table). */
  public static final int MARKDOWN_DELIMITERS = 20_000;

  private static final String DELIMITERS = "*_[]()<`";

  private InputLimits() {}

  /** Whether a file's size is within {@code limit}; reports it when not. */
  static boolean fileSize(long size, long limit, String path, Consumer<Problem> problems) {
    if (size <= limit) {
      return true;
    }
    problems.accept(Problem.error(Location.of(path), RULE,
        Text.of("source.limit.file", megabytes(size), megabytes(limit)),
        Text.of("source.limit.file-hint")));
    return false;
  }

  /** Whether every line of a YAML text is within the scalar limit; reports the first not. */
  static boolean yamlLines(String text, String path, int firstLine, Consumer<Problem> problems) {
    int line = firstLine;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      int stop = end < 0 ? text.length() : end;
      if (stop - start > YAML_SCALAR) {
        problems.accept(Problem.error(new Location(path, line, 1), RULE,
            Text.of("source.limit.yaml-line", stop - start, YAML_SCALAR),
            Text.of("source.limit.yaml-hint")));
        return false;
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
      line++;
    }
    return true;
  }

  /**
   * Whether a composed YAML tree is within the limits: no scalar longer than the scalar limit, and
   * aliases adding no more than the expansion limit to the text's own length. Aliased nodes are
   * the same objects as their anchors, so each visit of a node seen before is an alias use.
   */
  static boolean yamlTree(
      Node root, int textLength, String path, int firstLine, Consumer<Problem> problems) {
    long[] total = {0};
    long allowed = (long) textLength + YAML_ALIAS_EXPANSION;
    Map<Node, Boolean> seen = new IdentityHashMap<>();
    java.util.ArrayDeque<Node[]> todo = new java.util.ArrayDeque<>();
    todo.push(new Node[] {root, root});
    while (!todo.isEmpty()) {
      Node[] next = todo.pop();
      Node node = next[0];
      Node place = next[1];
      boolean again = seen.put(node, Boolean.TRUE) != null;
      if (node instanceof ScalarNode scalar) {
        int length = scalar.getValue().length();
        if (!again && length > YAML_SCALAR) {
          problems.accept(Problem.error(Yaml12.at(node, path, firstLine), RULE,
              Text.of("source.limit.yaml-scalar", length, YAML_SCALAR),
              Text.of("source.limit.yaml-hint")));
          return false;
        }
        total[0] += length;
        if (total[0] > allowed) {
          problems.accept(Problem.error(Yaml12.at(place, path, firstLine), RULE,
              Text.of("source.limit.yaml-alias", YAML_ALIAS_EXPANSION),
              Text.of("source.limit.yaml-alias-hint")));
          return false;
        }
      } else if (node instanceof MappingNode mapping) {
        for (NodeTuple t : mapping.getValue()) {
          todo.push(new Node[] {t.getValueNode(), t.getKeyNode()});
          todo.push(new Node[] {t.getKeyNode(), t.getKeyNode()});
        }
      } else if (node instanceof SequenceNode sequence) {
        for (Node item : sequence.getValue()) {
          // an alias item is placed where the sequence is: its own mark is the anchor's
          todo.push(new Node[] {item, seen.containsKey(item) ? place : item});
        }
      }
    }
    return true;
  }

  /**
   * Whether a Markdown body is within the nesting and delimiter limits (counted on its lines, so
   * that commonmark never sees a body past them); reports the first place that is not.
   *
   * @param bodyLine the file line the body starts on
   */
  public static boolean markdown(
      String body, String path, int bodyLine, Consumer<Problem> problems) {
    String[] lines = body.split("\n", -1);
    int paragraphLine = 0;
    int delimiters = 0;
    boolean open = false;
    boolean fenced = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fenced = !fenced;
      }
      int depth = fenced ? 0 : nesting(line);
      if (depth > MARKDOWN_NESTING) {
        problems.accept(Problem.error(new Location(path, bodyLine + i, 1), RULE,
            Text.of("source.limit.nesting", depth, MARKDOWN_NESTING),
            Text.of("source.limit.nesting-hint")));
        return false;
      }
      if (stripped.isEmpty()) {
        delimiters = 0;
        open = false;
        continue;
      }
      if (!open) {
        paragraphLine = bodyLine + i;
        open = true;
      }
      for (int c = 0; c < line.length(); c++) {
        if (DELIMITERS.indexOf(line.charAt(c)) >= 0) {
          delimiters++;
        }
      }
      if (delimiters > MARKDOWN_DELIMITERS) {
        problems.accept(Problem.error(new Location(path, paragraphLine, 1), RULE,
            Text.of("source.limit.delimiters", MARKDOWN_DELIMITERS),
            Text.of("source.limit.delimiters-hint")));
        return false;
      }
    }
    return true;
  }

  /**
   * How many block quotes and list items a line opens before its text: its {@code >} and list
   * markers, and one more for every two columns of indentation before the first of them (a
   * nested list is indented by its parent's marker). A thematic break ({@code - - -}) opens none.
   */
  static int nesting(String line) {
    int depth = 0;
    int indent = 0;
    int leading = 0;
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == ' ' || c == '\t') {
        indent += c == '\t' ? 4 : 1;
        i++;
      } else if (c == '>') {
        depth++;
        leading = depth == 1 ? indent : leading;
        i++;
      } else if ((c == '-' || c == '*' || c == '+')
          && (i + 1 == n || isBlank(line.charAt(i + 1)))) {
        depth++;
        leading = depth == 1 ? indent : leading;
        i++;
      } else if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n && j - i < 9 && line.charAt(j) >= '0' && line.charAt(j) <= '9') {
          j++;
        }
        if (j < n && (line.charAt(j) == '.' || line.charAt(j) == ')')
            && (j + 1 == n || isBlank(line.charAt(j + 1)))) {
          depth++;
          leading = depth == 1 ? indent : leading;
          i = j + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    if (i == n && line.strip().matches("[-*_ \\t]+")) {
      return 0; // a thematic break
    }
    return depth + leading / 2;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
  }
}
