package org.gongkai.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.PublishTime;
import org.gongkai.model.Text;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads typed values out of one YAML mapping whose keys come from a {@link FieldSet}, reporting
 * every problem with its location: unknown keys (with the nearest known one), a key given twice
 * or in both its English and Chinese form, missing required keys and values of the wrong type.
 */
public final class MappingReader {

  private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；]");

  private final FieldSet fields;
  private final String path;
  private final int firstLine;
  private final Node node;
  private final Consumer<Problem> problems;
  private final Map<Field, NodeTuple> entries = new LinkedHashMap<>();
  private final Map<Field, String> writtenKeys = new LinkedHashMap<>();
  private final java.util.Set<String> failedKeys = new java.util.TreeSet<>();
  private boolean failed;

  private MappingReader(
      Node node, FieldSet fields, String path, int firstLine, Consumer<Problem> problems) {
    this.node = node;
    this.fields = fields;
    this.path = path;
    this.firstLine = firstLine;
    this.problems = problems::accept;
  }

  /**
   * A reader over {@code node}, which must be a mapping; anything else is reported and gives an
   * empty reader.
   */
  public static MappingReader of(
      Node node, FieldSet fields, String path, int firstLine, Consumer<Problem> problems) {
    MappingReader reader = new MappingReader(node, fields, path, firstLine, problems);
    reader.index();
    return reader;
  }

  private void index() {
    if (!(node instanceof MappingNode mapping)) {
      error(node, "yaml-structure", Text.of("source.not-mapping", fields.what(), describe(node)),
          Text.NONE);
      return;
    }
    java.util.Set<Field> written = new java.util.HashSet<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode k) {
        fields.lookup(k.getValue()).ifPresent(written::add);
      }
    }
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        error(keyNode, "yaml-structure", Text.of("source.key-not-word", describe(keyNode)),
            Text.NONE);
        continue;
      }
      String key = scalarKey.getValue();
      Optional<Field> field = fields.lookup(key);
      if (field.isEmpty()) {
        Optional<String> meant = oneEditFrom(key);
        if (meant.isPresent()) {
          // a typo of a known key: an error (its value would be lost), and the value is read as
          // the key meant, so that nothing else is reported missing because of it
          error(keyNode, "misspelt-key", Text.of("source.misspelt-key", key, fields.what(),
              meant.get()), Text.of("common.did-you-mean", meant.get()));
          Field f = fields.lookup(meant.get()).orElseThrow();
          if (!written.contains(f)) {
            written.add(f);
            entries.put(f, tuple);
            writtenKeys.put(f, key);
          }
          continue;
        }
        Optional<String> near = Spelling.nearest(key, fields.allNames());
        problems.accept(Problem.warning(at(keyNode), "unknown-key",
            Text.of("source.unknown-key", key, fields.what()),
            near.map(n -> Text.of("common.did-you-mean", n))
                .orElse(Text.of("source.unknown-key-hint", fields.what()))));
        continue;
      }
      Field f = field.get();
      String earlier = writtenKeys.get(f);
      if (earlier != null) {
        if (earlier.equals(key)) {
          error(keyNode, "duplicate-key", Text.of("source.duplicate-key", key),
              Text.of("source.duplicate-key-hint", at(entries.get(f).getKeyNode()).line()));
        } else {
          error(keyNode, "duplicate-key", Text.of("source.key-and-label", earlier, key,
              f.display()), Text.of("source.keep-one"));
        }
        continue;
      }
      entries.put(f, tuple);
      writtenKeys.put(f, key);
    }
  }

  /**
   * The known key one edit (a letter or character added, dropped, changed or two swapped) from a
   * written key, the nearest and then the first in order; empty when there is none.
   */
  private Optional<String> oneEditFrom(String key) {
    return fields.allNames().stream().sorted()
        .filter(n -> Spelling.distance(key, n) == 1).findFirst();
  }

  /** Whether any error was reported by this reader or a value read through it. */
  public boolean failed() {
    return failed;
  }

  /**
   * The keys (English names) whose value could not be read, so that what depends on them is not
   * judged by a default standing in for them.
   */
  public java.util.Set<String> failedKeys() {
    return java.util.Collections.unmodifiableSet(failedKeys);
  }

  public boolean has(Field f) {
    NodeTuple t = entries.get(f);
    return t != null && !Yaml12.isNull(t.getValueNode());
  }

  /** Where the key was written, or where the mapping starts when it was not. */
  public Location at(Field f) {
    NodeTuple t = entries.get(f);
    return t == null ? at(node) : at(t.getKeyNode());
  }

  /** Where the value was written. */
  public Location valueAt(Field f) {
    NodeTuple t = entries.get(f);
    return t == null ? at(node) : at(t.getValueNode());
  }

  /** Where the mapping starts. */
  public Location start() {
    return at(node);
  }

  /** The location of every key present, by English name. */
  public Map<String, Location> locations() {
    Map<String, Location> out = new LinkedHashMap<>();
    entries.forEach((f, t) -> out.put(f.key(), at(t.getKeyNode())));
    return out;
  }

  public Optional<Node> value(Field f) {
    return has(f) ? Optional.of(entries.get(f).getValueNode()) : Optional.empty();
  }

  /** A text value; a list or mapping where text belongs is an error. */
  public Optional<String> text(Field f) {
    Optional<Node> v = value(f);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof ScalarNode scalar) {
      return Optional.of(clean(scalar.getValue()));
    }
    error(f, v.get(), "wrong-type", Text.of("source.not-text", f.display(),
        describe(v.get())), Text.NONE);
    return Optional.empty();
  }

  /** A text value that must be present and not blank. */
  public Optional<String> requiredText(Field f) {
    if (!has(f)) {
      missing(f);
      return Optional.empty();
    }
    Optional<String> t = text(f);
    if (t.isPresent() && t.get().isBlank()) {
      error(f, entries.get(f).getValueNode(), "missing-field",
          Text.of("source.empty", f.display()), Text.of("source.empty-hint", f.key()));
      return Optional.empty();
    }
    return t;
  }

  /** Reports that a required key is absent. */
  public void missing(Field f) {
    error(f, node, "missing-field", Text.of("source.missing", f.display(), fields.what()),
        Text.of("source.missing-hint", f.key(), f.label()));
  }

  public Optional<LocalDate> date(Field f, boolean required) {
    Optional<String> t = required ? requiredText(f) : text(f);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Dates.Result<LocalDate> r = Dates.date(t.get());
    if (!r.ok()) {
      error(f, entries.get(f).getValueNode(), "date-format", f.says(r.message()), r.hint());
      return Optional.empty();
    }
    return Optional.of(r.value());
  }

  public Optional<PublishTime> dateTime(Field f, boolean required) {
    Optional<String> t = required ? requiredText(f) : text(f);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    Dates.Result<PublishTime> r = Dates.dateTime(t.get());
    if (!r.ok()) {
      error(f, entries.get(f).getValueNode(), "date-format", f.says(r.message()), r.hint());
      return Optional.empty();
    }
    return Optional.of(r.value());
  }

  /**
   * A boolean: only the plain words {@code true} and {@code false}. {@code yes}, {@code no},
   * {@code on}, {@code off} (YAML 1.1 booleans) and quoted words are errors, never a silent guess.
   */
  public Optional<Boolean> bool(Field f) {
    Optional<Node> v = value(f);
    if (v.isEmpty()) {
      NodeTuple written = entries.get(f);
      if (written != null) {
        // `draft: ~` or `draft:` says nothing: read as false it would publish a draft
        error(f, written.getValueNode(), "boolean", Text.of("source.boolean-empty", f.display()),
            Text.of("source.boolean-hint", f.key()));
      }
      return Optional.empty();
    }
    if (v.get() instanceof ScalarNode scalar && scalar.isPlain()
        && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue()));
    }
    Text shown = v.get() instanceof ScalarNode s ? Text.of("source.quoted", s.getValue())
        : describe(v.get());
    error(f, v.get(), "boolean", Text.of("source.boolean", f.display(), shown),
        Text.of("source.boolean-hint", f.key()));
    return Optional.empty();
  }

  /** A positive whole number. */
  public Optional<Integer> positiveInt(Field f) {
    Optional<String> t = text(f);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    String digits = t.get().strip();
    // only the digits 0-9: Java would also read ٣ (Arabic-Indic) or １２ (full-width) as numbers,
    // which no reader of the page sees as the number written
    if (digits.matches("[0-9]{1,9}") && Integer.parseInt(digits) > 0) {
      return Optional.of(Integer.parseInt(digits));
    }
    StringBuilder ascii = new StringBuilder();
    boolean otherDigits = !digits.isEmpty() && digits.codePoints().allMatch(Character::isDigit);
    digits.codePoints().forEach(c -> ascii.append(Character.isDigit(c)
        ? Character.forDigit(Character.digit(c, 10), 10) : (char) c));
    error(f, entries.get(f).getValueNode(), "wrong-type",
        Text.of("source.not-positive", f.display(), t.get()),
        otherDigits ? Text.of("source.ascii-digits", ascii.toString()) : Text.NONE);
    return Optional.empty();
  }

  /**
   * A list of texts: a YAML list, or one text with items separated by 、 , ， ; or ；.
   */
  public List<String> textList(Field f) {
    Optional<Node> v = value(f);
    List<String> out = new ArrayList<>();
    if (v.isEmpty()) {
      return out;
    }
    if (v.get() instanceof ScalarNode scalar) {
      for (String part : LIST_SEPARATORS.split(scalar.getValue())) {
        if (!part.isBlank()) {
          out.add(clean(part));
        }
      }
      return out;
    }
    if (v.get() instanceof SequenceNode seq) {
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s) {
          if (!Yaml12.isNull(s) && !s.getValue().isBlank()) {
            out.add(clean(s.getValue()));
          }
        } else {
          error(f, item, "wrong-type", Text.of("source.item-not-text", f.display(),
              describe(item)), Text.NONE);
        }
      }
      return out;
    }
    error(f, v.get(), "wrong-type", Text.of("source.not-list", f.display(),
        describe(v.get())), Text.NONE);
    return out;
  }

  /** An item of a list of texts, with where it starts. */
  public record Item(String text, Location at) {}

  /**
   * A list of texts as {@link #textList}, each item with the place its text starts: its own line
   * and column in a YAML list, its column inside a one-line text ({@code 甲、乙}), the start of
   * the text when it spans lines.
   */
  public List<Item> items(Field f) {
    Optional<Node> v = value(f);
    List<Item> out = new ArrayList<>();
    if (v.isPresent() && v.get() instanceof ScalarNode scalar) {
      String value = scalar.getValue();
      java.util.regex.Matcher separator = LIST_SEPARATORS.matcher(value);
      int from = 0;
      while (from <= value.length()) {
        int end = separator.find() ? separator.start() : value.length();
        String part = value.substring(from, end);
        if (!part.isBlank()) {
          int lead = part.length() - part.stripLeading().length();
          out.add(new Item(clean(part), inside(scalar, from + lead)));
        }
        from = end + 1;
      }
      return out;
    }
    List<String> texts = textList(f);
    if (v.isPresent() && v.get() instanceof SequenceNode seq) {
      int i = 0;
      for (Node item : seq.getValue()) {
        if (item instanceof ScalarNode s && !Yaml12.isNull(s) && !s.getValue().isBlank()) {
          String value = s.getValue();
          out.add(new Item(texts.get(i++), inside(s, value.length()
              - value.stripLeading().length())));
        }
      }
    }
    return out;
  }

  /** Where the character at {@code offset} of a scalar's text is, when it is on one line. */
  private Location inside(ScalarNode scalar, int offset) {
    Location start = at(scalar);
    if (scalar.getEndMark() == null || scalar.getEndMark().getLine() != scalar.getStartMark()
        .getLine()) {
      return start;
    }
    int quote = scalar.isPlain() ? 0 : 1;
    return new Location(start.path(), start.line(), start.column() + quote
        + scalar.getValue().codePointCount(0, offset));
  }

  /** A nested mapping, read with its own keys. */
  public Optional<MappingReader> mapping(Field f, FieldSet nested) {
    return value(f).map(n -> child(n, nested, f));
  }

  /** A list of nested mappings, each read with its own keys. */
  public List<MappingReader> mappings(Field f, FieldSet nested) {
    Optional<Node> v = value(f);
    List<MappingReader> out = new ArrayList<>();
    if (v.isEmpty()) {
      return out;
    }
    if (!(v.get() instanceof SequenceNode seq)) {
      error(f, v.get(), "wrong-type", Text.of("source.not-block-list", f.display(),
          describe(v.get())), Text.NONE);
      return out;
    }
    for (Node item : seq.getValue()) {
      out.add(child(item, nested, f));
    }
    return out;
  }

  private MappingReader child(Node n, FieldSet nested, Field f) {
    MappingReader reader = new MappingReader(n, nested, path, firstLine, p -> {
      if (p.isError()) {
        failed = true;
        failedKeys.add(f.key());
      }
      problems.accept(p);
    });
    reader.index();
    return reader;
  }

  /** Reports an error at a key's value, for checks the caller makes. */
  public void errorAt(Field f, String ruleId, Text message, Text hint) {
    NodeTuple t = entries.get(f);
    error(f, t == null ? node : t.getValueNode(), ruleId, message, hint);
  }

  /** Reports a warning at a key's value. */
  public void warningAt(Field f, String ruleId, Text message, Text hint) {
    NodeTuple t = entries.get(f);
    problems.accept(Problem.warning(at(t == null ? node : t.getValueNode()), ruleId, message,
        hint));
  }

  private void error(Node at, String ruleId, Text message, Text hint) {
    failed = true;
    problems.accept(Problem.error(at(at), ruleId, message, hint));
  }

  private void error(Field f, Node at, String ruleId, Text message, Text hint) {
    failedKeys.add(f.key());
    error(at, ruleId, message, hint);
  }

  private Location at(Node n) {
    return Yaml12.at(n, path, firstLine);
  }

  /** Block scalars end in a newline; Windows files may leave carriage returns. */
  private static String clean(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  /** What a node is, for messages: a mapping, a list, the text `…`. */
  public static Text describe(Node n) {
    if (n instanceof MappingNode) {
      return Text.of("source.node.mapping");
    }
    if (n instanceof SequenceNode) {
      return Text.of("source.node.list");
    }
    if (n instanceof ScalarNode s) {
      return Yaml12.isNull(s) ? Text.of("source.node.nothing")
          : Text.of("source.node.text", s.getValue());
    }
    return Text.of("source.node.other");
  }
}
