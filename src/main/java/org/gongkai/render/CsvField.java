package org.gongkai.render;

/**
 * One field of the CSV files made for Excel (RFC 4180): in double quotes, a quote inside doubled,
 * a CRLF inside turned into LF. A text whose first character, after any blanks, is one a
 * spreadsheet reads as the start of a formula ({@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return) gets a single quote in front, as OWASP recommends against CSV
 * injection, so that Excel shows {@code =HYPERLINK(…)} instead of running it. Numbers are written
 * as they are; the JSON files carry every text exactly.
 */
public final class CsvField {

  private CsvField() {}

  /** A text field, neutralised. */
  public static String text(String text) {
    return quoted(neutralised(text));
  }

  /** A number field (a number is never a formula). */
  public static String number(String number) {
    return quoted(number);
  }

  /** The text with a single quote in front when a spreadsheet would take it for a formula. */
  static String neutralised(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + text;
      }
      if (c != ' ' && c != '\u3000') {
        return text;
      }
    }
    return text;
  }

  private static String quoted(String text) {
    return '"' + text.replace("\r\n", "\n").replace("\"", "\"\"") + '"';
  }
}
