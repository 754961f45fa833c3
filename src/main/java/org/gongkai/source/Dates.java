package org.gongkai.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.PublishTime;
import org.gongkai.model.Text;

/**
 * The two date forms the content model allows, {@code YYYY-MM-DD} and {@code YYYY-MM-DD HH:mm},
 * read strictly, with a suggested correction for near misses such as {@code 2023/11/01}.
 */
public final class Dates {

  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DATE_TIME =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})");
  private static final Pattern LOOSE = Pattern.compile(
      "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
          + "(?:[\\sT]+(\\d{1,2})\\s*[:：时]\\s*(\\d{1,2})\\s*分?)?");

  /**
   * The earliest year a date may have (the People's Republic's first year); the latest is 9999,
   * as a date has four digits for its year.
   */
  public static final int FIRST_YEAR = 1949;

  private Dates() {}

  /** The outcome of reading a date: a value, or a message and a hint. */
  public record Result<T>(T value, Text message, Text hint) {
    public boolean ok() {
      return value != null;
    }

    static <T> Result<T> of(T value) {
      return new Result<>(value, Text.NONE, Text.NONE);
    }

    static <T> Result<T> fail(Text message, Text hint) {
      return new Result<>(null, message, hint);
    }
  }

  public static Result<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (m.matches()) {
      Optional<Text> wrong = unreal(num(m, 1), num(m, 2), num(m, 3));
      return wrong.isEmpty() ? Result.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)))
          : Result.fail(Text.of("source.date.unreal", text, wrong.get()),
              Text.of("source.date.unreal-hint"));
    }
    return Result.fail(Text.of("source.date.form", text), suggestion(text, false)
        .map(s -> Text.of("source.date.write", s)).orElse(Text.of("source.date.form-hint")));
  }

  public static Result<PublishTime> dateTime(String text) {
    String t = text.strip();
    Matcher m = DATE_TIME.matcher(t);
    if (m.matches()) {
      Optional<Text> wrong = unreal(num(m, 1), num(m, 2), num(m, 3))
          .or(() -> unrealTime(num(m, 4), num(m, 5)));
      return wrong.isEmpty() ? Result.of(new PublishTime(LocalDateTime.of(num(m, 1), num(m, 2),
          num(m, 3), num(m, 4), num(m, 5)), true))
          : Result.fail(Text.of("source.date.unreal-time", text, wrong.get()),
              Text.of("source.date.unreal-time-hint"));
    }
    if (DATE.matcher(t).matches()) {
      Result<LocalDate> d = date(t);
      return d.ok() ? Result.of(PublishTime.ofDate(d.value()))
          : Result.fail(d.message(), d.hint());
    }
    return Result.fail(Text.of("source.date.form-time", text), suggestion(text, true)
        .map(s -> Text.of("source.date.write", s)).orElse(Text.of("source.date.form-time-hint")));
  }

  /**
   * Why a year, month and day make no date, in words (2月没有30日, February has no 30th), or empty
   * when they do: java.time's own wording ("Invalid date 'FEBRUARY 30'") is not for users.
   */
  static Optional<Text> unreal(int year, int month, int day) {
    if (year < FIRST_YEAR) {
      // 0000 or a slip of the keyboard (1023 for 2023): no 政务公开 document is that old
      return Optional.of(Text.of("source.date.year-range", year, FIRST_YEAR));
    }
    if (month < 1 || month > 12) {
      return Optional.of(Text.of("source.date.no-month", month));
    }
    if (day < 1) {
      return Optional.of(Text.of("source.date.no-day-zero"));
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day <= length) {
      return Optional.empty();
    }
    Text monthName = monthName(month);
    if (month == 2 && day == 29) {
      return Optional.of(Text.of("source.date.not-leap", monthName, year));
    }
    return Optional.of(Text.of("source.date.no-day", monthName, ordinal(day)));
  }

  private static Optional<Text> unrealTime(int hour, int minute) {
    if (hour > 23) {
      return Optional.of(Text.of("source.date.no-hour", hour));
    }
    if (minute > 59) {
      return Optional.of(Text.of("source.date.no-minute", minute));
    }
    return Optional.empty();
  }

  /** A day of the month as English writes it (1st, 2nd, 3rd, 30th); Chinese writes 30日. */
  private static Text ordinal(int day) {
    if (day % 100 >= 11 && day % 100 <= 13) {
      return Text.of("source.day.th", day);
    }
    return switch (day % 10) {
      case 1 -> Text.of("source.day.st", day);
      case 2 -> Text.of("source.day.nd", day);
      case 3 -> Text.of("source.day.rd", day);
      default -> Text.of("source.day.th", day);
    };
  }

  private static Text monthName(int month) {
    return switch (month) {
      case 1 -> Text.of("source.month.1");
      case 2 -> Text.of("source.month.2");
      case 3 -> Text.of("source.month.3");
      case 4 -> Text.of("source.month.4");
      case 5 -> Text.of("source.month.5");
      case 6 -> Text.of("source.month.6");
      case 7 -> Text.of("source.month.7");
      case 8 -> Text.of("source.month.8");
      case 9 -> Text.of("source.month.9");
      case 10 -> Text.of("source.month.10");
      case 11 -> Text.of("source.month.11");
      default -> Text.of("source.month.12");
    };
  }

  /** The intended date in the standard form, when the text is a recognisable variant. */
  static Optional<String> suggestion(String text, boolean allowTime) {
    Matcher m = LOOSE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      if (m.group(4) != null && allowTime) {
        LocalTime time = LocalTime.of(num(m, 4), num(m, 5));
        return Optional.of(date + " " + time);
      }
      return Optional.of(date.toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
