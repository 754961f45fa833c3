package org.gongkai.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something wrong (or worth knowing) about the input or the output, located in a file. Problems are
 * data: stages collect them for the whole run and only the adapters decide what they mean for the
 * exit code, and in which language ({@link Lang}) they are shown.
 *
 * @param path the file, relative to the site folder, with {@code /} separators
 * @param line one-based line, 0 if unknown
 * @param column one-based column, 0 if unknown
 * @param severity error, warning or note
 * @param ruleId a stable identifier such as {@code yaml-syntax} or {@code unit-unknown}
 * @param message what is wrong, in one sentence
 * @param hint what to do about it, or {@link Text#NONE}
 */
public record Problem(
    String path, int line, int column, Severity severity, String ruleId, Text message, Text hint)
    implements Comparable<Problem> {

  private static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::path)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::severity)
          .thenComparing(Problem::ruleId)
          .thenComparing(Problem::message);

  public Problem {
    path = path == null ? "" : path;
    line = Math.max(0, line);
    column = Math.max(0, column);
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    hint = hint == null ? Text.NONE : hint;
  }

  public static Problem error(Location at, String ruleId, Text message, Text hint) {
    return new Problem(at.path(), at.line(), at.column(), Severity.ERROR, ruleId, message, hint);
  }

  public static Problem warning(Location at, String ruleId, Text message, Text hint) {
    return new Problem(at.path(), at.line(), at.column(), Severity.WARNING, ruleId, message, hint);
  }

  public static Problem note(Location at, String ruleId, Text message, Text hint) {
    return new Problem(at.path(), at.line(), at.column(), Severity.NOTE, ruleId, message, hint);
  }

  public Location location() {
    return new Location(path, line, column);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The one-line form every adapter prints: {@code path:line:column: severity: rule-id: message}.
   * The severity word and the rule id stay English in every language, so that editors and CI
   * log parsers that understand compiler output understand this too.
   */
  public String headline(Lang lang) {
    return location() + ": " + severity.label() + ": " + ruleId + ": " + message.in(lang);
  }

  /** The headline, and the hint on the next line when there is one. */
  public String format(Lang lang) {
    return hint.isEmpty() ? headline(lang) : headline(lang) + System.lineSeparator() + "  "
        + Messages.get(lang, "common.hint-line", hint);
  }

  /** The Chinese form, for test failure messages and logs. */
  public String format() {
    return format(Lang.ZH);
  }

  @Override
  public int compareTo(Problem other) {
    return ORDER.compare(this, other);
  }
}
