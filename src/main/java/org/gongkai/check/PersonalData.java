package org.gongkai.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Text;

/**
 * Finds personal data in text and gives the masked form to publish instead: resident ID numbers
 * (GB 11643-1999 check character and a real birth date), mobile numbers, and bank card numbers
 * that pass the Luhn check. The masked forms follow the practice the domain notes cite: ID
 * {@code 35*************123} (first 2 and last 3 kept), mobile {@code 138****1234}, card first 4
 * and last 4 kept.
 */
final class PersonalData {

  /** What kind of personal data. */
  enum Kind {
    ID("personal-id", Text.of("check.personal.id")),
    MOBILE("personal-mobile", Text.of("check.personal.mobile")),
    BANK_CARD("personal-bankcard", Text.of("check.personal.bankcard"));

    final String ruleId;
    final Text label;

    Kind(String ruleId, Text label) {
      this.ruleId = ruleId;
      this.label = label;
    }
  }

  /** A value found in a text: where in the text, and its masked form. */
  record Finding(Kind kind, String value, int start, String masked) {}

  private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[\\dXx](?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9])");
  private static final Pattern CARD = Pattern.compile(
      "(?<![0-9A-Za-z])\\d{4}(?:[ -]?\\d{4}){3}(?:[ -]?\\d{1,3})?(?![0-9])");
  private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String ID_CHECK = "10X98765432";

  private PersonalData() {}

  static List<Finding> find(String text, LocalDate today) {
    if (!hasLongNumber(text)) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Matcher id = ID.matcher(text);
    while (id.find()) {
      if (isIdNumber(id.group(), today)) {
        out.add(new Finding(Kind.ID, id.group(), id.start(), maskId(id.group())));
      }
    }
    Matcher mobile = MOBILE.matcher(text);
    while (mobile.find()) {
      if (!inside(out, mobile.start())) {
        out.add(new Finding(Kind.MOBILE, mobile.group(), mobile.start(),
            mobile.group().substring(0, 3) + "****" + mobile.group().substring(7)));
      }
    }
    Matcher card = CARD.matcher(text);
    while (card.find()) {
      String digits = card.group().replaceAll("[ -]", "");
      if (digits.length() >= 16 && digits.length() <= 19 && luhn(digits)
          && !inside(out, card.start())) {
        out.add(new Finding(Kind.BANK_CARD, card.group(), card.start(), maskCard(digits)));
      }
    }
    out.sort(java.util.Comparator.comparingInt(Finding::start));
    return out;
  }

  /** Whether the text has 11 or more digits in a row (spaces and dashes between groups allowed). */
  private static boolean hasLongNumber(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 11) {
          return true;
        }
      } else if (!(run > 0 && (c == ' ' || c == '-'))) {
        run = 0;
      }
    }
    return false;
  }

  private static boolean inside(List<Finding> found, int start) {
    return found.stream().anyMatch(f -> start >= f.start() && start < f.start()
        + f.value().length());
  }

  /** GB 11643-1999: a real birth date and the right check character. */
  static boolean isIdNumber(String id, LocalDate today) {
    if (id.length() != 18) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (id.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    if (Character.toUpperCase(id.charAt(17)) != ID_CHECK.charAt(sum % 11)) {
      return false;
    }
    try {
      LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
          Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
      return birth.getYear() >= 1900 && !birth.isAfter(today);
    } catch (DateTimeException e) {
      return false;
    }
  }

  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  static String maskId(String id) {
    return id.substring(0, 2) + "*".repeat(13) + id.substring(15);
  }

  static String maskCard(String digits) {
    return digits.substring(0, 4) + "*".repeat(digits.length() - 8)
        + digits.substring(digits.length() - 4);
  }

  /** Digits only, so that an allowance matches however the value is spaced. */
  static String normalized(String value) {
    return value.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
  }
}
