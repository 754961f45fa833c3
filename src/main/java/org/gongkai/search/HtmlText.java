package org.gongkai.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text of a report's body as its page shows it, one string per block (paragraph, heading,
 * list item, table cell, quotation, code block), from the HTML that gongkai's Markdown renderer
 * wrote: tags are dropped, character references decoded, and a block element starts a new block
 * so that no phrase is found across two paragraphs.
 */
final class HtmlText {

  private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
      "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody",
      "tfoot", "tr", "td", "th", "caption", "hr", "div", "section", "figure", "figcaption");

  private HtmlText() {}

  /** The non-blank blocks of an HTML fragment, in order. */
  static List<String> blocks(String html) {
    List<String> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        if (end < 0) {
          block.append(html, i, n);
          break;
        }
        if (BLOCKS.contains(tagName(html, i + 1, end))) {
          flush(block, out);
        }
        i = end + 1;
      } else if (c == '&') {
        int end = html.indexOf(';', i);
        String decoded = end < 0 || end - i > 10 ? null : decode(html.substring(i + 1, end));
        if (decoded == null) {
          block.append(c);
          i++;
        } else {
          block.append(decoded);
          i = end + 1;
        }
      } else {
        block.append(c);
        i++;
      }
    }
    flush(block, out);
    return out;
  }

  private static void flush(StringBuilder block, List<String> out) {
    String text = block.toString().strip();
    if (!text.isEmpty()) {
      out.add(text);
    }
    block.setLength(0);
  }

  /** The lower-case name of the tag starting after {@code <} (without {@code /}). */
  private static String tagName(String html, int from, int end) {
    int i = from < end && html.charAt(from) == '/' ? from + 1 : from;
    int start = i;
    while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
      i++;
    }
    return html.substring(start, i).toLowerCase(Locale.ROOT);
  }

  /** A character reference's text ({@code amp}, {@code #39}, {@code #x4E2D}), or null. */
  private static String decode(String name) {
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return "\u00A0";
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return null;
    }
    try {
      boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
      int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
