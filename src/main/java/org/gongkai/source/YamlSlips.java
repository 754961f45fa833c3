package org.gongkai.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The slips of a Chinese input method in YAML, found in the text where YAML's structure expects a
 * key, an indentation, a quote or a list separator: a full-width colon after a key
 * ({@code 标题：…}), full-width spaces (U+3000) in the indentation or after a {@code -} or a colon,
 * full-width quotes around a value that needed YAML's quotes, a full-width comma between the items
 * of a flow list ({@code [甲，乙]}), and a key whose colon has no space after it
 * ({@code title:值}). SnakeYAML reports most of these on a later line, in words about tokens, or
 * not at all (a flow list with a full-width comma is one item); here each is named at its own
 * line and column, with the line as it should be.
 *
 * <p>Only structure is looked at: a full-width colon inside a value ({@code title: 关于：某事}),
 * full-width spaces that indent a paragraph inside a block of text, and quotes inside a sentence
 * ({@code “十四五”规划}) are ordinary Chinese text. A colon slip is reported only after a known key
 * (the file's own key names), so that a list item such as {@code - 第一阶段：完成} is never taken
 * for a key.
 */
final class YamlSlips {

  /** What was typed, with the message key naming it. */
  enum Kind {
    COLON("source.slip.colon"),
    SPACE("source.slip.space"),
    QUOTE("source.slip.quote"),
    COMMA("source.slip.comma"),
    NO_SPACE("source.slip.no-space");

    final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  /**
   * One slip.
   *
   * @param line the file line
   * @param column the one-based column (in characters) of the offending character
   * @param found what was typed there, for the message (the key, the quote, the comma)
   * @param corrected the whole line with every slip of it corrected
   */
  record Slip(int line, int column, Kind kind, String found, String corrected) {}

  static final char WIDE_SPACE = '\u3000';
  static final char WIDE_COLON = '\uFF1A';
  static final char WIDE_COMMA = '\uFF0C';
  /** Full-width quotes and their closing partners: “ ” ‘ ’ ＂ ＇. */
  private static final String OPEN_QUOTES = "\u201C\u2018\uFF02\uFF07";
  private static final String CLOSE_QUOTES = "\u201D\u2019\uFF02\uFF07";

  /** A word that may be a key, for the relaxed search after a syntax error. */
  private static final Pattern KEY_LIKE =
      Pattern.compile("[\\p{IsHan}A-Za-z_][\\p{IsHan}A-Za-z0-9_]{0,15}");

  private static final int NONE = -1;

  private final Predicate<String> isKey;
  private final List<Slip> slips = new ArrayList<>();

  // what the previous lines opened
  private int blockParent = NONE;
  private int plainOwner = NONE;
  private char quote;
  private int flowDepth;
  private char flowQuote;
  private final StringBuilder flowOpen = new StringBuilder();

  // the line being read: its edits and the first slip of each kind
  private int lineNumber;
  private String line;
  private final List<int[]> edits = new ArrayList<>();
  private final List<String> replacements = new ArrayList<>();
  private final Map<Kind, int[]> first = new LinkedHashMap<>();
  private final Map<Kind, String> found = new LinkedHashMap<>();

  private YamlSlips(Predicate<String> isKey) {
    this.isKey = isKey;
  }

  /**
   * Every slip in {@code text}, in line order.
   *
   * @param firstLine the file line {@code text} starts on
   * @param keys the key names of the file (English and Chinese), after which a full-width or
   *     unspaced colon is a slip
   */
  static List<Slip> find(String text, int firstLine, Collection<String> keys) {
    Set<String> names = Set.copyOf(keys);
    return new YamlSlips(names::contains).scan(text, firstLine);
  }

  /**
   * The colon slips after any word that looks like a key (not only the file's own keys): used
   * only to explain a syntax error SnakeYAML found at or just after such a line.
   */
  static List<Slip> findLoose(String text, int firstLine) {
    return new YamlSlips(w -> KEY_LIKE.matcher(w).matches()).scan(text, firstLine).stream()
        .filter(s -> s.kind() == Kind.COLON || s.kind() == Kind.NO_SPACE).toList();
  }

  private List<Slip> scan(String text, int firstLine) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      read(l.endsWith("\r") ? l.substring(0, l.length() - 1) : l, firstLine + i);
    }
    slips.sort(Comparator.comparingInt(Slip::line).thenComparingInt(Slip::column));
    return slips;
  }

  private void read(String text, int number) {
    line = text;
    lineNumber = number;
    edits.clear();
    replacements.clear();
    first.clear();
    found.clear();
    structure();
    String corrected = corrected();
    first.forEach((kind, at) -> slips.add(new Slip(number, column(at[0]), kind,
        found.get(kind), corrected)));
  }

  /** Follows what earlier lines opened, then reads this line's structure. */
  private void structure() {
    if (quote != 0) {
      if (closeQuote(line, 0, quote) >= 0) {
        quote = 0;
      }
      return;
    }
    if (flowDepth > 0) {
      flow(0);
      return;
    }
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    boolean blank = line.chars().allMatch(c -> c == ' ' || c == '\t');
    if (blockParent != NONE) {
      if (blank || indent > blockParent) {
        return; // a line of a block of text (| or >): any character is text
      }
      blockParent = NONE;
    }
    if (plainOwner != NONE) {
      if (blank || indent > plainOwner) {
        return; // the continuation of a value written over several lines
      }
      plainOwner = NONE;
    }
    if (blank) {
      return;
    }
    int p = spaces(0);
    if (p == line.length()) {
      return; // only spaces, full-width ones reported
    }
    if (line.charAt(p) == '#' || p == 0 && (line.startsWith("---") || line.startsWith("..."))) {
      return;
    }
    int dash = NONE;
    while (p < line.length() && line.charAt(p) == '-' && (p + 1 == line.length()
        || line.charAt(p + 1) == ' ' || line.charAt(p + 1) == WIDE_SPACE)) {
      dash = p;
      p = spaces(p + 1);
    }
    if (p == line.length()) {
      return;
    }
    char c = line.charAt(p);
    if (c == '?') {
      return; // a complex key: not written by hand
    }
    if (c == '"' || c == '\'' || c == '[' || c == '{' || c == '|' || c == '>') {
      value(p, dash != NONE ? dash : p - 1);
      return;
    }
    key(p, dash);
  }

  /**
   * Skips spaces from {@code from}; full-width ones are slips, corrected to one space each (the
   * space bar pressed while the input method was in full-width mode).
   */
  private int spaces(int from) {
    int p = from;
    while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == WIDE_SPACE)) {
      if (line.charAt(p) == WIDE_SPACE) {
        slip(Kind.SPACE, p, "U+3000");
        edit(p, p + 1, " ");
      }
      p++;
    }
    return p;
  }

  /** A line that starts a key (or a plain list item) at {@code p}. */
  private void key(int p, int dash) {
    int colon = NONE;
    int unspaced = NONE;
    int wide = NONE;
    for (int i = p; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '#' && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        break;
      }
      if (c == ':') {
        char next = i + 1 < line.length() ? line.charAt(i + 1) : ' ';
        if (next == ' ' || next == '\t') {
          colon = i;
          break;
        }
        if (unspaced == NONE) {
          unspaced = i;
        }
      } else if (c == WIDE_COLON && wide == NONE) {
        wide = i;
      }
    }
    if (wide != NONE && (colon == NONE || wide < colon)
        && (unspaced == NONE || wide < unspaced)) {
      String word = line.substring(p, wide).strip();
      if (isKey.test(word)) {
        slip(Kind.COLON, wide, word);
        int v = afterSeparator(wide + 1);
        edit(p, v, word + (v < line.length() ? ": " : ":"));
        value(v, p);
        return;
      }
    }
    if (unspaced != NONE && (colon == NONE || unspaced < colon)) {
      String word = line.substring(p, unspaced).strip();
      if (isKey.test(word)) {
        if (line.charAt(unspaced + 1) == WIDE_SPACE) {
          slip(Kind.SPACE, unspaced + 1, "U+3000");
        } else {
          slip(Kind.NO_SPACE, unspaced, word);
        }
        int v = afterSeparator(unspaced + 1);
        edit(unspaced, v, ": ");
        value(v, p);
        return;
      }
    }
    if (colon != NONE) {
      value(afterSeparator(colon + 1), p);
    } else if (dash != NONE) {
      value(p, dash);
    }
  }

  /** The first character of a value after its separator: spaces and full-width spaces skipped. */
  private int afterSeparator(int from) {
    int v = from;
    while (v < line.length() && (line.charAt(v) == ' ' || line.charAt(v) == '\t'
        || line.charAt(v) == WIDE_SPACE)) {
      v++;
    }
    return v;
  }

  /**
   * A value starting at {@code v}, owned by a node at column {@code owner}: lines indented deeper
   * than the owner may continue it.
   */
  private void value(int v, int owner) {
    if (v >= line.length()) {
      return; // a nested block follows
    }
    char c = line.charAt(v);
    if (c == '#') {
      return;
    }
    if (c == '|' || c == '>') {
      blockParent = owner;
    } else if (c == '"' || c == '\'') {
      if (closeQuote(line, v + 1, c) < 0) {
        quote = c;
      }
    } else if (c == '[' || c == '{') {
      flow(v);
    } else {
      if (OPEN_QUOTES.indexOf(c) >= 0) {
        wideQuotes(v);
      }
      plainOwner = owner;
    }
  }

  /**
   * Full-width quotes around a whole value are a slip when they were meant as YAML's: the text
   * inside holds {@code : } or {@code  #}, which only YAML's quotes protect, or is plain ASCII (a
   * date, a code), which nobody writes in Chinese quotes.
   */
  private void wideQuotes(int v) {
    char open = line.charAt(v);
    char close = CLOSE_QUOTES.charAt(OPEN_QUOTES.indexOf(open));
    int end = line.lastIndexOf(close);
    if (end <= v) {
      return;
    }
    String after = line.substring(end + 1);
    if (!after.isBlank() && !after.matches("[ \t]+#.*")) {
      return; // text goes on after the closing quote: quotes inside a sentence
    }
    String inside = line.substring(v + 1, end);
    boolean ascii = !inside.isEmpty() && inside.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f);
    if (!(inside.contains(": ") || inside.contains(" #") || inside.endsWith(":") || ascii)) {
      return;
    }
    slip(Kind.QUOTE, v, String.valueOf(open) + close);
    edit(v, end + 1, inside.indexOf('"') < 0 && inside.indexOf('\\') < 0 ? '"' + inside + '"'
        : "'" + inside.replace("'", "''") + "'");
  }

  /** Reads a flow collection ({@code […]}, {@code {…}}) from {@code from}, over lines. */
  private void flow(int from) {
    char previous = flowDepth > 0 ? ',' : ' ';
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (flowQuote != 0) {
        if (c == flowQuote) {
          if (flowQuote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
            i++;
          } else {
            flowQuote = 0;
          }
        } else if (c == '\\' && flowQuote == '"') {
          i++;
        }
        continue;
      }
      if (c == '#' && i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return;
      }
      if ((c == '"' || c == '\'') && "[{,: ".indexOf(previous) >= 0) {
        flowQuote = c;
      } else if (c == '[' || c == '{') {
        flowDepth++;
        flowOpen.append(c);
      } else if (c == ']' || c == '}') {
        flowDepth--;
        flowOpen.setLength(Math.max(0, flowOpen.length() - 1));
        if (flowDepth <= 0) {
          flowDepth = 0;
          return;
        }
      } else if (c == WIDE_COMMA && flowOpen.length() > 0
          && flowOpen.charAt(flowOpen.length() - 1) == '[') {
        // between the items of a list; inside a mapping ({reason: 甲，乙}) it is text
        slip(Kind.COMMA, i, String.valueOf(c));
        int next = afterSeparator(i + 1);
        edit(i, next, ", ");
      }
      if (c != ' ' && c != '\t') {
        previous = c;
      }
    }
  }

  /** Where the quote opened before {@code from} closes on {@code text}, or -1. */
  private static int closeQuote(String text, int from, char q) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (q == '"' && c == '\\') {
        i++;
      } else if (c == q) {
        if (q == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private void slip(Kind kind, int at, String what) {
    if (!first.containsKey(kind)) {
      first.put(kind, new int[] {at});
      found.put(kind, what);
    }
  }

  private void edit(int from, int to, String replacement) {
    edits.add(new int[] {from, to});
    replacements.add(replacement);
  }

  /** The line with every edit made (edits never overlap: each covers its own characters). */
  private String corrected() {
    if (edits.isEmpty()) {
      return line;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> edits.get(i)[0]));
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i : order) {
      int[] e = edits.get(i);
      if (e[0] < at) {
        continue;
      }
      out.append(line, at, e[0]).append(replacements.get(i));
      at = e[1];
    }
    return out.append(line.substring(at)).toString().stripTrailing();
  }

  private int column(int index) {
    return line.codePointCount(0, index) + 1;
  }
}
