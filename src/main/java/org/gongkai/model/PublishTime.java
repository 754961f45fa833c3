package org.gongkai.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A 发布日期 as written: a date, or a date and a minute. It is a local time in the site's time
 * zone.
 */
public record PublishTime(LocalDateTime value, boolean hasTime) implements Comparable<PublishTime> {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public static PublishTime ofDate(LocalDate date) {
    return new PublishTime(date.atStartOfDay(), false);
  }

  public LocalDate date() {
    return value.toLocalDate();
  }

  /** {@code 2023-11-01} or {@code 2023-11-01 15:00}, as the author wrote it. */
  @Override
  public String toString() {
    return hasTime ? value.format(MINUTE) : date().toString();
  }

  /** Always with the minute, as the {@code PubDate} meta tag wants it. */
  public String toMinuteString() {
    return value.format(MINUTE);
  }

  @Override
  public int compareTo(PublishTime other) {
    return value.compareTo(other.value);
  }
}
