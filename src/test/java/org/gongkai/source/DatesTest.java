package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.gongkai.model.Lang;
import org.gongkai.model.PublishTime;
import org.gongkai.model.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  private static String en(Text text) {
    return text.in(Lang.EN);
  }

  private static String zh(Text text) {
    return text.in(Lang.ZH);
  }

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
    assertTrue(en(r.message()).contains("`2023-13-45` is not a real date"), en(r.message()));
    assertTrue(en(r.hint()).contains("YYYY-MM-DD"), en(r.hint()));
  }

  @Test
  void februaryThe30thIsRejectedToo() {
    assertFalse(Dates.date("2023-02-30").ok());
    assertTrue(Dates.date("2024-02-29").ok());
    assertFalse(Dates.date("2023-02-29").ok());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023-02-30|2月没有30日|February has no 30th",
      "2023-04-31|4月没有31日|April has no 31st",
      "2023-02-29|2023年不是闰年，2月没有29日|February 2023 has no 29th",
      "2023-13-45|没有13月|there is no month 13",
      "2023-06-00|没有0日|a month has no day 0",
      "2023-11-32|11月没有32日|November has no 32nd",
  })
  void anImpossibleDateSaysInWordsWhyItDoesNotExist(String written, String chinese,
      String english) {
    Dates.Result<LocalDate> r = Dates.date(written);
    assertFalse(r.ok());
    assertEquals("`" + written + "` 不是实际存在的日期（" + chinese + "）", zh(r.message()));
    assertEquals("`" + written + "` is not a real date (" + english + ")", en(r.message()));
    assertEquals("请填写实际存在的日期，格式为 YYYY-MM-DD", zh(r.hint()));
    // java.time's wording ("Invalid date 'FEBRUARY 30'") never reaches a user
    assertFalse(en(r.message()).contains("Invalid"), en(r.message()));
  }

  @Test
  void anImpossibleTimeSaysWhichPartDoesNotExist() {
    assertEquals("`2023-02-09 24:00` 不是实际存在的日期和时间（没有24时）",
        zh(Dates.dateTime("2023-02-09 24:00").message()));
    assertEquals("`2023-02-09 10:60` is not a real date and time (there is no minute 60)",
        en(Dates.dateTime("2023-02-09 10:60").message()));
    assertEquals("`2023-02-30 10:00` is not a real date and time (February has no 30th)",
        en(Dates.dateTime("2023-02-30 10:00").message()));
  }

  @Test
  void aNearMissIsCorrectedInChineseToo() {
    Dates.Result<LocalDate> r = Dates.date("2023/11/01");
    assertEquals("`2023/11/01` 不是 YYYY-MM-DD 格式的日期", zh(r.message()));
    assertEquals("请写成 `2023-11-01`", zh(r.hint()));
  }

  @Test
  void slashesGetTheStandardFormAsHint() {
    Dates.Result<LocalDate> r = Dates.date("2023/11/01");
    assertFalse(r.ok());
    assertTrue(en(r.message()).contains("not a date in the form YYYY-MM-DD"), en(r.message()));
    assertEquals("write `2023-11-01`", en(r.hint()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2023/11/01|2023-11-01",
      "2023.11.1|2023-11-01",
      "2023年11月1日|2023-11-01",
      "2023- 02- 09|2023-02-09",
  })
  void nearMissDatesAreRecognised(String written, String expected) {
    assertEquals("write `" + expected + "`", en(Dates.date(written).hint()));
  }

  @Test
  void somethingElseGetsTheGeneralHint() {
    Dates.Result<LocalDate> r = Dates.date("next tuesday");
    assertFalse(r.ok());
    assertEquals("write it as YYYY-MM-DD", en(r.hint()));
  }

  @Test
  void aDateWithoutPaddingIsNotStandardButIsUnderstood() {
    Dates.Result<LocalDate> r = Dates.date("2023-2-9");
    assertFalse(r.ok());
    assertEquals("write `2023-02-09`", en(r.hint()));
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
    assertTrue(en(r.message()).contains("YYYY-MM-DD HH:mm"), en(r.message()));
    assertEquals("write `2023-02-09 16:47`", en(r.hint()));
  }

  @Test
  void anImpossibleTimeIsRejected() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-02-09 25:00");
    assertFalse(r.ok());
    assertTrue(en(r.message()).contains("not a real date and time"), en(r.message()));
  }

  @Test
  void anImpossibleDateInPublishedIsRejected() {
    Dates.Result<PublishTime> r = Dates.dateTime("2023-13-45");
    assertFalse(r.ok());
    assertTrue(en(r.message()).contains("not a real date"), en(r.message()));
  }

  @Test
  void aSlashedPublishedDateGetsTheHint() {
    assertEquals("write `2023-11-01`", en(Dates.dateTime("2023/11/01").hint()));
    assertEquals("write `2023-11-01 15:00`", en(Dates.dateTime("2023/11/01 15:00").hint()));
  }
}
