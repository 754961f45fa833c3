package org.gongkai.source;

import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
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
  /** SnakeYAML's words for a character that may not start plain text, such as {@code @}. */
  private static final Pattern RESERVED =
      Pattern.compile("found character '(.)' that cannot start any token");

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
   * The single document in {@code text}, or empty after reporting a syntax error or a slip that
   * needs no key names (see the other {@code compose}: without keys, a colon is not judged).
   *
   * @param firstLine the file line that {@code text} starts on (front matter starts on line 2)
   */
  public static Optional<Node> compose(
      String text, String path, int firstLine, Consumer<Problem> problems) {
    return compose(text, path, firstLine, List.of(), problems);
  }

  /**
   * The single document in {@code text}, or empty after reporting why it could not be read. The
   * slips of a Chinese input method ({@link YamlSlips}: a full-width colon after one of {@code
   * keys}, full-width spaces in the indentation, full-width quotes or commas where YAML's belong, a
   * key without a space after its colon) are reported at their own line and column, with the
   * corrected line, instead of the syntax error they cause later in the file; a file with such a
   * slip is not read even when SnakeYAML could make something of it (a flow list with a
   * full-width comma is one item).
   *
   * @param keys the key names of the file, English and Chinese
   */
  public static Optional<Node> compose(
      String text, String path, int firstLine, Collection<String> keys,
      Consumer<Problem> problems) {
    List<YamlSlips.Slip> slips = YamlSlips.find(text, firstLine, keys);
    Optional<Node> node = parse(text, path, firstLine, slips, problems);
    slips.forEach(s -> problems.accept(slip(s, path)));
    return slips.isEmpty() ? node : Optional.empty();
  }

  private static Optional<Node> parse(String text, String path, int firstLine,
      List<YamlSlips.Slip> slips, Consumer<Problem> problems) {
    if (!InputLimits.yamlLines(text, path, firstLine, problems)) {
      return Optional.empty();
    }
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_FILE_CODE_POINTS);
    options.setMaxAliasesForCollections(50);
    options.setProcessComments(false);
    try {
      Composer composer = new Composer(
          new ParserImpl(new StreamReader(new StringReader(text)), options), NO_TAGS, options);
      Node root = composer.getSingleNode();
      if (root != null && !InputLimits.yamlTree(root, text.length(), path, firstLine, problems)) {
        return Optional.empty();
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Location at = mark == null
          ? new Location(path, firstLine, 1)
          : new Location(path, mark.getLine() + firstLine, mark.getColumn() + 1);
      if (!slips.isEmpty() && slips.get(0).line() <= at.line()) {
        return Optional.empty(); // the slip above is the cause: it is reported instead
      }
      Optional<YamlSlips.Slip> cause = looseColon(text, firstLine, e, at.line());
      if (cause.isPresent()) {
        problems.accept(slip(cause.get(), path));
        return Optional.empty();
      }
      problems.accept(Problem.error(at, "yaml-syntax",
          Text.of("source.yaml.syntax", explain(e, firstLine)), hint(e)));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.accept(Problem.error(new Location(path, firstLine, 1), "yaml-syntax",
          Text.of("source.yaml.unreadable", Text.literal(e.getMessage())),
          Text.of("source.yaml.hint")));
      return Optional.empty();
    }
  }

  /**
   * A full-width or unspaced colon after a word that is not one of the file's keys, on the line
   * SnakeYAML complains about or the one before it (where a key was expected and none found).
   */
  private static Optional<YamlSlips.Slip> looseColon(
      String text, int firstLine, MarkedYAMLException e, int errorLine) {
    int contextLine = e.getContextMark() == null ? 0 : e.getContextMark().getLine() + firstLine;
    return YamlSlips.findLoose(text, firstLine).stream()
        .filter(s -> s.line() == contextLine || s.line() == errorLine
            || s.line() == errorLine - 1)
        .reduce((a, b) -> b);
  }

  private static Problem slip(YamlSlips.Slip s, String path) {
    return Problem.error(new Location(path, s.line(), s.column()), "yaml-slip",
        Text.of(s.kind().key, s.found()), Text.of("source.slip.hint", s.corrected()));
  }

  /**
   * SnakeYAML's diagnostic in gongkai's words for the mistakes web teams make (a tab, a missing
   * {@code : }, an unclosed quote or bracket, bad indentation); the rest is quoted as it is.
   */
  static Text explain(MarkedYAMLException e, int firstLine) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    String context = e.getContext() == null ? "" : e.getContext();
    int contextLine = e.getContextMark() == null ? 0 : e.getContextMark().getLine() + firstLine;
    Matcher reserved = RESERVED.matcher(problem);
    if (problem.contains("(TAB)")) {
      return Text.of("source.yaml.tab");
    } else if (problem.startsWith("could not find expected ':'") && contextLine > 0) {
      return Text.of("source.yaml.no-colon", contextLine);
    } else if (problem.startsWith("mapping values are not allowed")) {
      return Text.of("source.yaml.colon");
    } else if (context.contains("quoted scalar") && problem.startsWith("found unexpected")
        && contextLine > 0) {
      return Text.of("source.yaml.quote", contextLine);
    } else if (problem.startsWith("found unknown escape character")) {
      return Text.of("source.yaml.escape");
    } else if (context.startsWith("while parsing a flow") && contextLine > 0) {
      return Text.of("source.yaml.flow", contextLine);
    } else if (problem.startsWith("expected <block end>")) {
      return Text.of("source.yaml.indent");
    } else if (problem.startsWith("found undefined alias")) {
      return Text.of("source.yaml.alias");
    } else if (problem.startsWith("expected a single document")) {
      return Text.of("source.yaml.documents");
    } else if (reserved.find()) {
      return Text.of("source.yaml.reserved", reserved.group(1));
    }
    return Text.literal(context.isEmpty() ? problem : context + ": " + problem);
  }

  private static Text hint(MarkedYAMLException e) {
    String problem = e.getProblem() == null ? "" : e.getProblem();
    if (problem.contains("(TAB)")) {
      return Text.of("source.yaml.tab-hint");
    } else if (problem.startsWith("could not find expected ':'")) {
      return Text.of("source.yaml.no-colon-hint");
    } else if (problem.startsWith("expected <block end>")) {
      return Text.of("source.yaml.indent-hint");
    } else if (problem.startsWith("found unknown escape character")) {
      return Text.of("source.yaml.escape-hint");
    }
    return Text.of("source.yaml.hint");
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
