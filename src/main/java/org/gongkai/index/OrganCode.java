package org.gongkai.index;

import java.util.Optional;

/**
 * The 统一社会信用代码 (GB 32100-2015) check character. An 18-character organ code must end in
 * it; other organ codes (9-character organisation codes, organ path codes) are not checked here.
 */
public final class OrganCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30,
      28};

  private OrganCode() {}

  /** Whether the code has the 18-character credit-code form (so its check character applies). */
  public static boolean isCreditCode(String code) {
    return code != null && code.length() == 18;
  }

  /**
   * The check character the first 17 characters call for, or empty when they contain a character
   * outside the code's alphabet.
   */
  public static Optional<Character> expectedCheck(String code) {
    if (code == null || code.length() < 17) {
      return Optional.empty();
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(code.charAt(i));
      if (v < 0) {
        return Optional.empty();
      }
      sum += v * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return Optional.of(ALPHABET.charAt(c == 31 ? 0 : c));
  }

  /**
   * Whether an organ code is a placeholder, not an organ's: the value {@code gongkai init} writes,
   * one character repeated ({@code 000000000000000000}, which even passes the check character,
   * {@code XXXXXXXXX}), or words (请填写). A number made with it names no organ and, once
   * published, could never be corrected.
   */
  public static boolean isPlaceholder(String code) {
    if (code == null || code.isBlank()) {
      return false;
    }
    String c = code.strip().replace("-", "");
    return c.equals(org.gongkai.config.StarterSite.PLACEHOLDER_ORGAN_CODE)
        || c.chars().distinct().count() == 1
        || c.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch)
            == Character.UnicodeScript.HAN);
  }

  /** Whether an 18-character code's check character is right. */
  public static boolean isValidCreditCode(String code) {
    return isCreditCode(code)
        && expectedCheck(code).map(c -> c == code.charAt(17)).orElse(false);
  }
}
