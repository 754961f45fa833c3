package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shapes of 索引号 found on real disclosure pages, each with the pattern that forms it. */
class IndexPatternTest {

  @ParameterizedTest(name = "{0} with {1}")
  @CsvSource(delimiter = '|', value = {
      // index number                 | pattern                              | organ             | year | month | seq
      "11330600002577014T/2023-245921 | {organCode}/{year}-{seq:6}           | 11330600002577014T | 2023 | 0  | 245921",
      "001008006002001/2023-141193    | {organCode}/{year}-{seq:6}           | 001008006002001    | 2023 | 0  | 141193",
      "000014349/2017-00110           | {organCode}/{year}-{seq:5}           | 000014349          | 2017 | 0  | 110",
      "11341702486344515H/202110-00013 | {organCode}/{year}{month}-{seq:5}   | 11341702486344515H | 2021 | 10 | 13",
      "01527918X-2020-153077          | {organCode}-{year}-{seq:6}           | 01527918X          | 2020 | 0  | 153077",
      "0142768-8/2022-00185           | {organCode}/{year}-{seq:5}           | 0142768-8          | 2022 | 0  | 185",
  })
  void realShapesParseAndFormatBackToTheSameText(String index, String pattern, String organ,
      int year, int month, int seq) {
    IndexPattern p = IndexPattern.compile(pattern);
    IndexPattern.Parts parts = p.parse(index).orElseThrow(
        () -> new AssertionError(index + " does not fit " + pattern));
    assertEquals(new IndexPattern.Parts(organ, year, month, seq), parts);
    assertEquals(index, p.format(parts));
    assertTrue(p.matches(index));
    assertEquals(pattern, p.source());
  }

  @Test
  void aMonthlyPatternCountsPerMonth() {
    IndexPattern p = IndexPattern.compile("{organCode}/{year}{month}-{seq:5}");
    assertTrue(p.hasMonth());
    assertEquals("11341702486344515H|2021-10",
        p.parse("11341702486344515H/202110-00013").orElseThrow().counter());
    assertEquals("X|2021", IndexPattern.compile("{organCode}/{year}-{seq:5}")
        .parse("X/2021-00001").orElseThrow().counter());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "11330600002577014T/2023-24592  | {organCode}/{year}-{seq:6}",
      "11330600002577014T-2023-245921 | {organCode}/{year}-{seq:6}",
      "11330600002577014T/23-245921   | {organCode}/{year}-{seq:6}",
      "11341702486344515H/202113-00013 | {organCode}/{year}{month}-{seq:5}",
      "11341702486344515H/202100-00013 | {organCode}/{year}{month}-{seq:5}",
      "/2023-245921                   | {organCode}/{year}-{seq:6}",
      "机构/2023-245921               | {organCode}/{year}-{seq:6}",
  })
  void numbersThatDoNotFitArePlainlyRejected(String index, String pattern) {
    IndexPattern p = IndexPattern.compile(pattern);
    assertEquals(Optional.empty(), p.parse(index));
    assertFalse(p.matches(index));
  }

  @Test
  void formatPadsTheSequence() {
    IndexPattern p = IndexPattern.compile("{organCode}/{year}-{seq:6}");
    assertEquals("001008006002001/2023-000007",
        p.format(new IndexPattern.Parts("001008006002001", 2023, 0, 7)));
    assertEquals("11330600002577014T/2023-000001", p.example("11330600002577014T"));
    assertEquals("11341702486344515H/202310-00001",
        IndexPattern.compile("{organCode}/{year}{month}-{seq:5}").example("11341702486344515H"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{organCode}/{year}                   | {organCode}, {year} and {seq:N} once each",
      "{year}-{seq:6}                       | {organCode}, {year} and {seq:N} once each",
      "{organCode}/{year}-{seq:6}-{seq:2}   | once each",
      "{organCode}/{year}{month}{month}-{seq:4} | {month} at most once",
      "{organCode}/{year}-{seq}             | needs a width N from 1 to 12",
      "{organCode}/{year}-{seq:0}           | needs a width N from 1 to 12",
      "{organCode}/{year}-{seq:13}          | needs a width N from 1 to 12",
      "{organ}/{year}-{seq:6}               | unknown token {organ}",
      "{organCode}/{yyyy}-{seq:6}           | unknown token {yyyy}",
      "{organCode}/{year:4}-{seq:6}         | only {seq:N} takes a width",
      "{organCode}/{year}-{{seq:6}          | unbalanced {",
      "{organCode}/{year}-{seq:6            | ",
  })
  void badPatternsAreRejectedWithAMessage(String pattern, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IndexPattern.compile(pattern));
    assertTrue(e.getMessage().contains(message == null ? "" : message), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
