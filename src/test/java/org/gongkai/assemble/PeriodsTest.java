package org.gongkai.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where a period ends, which puts the periods of a series in order. */
class PeriodsTest {

  @ParameterizedTest
  @CsvSource({
      "1-3月, 0, 3",
      "1-6月, 0, 6",
      "1-9月, 0, 9",
      "1-12月, 0, 12",
      "全年, 0, 12",
      "6月, 0, 6",
      "1—6月, 0, 6",
      "上半年, 0, 6",
      "一季度, 0, 3",
      "第三季度, 0, 9",
      "前三季度, 0, 9",
      "2023年1-9月, 2023, 9",
      "2023年全年, 2023, 12",
      "2023-01/2023-09, 2023, 9",
      "2022-10/2023-03, 2023, 3",
      "2023-06, 2023, 6"})
  void readsTheEndOfAPeriod(String period, int year, int month) {
    assertEquals(Optional.of(new Periods.End(year, month)), Periods.end(period));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "年中", "1-13月", "第五季度", "2023-13", "上旬"})
  void leavesWhatItCannotReadUnread(String period) {
    assertEquals(Optional.empty(), Periods.end(period));
  }
}
