package org.gongkai.sheet;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's number as the sheet shows it ({@code 0.06} formatted as a percentage is {@code 6%},
 * {@code 1234.5} as {@code #,##0.00} is {@code 1,234.50}), except dates, which become {@code
 * YYYY-MM-DD} (with {@code HH:mm} when they hold a time) whatever the sheet's date format, as the
 * content model writes dates. Independent of the machine's locale.
 */
final class DisplayedValues extends DataFormatter {

  /**
   * Built-in format ids that Excel and WPS give dates and times in Chinese (ECMA-376 §18.8.30):
   * POI knows them only as "reserved", so without this a date would show as a serial number.
   */
  private static final Set<Integer> CJK_DATES = Set.of(27, 28, 29, 30, 31, 36, 50, 51, 52, 53,
      54, 57, 58);
  private static final Set<Integer> CJK_TIMES = Set.of(32, 33, 34, 35, 55, 56);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  DisplayedValues() {
    super(Locale.ROOT);
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString) {
    return formatRawCellContents(value, formatIndex, formatString, false);
  }

  @Override
  public String formatRawCellContents(
      double value, int formatIndex, String formatString, boolean use1904Windowing) {
    boolean cjkTime = CJK_TIMES.contains(formatIndex);
    boolean date = CJK_DATES.contains(formatIndex) || cjkTime
        || formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
    if (date && DateUtil.isValidExcelDate(value)) {
      LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing, true);
      boolean hasTime = value != Math.floor(value);
      if (cjkTime || value < 1 && hasTime) {
        return at.format(TIME);
      }
      return at.format(hasTime ? DATE_TIME : DATE);
    }
    return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
  }
}
