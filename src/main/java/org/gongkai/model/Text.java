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
  /** The key of a list: its arguments joined by the language's separator (、 or a comma). */
  static final String LIST = "*";

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

  /**
   * Text shown as it is in every language: only for words that are not gongkai's own, such as a
   * file name or a library's diagnostic quoted inside one of gongkai's sentences.
   */
  public static Text literal(String text) {
    return new Text(LITERAL, List.of(text == null ? "" : text));
  }

  /**
   * Items (texts from the site, or {@code Text}s) as one list: {@code a、b、c} in Chinese,
   * {@code a, b, c} in English.
   */
  public static Text list(java.util.Collection<?> items) {
    return new Text(LIST, List.copyOf(items.stream().map(i -> i == null ? "" : i).toList()));
  }

  public boolean isEmpty() {
    return key.isEmpty() || key.equals(LITERAL) && args.get(0).toString().isEmpty()
        || key.equals(LIST) && args.isEmpty();
  }

  /** The text in a language. */
  public String in(Lang lang) {
    if (key.isEmpty()) {
      return "";
    }
    if (key.equals(LITERAL)) {
      return args.get(0).toString();
    }
    if (key.equals(LIST)) {
      StringBuilder out = new StringBuilder();
      String separator = Messages.get(lang, "common.list-separator");
      for (Object item : args) {
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(item instanceof Text t ? t.in(lang) : item.toString());
      }
      return out.toString();
    }
    return Messages.format(lang, key, args);
  }

  /**
   * How many columns a text takes in a terminal: Chinese characters and full-width punctuation
   * take two, so that tables with Chinese line up.
   */
  public static int displayWidth(String text) {
    return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || c >= 0x3000 && c <= 0x303f || c >= 0xff00 && c <= 0xffef ? 2 : 1).sum();
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
