package org.gongkai.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.PublishTime;

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

  private Dates() {}

  /** The outcome of reading a date: a value, or a message and a hint. */
  public record Result<T>(T value, String message, String hint) {
    public boolean ok() {
      return value != null;
    }
  }

  public static Result<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (m.matches()) {
      try {
        return new Result<>(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)), null, null);
      } catch (DateTimeException e) {
        return new Result<>(null, "`" + text + "` is not a real date (" + e.getMessage() + ")",
            "write a date that exists, as YYYY-MM-DD");
      }
    }
    return new Result<>(null, "`" + text + "` is not a date in the form YYYY-MM-DD",
        suggestion(text, false).map(s -> "write `" + s + "`").orElse("write it as YYYY-MM-DD"));
  }

  public static Result<PublishTime> dateTime(String text) {
    String t = text.strip();
    Matcher m = DATE_TIME.matcher(t);
    if (m.matches()) {
      try {
        LocalDateTime value = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4),
            num(m, 5));
        return new Result<>(new PublishTime(value, true), null, null);
      } catch (DateTimeException e) {
        return new Result<>(null, "`" + text + "` is not a real date and time (" + e.getMessage()
            + ")", "write a date and time that exist, as YYYY-MM-DD HH:mm");
      }
    }
    if (DATE.matcher(t).matches()) {
      Result<LocalDate> d = date(t);
      return d.ok() ? new Result<>(PublishTime.ofDate(d.value()), null, null)
          : new Result<>(null, d.message(), d.hint());
    }
    return new Result<>(null,
        "`" + text + "` is not a date in the form YYYY-MM-DD or YYYY-MM-DD HH:mm",
        suggestion(text, true).map(s -> "write `" + s + "`")
            .orElse("write it as YYYY-MM-DD or YYYY-MM-DD HH:mm"));
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
