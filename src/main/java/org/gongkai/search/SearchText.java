package org.gongkai.search;

/**
 * How text is made comparable for searching, the same at build time and in the browser (the
 * function {@code fold} in {@code templates/assets/search.js} is this one, code unit for code
 * unit; {@code SearchRecallIT} compares them on every UTF-16 code unit).
 *
 * <p>Each UTF-16 code unit becomes one code unit or none, so that a position in normalised text
 * leads back to one in the original:
 *
 * <ul>
 *   <li>white space, control characters and invisible formatting characters are dropped (a
 *       visitor types {@code GDP178.5} for {@code GDP 178.5});
 *   <li>full-width ASCII forms become ASCII ({@code ２０２３} is {@code 2023}, {@code ，} is
 *       {@code ,});
 *   <li>ASCII letters become lower case;
 *   <li>every bracket of a 文号 or a parenthesis is one of {@code (} and {@code )}: {@code 〔〕
 *       【】 〖〗 〘〙 ﹝﹞ ﹙﹚ [] ()}, so {@code 诸政办发[2023]2号} finds {@code 诸政办发〔2023〕2号};
 *   <li>dashes and minus signs are {@code -}; curly and corner quotation marks are {@code "} or
 *       {@code '}; middle dots are {@code ·}; {@code ○} is {@code 〇}; {@code 〜} is {@code ~}.
 * </ul>
 *
 * <p>Traditional characters are not mapped to simplified ones: no maintained library does it
 * cheaply in both Java and the browser (see docs/search-index.md).
 */
final class SearchText {

  /**
   * Separates the fields and segments of a document's normalised text. Normalisation drops it,
   * so no query contains it and no match spans two segments.
   */
  static final char SEPARATOR = '\n';

  /** The code unit that {@link #fold} returns for a dropped one. */
  static final int DROPPED = -1;

  private SearchText() {}

  /** The normalised form of a text. */
  static String normalize(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    appendNormalized(text, out);
    return out.toString();
  }

  /** Appends the normalised form of a text. */
  static void appendNormalized(CharSequence text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      int c = fold(text.charAt(i));
      if (c != DROPPED) {
        out.append((char) c);
      }
    }
  }

  /** One code unit's normalised form, or {@link #DROPPED}. */
  static int fold(char unit) {
    int c = unit;
    if (c <= 0x20 || c >= 0x7F && c <= 0xA0 || c == 0xAD || c == 0x1680 || c == 0x180E
        || c >= 0x2000 && c <= 0x200F || c >= 0x2028 && c <= 0x202F
        || c >= 0x205F && c <= 0x206F || c == 0x3000 || c == 0xFEFF) {
      return DROPPED;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) {
      c -= 0xFEE0;
    }
    if (c >= 'A' && c <= 'Z') {
      return c + ('a' - 'A');
    }
    switch (c) {
      case '[', 0x3010, 0x3014, 0x3016, 0x3018, 0xFE59, 0xFE5D:
        return '(';
      case ']', 0x3011, 0x3015, 0x3017, 0x3019, 0xFE5A, 0xFE5E:
        return ')';
      case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58,
          0xFE63:
        return '-';
      case 0x201C, 0x201D, 0x201E, 0x201F, 0x300C, 0x300D, 0x300E, 0x300F, 0x301D, 0x301E,
          0x301F:
        return '"';
      case 0x2018, 0x2019, 0x201A, 0x201B:
        return '\'';
      case 0x2022, 0x2027, 0x30FB, 0xFF65:
        return 0xB7;
      case 0x25CB:
        return 0x3007;
      case 0x301C:
        return '~';
      default:
        return c;
    }
  }
}
