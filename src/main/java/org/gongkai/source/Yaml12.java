package org.gongkai.source;

import java.io.StringReader;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes YAML into SnakeYAML nodes, which keep line and column marks. Nothing is constructed
 * into Java objects: every scalar stays text until a field reader asks for a type, so only the
 * plain words {@code true} and {@code false} are booleans (YAML 1.2), and {@code no}, {@code on}
 * or {@code NO} stay text.
 */
public final class Yaml12 {

  private static final int MAX_FILE_CODE_POINTS = 64 * 1024 * 1024;

  /**
   * Resolves no implicit tags: gongkai reads every scalar as text and decides its type itself,
   * and matching each scalar against YAML 1.1's tag patterns was a large share of parsing time.
   */
  private static final Resolver NO_TAGS = new Resolver() {
    @Override
    protected void addImplicitResolvers() {
      // none
    }
  };

  private Yaml12() {}

  /**
   * The single document in {@code text}, or empty after reporting a syntax error.
   *
   * @param firstLine the file line that {@code text} starts on (front matter starts on line 2)
   */
  public static Optional<Node> compose(
      String text, String path, int firstLine, Consumer<Problem> problems) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CODE_POINTS);
    options.setMaxAliasesForCollections(50);
    options.setProcessComments(false);
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(text)), options), NO_TAGS, options);
      return Optional.ofNullable(composer.getSingleNode());
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = mark == null
          ? new Location(path, firstLine, 1)
          : new Location(path, mark.getLine() + firstLine, mark.getColumn() + 1);
      String context = e.getContext() == null ? "" : e.getContext() + ": ";
      problems.accept(Problem.error(at, "yaml-syntax",
          "YAML syntax error: " + context + e.getProblem(),
          "check indentation and quoting near this line; text containing `: ` or starting with"
              + " a quote, `[`, `{`, `*`, `&`, `!`, `|` or `>` must be quoted"));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.accept(Problem.error(new Location(path, firstLine, 1), "yaml-syntax",
          "YAML error: " + e.getMessage(), ""));
      return Optional.empty();
    }
  }

  /** Where a node starts, as a one-based location in its file. */
  public static Location at(Node node, String path, int firstLine) {
    Mark mark = node.getStartMark();
    return mark == null ? Location.of(path)
        : new Location(path, mark.getLine() + firstLine, mark.getColumn() + 1);
  }

  /** Whether a scalar means "no value": empty, {@code ~} or {@code null}, written plainly. */
  public static boolean isNull(Node node) {
    if (!(node instanceof ScalarNode scalar)) {
      return false;
    }
    if (scalar.isPlain()) {
      String v = scalar.getValue();
      return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null")
          || v.equals("NULL");
    }
    return false;
  }
}
