package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gongkai.model.PublishTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @Test
  void readsTheStandardDate() {
    Dates.Result<LocalDate> r = Dates.date("2023-11-01");
    assertTrue(r.ok());
    assertEquals(LocalDate.of(2023, 11, 1), r.value());
  }

  @Test
  void anImpossibleDateIsNotADateAndSaysSo() {
    Dates.Result<LocalDate> r = Dates.date("2023-13-45");
    assertFalse(r.ok());
    assertNull(r.value());
    assertTrue(r.message().contains("`2023-13-45` is not a real date"), r.message());
    assertTrue(r.hint().contains("YYYY-MM-DD"), r.hint());
  }

  @Test
  void februaryThe30thIsRejectedToo() {
    assertFalse(Dates.date("2023-02-30").ok());
    assertTrue(Dates.date("2024-02-29").ok());
    assertFalse(Dates.date("2023-02-29").ok());
  }

  @Test
  void slashesGetTheStandardFormAsHint() {
    Dates.Result<LocalDate> r = Dates.date("2023/11/01");
    assertFalse(r.ok());
    assertTrue(r.message().contains("not a date in the form YYYY-MM-DD"), r.message());
    assertEquals("write `2023-11-01`", r.hint());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023/11/01|2023-11-01",
      "2023.11.1|2023-11-01",
      "2023年11月1日|2023-11-01",
      "2023- 02- 09|2023-02-09",
  })
  void nearMissDatesAreRecognised(String written, String expected) {
    assertEquals("write `" + expected + "`", Dates.date(written).hint());
  }

  @Test
  void somethingElseGetsTheGeneralHint() {
    Dates.Result<LocalDate> r = Dates.date("next tuesday");
    assertFalse(r.ok());
    assertEquals("write it as YYYY-MM-DD", r.hint());
  }

  @Test
  void aDateWithoutPaddingIsNotStandardButIsUnderstood() {
    Dates.Result<LocalDate> r = Dates.date("2023-2-9");
    assertFalse(r.ok());
    assertEquals("write `2023-02-09`", r.hint());
  }

  @Test
  void publishedMayHaveAMinute() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-02-09 16:47");
    assertTrue(r.ok());
    assertEquals(LocalDateTime.of(2023, 2, 9, 16, 47), r.value().value());
    assertTrue(r.value().hasTime());
    assertEquals("2023-02-09 16:47", r.value().toString());
  }

  @Test
  void publishedMayBeADate() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-02-09");
    assertTrue(r.ok());
    assertFalse(r.value().hasTime());
    assertEquals("2023-02-09", r.value().toString());
    assertEquals("2023-02-09 00:00", r.value().toMinuteString());
  }

  @Test
  void extractionSpacesInADateTimeGetTheCleanFormAsHint() {
    // as printed on the Zhuji page: 发布时间: 2023- 02- 09 16: 47
    Dates.Result<PublishTime> r = Dates.dateTime("2023- 02- 09 16: 47");
    assertFalse(r.ok());
    assertTrue(r.message().contains("YYYY-MM-DD HH:mm"), r.message());
    assertEquals("write `2023-02-09 16:47`", r.hint());
  }

  @Test
  void anImpossibleTimeIsRejected() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-02-09 25:00");
    assertFalse(r.ok());
    assertTrue(r.message().contains("not a real date and time"), r.message());
  }

  @Test
  void anImpossibleDateInPublishedIsRejected() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-13-45");
    assertFalse(r.ok());
    assertTrue(r.message().contains("not a real date"), r.message());
  }

  @Test
  void aSlashedPublishedDateGetsTheHint() {
    assertEquals("write `2023-11-01`", Dates.dateTime("2023/11/01").hint());
    assertEquals("write `2023-11-01 15:00`", Dates.dateTime("2023/11/01 15:00").hint());
  }
}
