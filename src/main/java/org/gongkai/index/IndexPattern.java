package org.gongkai.index;

import org.gongkai.model.TextException;
import org.gongkai.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How index numbers are formed, e.g. {@code {organCode}/{year}-{seq:6}}. Tokens: {@code
 * {organCode}}, {@code {year}} and {@code {month}} of the publication date, {@code {seq:N}} (the
 * sequence, zero-padded to N digits); anything else is literal text. Sequences count per organ
 * code and per the period the pattern names (the year, or the year and month).
 */
public final class IndexPattern {

  private static final Pattern TOKEN = Pattern.compile("\\{([A-Za-z]+)(?::(\\d+))?}");

  private enum Kind { LITERAL, ORGAN, YEAR, MONTH, SEQ }

  private record Part(Kind kind, String text, int width) {
    static Part literal(String text) {
      return new Part(Kind.LITERAL, text, 0);
    }

    static Part of(Kind kind) {
      return new Part(kind, "", 0);
    }
  }

  /** The pieces of one index number. {@code month} is 0 when the pattern has none. */
  public record Parts(String organCode, int year, int month, int seq) {

    /** The counter this number belongs to: organ and period. */
    public String counter() {
      return month == 0 ? organCode + "|" + year : organCode + "|" + year + "-" + month;
    }
  }

  private final String source;
  private final List<Part> parts;
  private final Pattern regex;

  private IndexPattern(String source, List<Part> parts) {
    this.source = source;
    this.parts = List.copyOf(parts);
    StringBuilder re = new StringBuilder();
    for (Part p : parts) {
      re.append(switch (p.kind()) {
        case LITERAL -> Pattern.quote(p.text());
        case ORGAN -> "(?<organ>[0-9A-Za-z][0-9A-Za-z-]*?)";
        case YEAR -> "(?<year>\\d{4})";
        case MONTH -> "(?<month>0[1-9]|1[0-2])";
        case SEQ -> "(?<seq>\\d{" + p.width() + ",})";
      });
    }
    this.regex = Pattern.compile(re.toString());
  }

  /**
   * Compiles a pattern.
   *
   * @throws TextException saying what is wrong, when the pattern is not valid
   */
  public static IndexPattern compile(String pattern) {
    List<Part> parts = new ArrayList<>();
    Matcher m = TOKEN.matcher(pattern);
    int last = 0;
    int organs = 0;
    int years = 0;
    int months = 0;
    int seqs = 0;
    while (m.find()) {
      if (m.start() > last) {
        parts.add(Part.literal(pattern.substring(last, m.start())));
      }
      String name = m.group(1);
      String width = m.group(2);
      switch (name) {
        case "organCode" -> {
          organs++;
          parts.add(Part.of(Kind.ORGAN));
        }
        case "year" -> {
          years++;
          parts.add(Part.of(Kind.YEAR));
        }
        case "month" -> {
          months++;
          parts.add(Part.of(Kind.MONTH));
        }
        case "seq" -> {
          seqs++;
          int w = width == null ? 0 : Integer.parseInt(width);
          if (w < 1 || w > 12) {
            throw new TextException(Text.of("index.pattern.seq-width"));
          }
          parts.add(new Part(Kind.SEQ, "", w));
        }
        default -> throw new TextException(Text.of("index.pattern.token", "{" + name + "}"));
      }
      if (width != null && !name.equals("seq")) {
        throw new TextException(Text.of("index.pattern.width", "{" + name + ":" + width + "}"));
      }
      last = m.end();
    }
    if (last < pattern.length()) {
      parts.add(Part.literal(pattern.substring(last)));
    }
    if (organs != 1 || years != 1 || seqs != 1 || months > 1) {
      throw new TextException(Text.of("index.pattern.tokens"));
    }
    if (parts.stream().anyMatch(p -> p.kind() == Kind.LITERAL && p.text().contains("{"))) {
      throw new TextException(Text.of("index.pattern.brace"));
    }
    return new IndexPattern(pattern, parts);
  }

  /** The pattern as written. */
  public String source() {
    return source;
  }

  public boolean hasMonth() {
    return parts.stream().anyMatch(p -> p.kind() == Kind.MONTH);
  }

  /** Splits a number into its pieces, if it fits the pattern. */
  public Optional<Parts> parse(String index) {
    Matcher m = regex.matcher(index);
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = hasMonth() ? Integer.parseInt(m.group("month")) : 0;
    long seq = Long.parseLong(m.group("seq"));
    if (seq > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    return Optional.of(new Parts(m.group("organ"), Integer.parseInt(m.group("year")), month,
        (int) seq));
  }

  public boolean matches(String index) {
    return parse(index).isPresent();
  }

  /** Forms the number for the given pieces. */
  public String format(Parts p) {
    StringBuilder out = new StringBuilder();
    for (Part part : parts) {
      out.append(switch (part.kind()) {
        case LITERAL -> part.text();
        case ORGAN -> p.organCode();
        case YEAR -> String.format("%04d", p.year());
        case MONTH -> String.format("%02d", p.month());
        case SEQ -> String.format("%0" + part.width() + "d", p.seq());
      });
    }
    return out.toString();
  }

  /** An example number, for messages. */
  public String example(String organCode) {
    return format(new Parts(organCode == null ? "000000000" : organCode, 2023, hasMonth() ? 10 : 0,
        1));
  }

  @Override
  public String toString() {
    return source;
  }
}
