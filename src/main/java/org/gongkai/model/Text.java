package org.gongkai.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A human-facing text, kept as a message key and its arguments until it is shown, so that one run
 * can be reported in Chinese or English ({@link #in(Lang)}). The wording of every key is in the
 * bundles {@code org/gongkai/messages/<bundle>_zh.properties} and {@code …_en.properties}, where
 * {@code <bundle>} is the key up to its first dot ({@code source.unknown-key} is in {@code
 * source_zh.properties}); a test holds both languages to the same keys.
 *
 * <p>Arguments are shown as they are (text from the site, numbers), except another {@code Text},
 * which is shown in the same language. In a pattern, {@code {0}} is the first argument and
 * {@code {0|document|documents}} picks the first form when argument 0 is the number 1 and the
 * second otherwise; any other brace is literal text.
 *
 * @param key the message key, e.g. {@code source.unknown-key}; empty for no text
 * @param args the arguments, each a {@code String}, a {@code Number} or a {@code Text}
 */
public record Text(String key, List<Object> args) implements Comparable<Text> {

  /** No text (a problem without a hint). */
  public static final Text NONE = new Text("", List.of());

  /** The key of a text given as it is, not translated (a file name, a library's own words). */
  static final String LITERAL = "=";

  private static final Comparator<Text> ORDER =
      Comparator.comparing(Text::key).thenComparing(t -> t.args().toString());

  public Text {
    List<Object> copy = new ArrayList<>(args.size());
    for (Object a : args) {
      copy.add(a == null ? "" : a instanceof Text || a instanceof Number ? a : a.toString());
    }
    args = List.copyOf(copy);
  }

  /** The text of a message key with its arguments. */
  public static Text of(String key, Object... args) {
    return new Text(key, List.of(args.length == 0 ? new Object[0] : nonNull(args)));
  }

  /** Text shown as it is in every language. */
  public static Text literal(String text) {
    return new Text(LITERAL, List.of(text == null ? "" : text));
  }

  public boolean isEmpty() {
    return key.isEmpty() || key.equals(LITERAL) && args.get(0).toString().isEmpty();
  }

  /** The text in a language. */
  public String in(Lang lang) {
    if (key.isEmpty()) {
      return "";
    }
    if (key.equals(LITERAL)) {
      return args.get(0).toString();
    }
    return Messages.format(lang, key, args);
  }

  /** The Chinese text (the default language), for logs and debugging. */
  @Override
  public String toString() {
    return in(Lang.ZH);
  }

  @Override
  public int compareTo(Text other) {
    return ORDER.compare(this, other);
  }

  private static Object[] nonNull(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        out[i] = "";
      }
    }
    return out;
  }
}
