package org.gongkai.assemble;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a task list's {@code period} ends, so that the periods of a series can be put in order:
 * {@code 1-3月}, {@code 1-6月}, {@code 1-9月}, {@code 1-12月}, {@code 全年}, {@code 6月}, {@code
 * 上半年}, {@code 一季度} … {@code 四季度}, {@code 前三季度}, and ranges such as {@code
 * 2023-01/2023-09} or {@code 2023年1-9月}. A period that names no year is taken to be in the
 * series' one year.
 */
final class Periods {

  private static final Pattern RANGE = Pattern.compile(
      "(?:(\\d{4})\\s*-\\s*\\d{1,2}\\s*/\\s*)?(\\d{4})\\s*-\\s*(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
  private static final Pattern MONTHS = Pattern.compile("(?:(\\d{1,2})\\s*[-—–~至到]\\s*)?(\\d{1,2})\\s*月");
  private static final String[] QUARTERS = {"一", "二", "三", "四"};

  private Periods() {}

  /**
   * The end of a period.
   *
   * @param year the year, or 0 when the period names none
   * @param month 1 to 12
   */
  record End(int year, int month) {}

  static Optional<End> end(String period) {
    if (period == null) {
      return Optional.empty();
    }
    String p = period.strip();
    Matcher range = RANGE.matcher(p);
    if (range.matches()) {
      return month(Integer.parseInt(range.group(2)), Integer.parseInt(range.group(3)));
    }
    int year = 0;
    Matcher y = YEAR.matcher(p);
    if (y.find()) {
      year = Integer.parseInt(y.group(1));
      p = (p.substring(0, y.start()) + p.substring(y.end())).strip();
    }
    Matcher months = MONTHS.matcher(p);
    if (months.matches()) {
      return month(year, Integer.parseInt(months.group(2)));
    }
    switch (p) {
      case "全年", "年度", "全年度", "1-12月", "" -> {
        return p.isEmpty() && year == 0 ? Optional.empty() : month(year, 12);
      }
      case "上半年" -> {
        return month(year, 6);
      }
      case "下半年" -> {
        return month(year, 12);
      }
      case "前三季度" -> {
        return month(year, 9);
      }
      default -> {
        // 一季度, 第一季度, 二季度 …
      }
    }
    for (int q = 0; q < QUARTERS.length; q++) {
      if (p.equals(QUARTERS[q] + "季度") || p.equals("第" + QUARTERS[q] + "季度")) {
        return month(year, 3 * (q + 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<End> month(int year, int month) {
    return month >= 1 && month <= 12 ? Optional.of(new End(year, month)) : Optional.empty();
  }
}
