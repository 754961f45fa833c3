package org.gongkai.assemble;

/**
 * The output formats a page kind can have. A format says what the file is (its media type), how
 * its template escapes ({@code .ftlh} HTML, {@code .ftlx} XML, plain {@code .ftl} for the others,
 * which escape with {@code ?c} or {@code csvRow}), whether links from it are relative (HTML) or
 * absolute (everything a program reads), and whether it starts with a byte order mark.
 */
public enum Format {
  HTML("text/html", false),
  XML("application/xml", false),
  JSON("application/json", false),
  /** UTF-8 with a byte order mark, so that Excel opens Chinese text as UTF-8 (RFC 4180 rows). */
  CSV("text/csv", true),
  TEXT("text/plain", false);

  private final String mediaType;
  private final boolean byteOrderMark;

  Format(String mediaType, boolean byteOrderMark) {
    this.mediaType = mediaType;
    this.byteOrderMark = byteOrderMark;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Whether the file starts with the UTF-8 byte order mark EF BB BF. */
  public boolean byteOrderMark() {
    return byteOrderMark;
  }

  /** Whether pages of this format link relatively (HTML pages a browser opens from any folder). */
  public boolean relativeLinks() {
    return this == HTML;
  }
}
