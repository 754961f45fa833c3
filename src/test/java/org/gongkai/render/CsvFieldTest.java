package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CSV field for Excel: quoted, with a text that starts like a formula (=, +, -, @, a tab or a
 * carriage return, after any leading blanks) prefixed with a single quote, as OWASP recommends,
 * so that Excel shows it instead of running it.
 */
class CsvFieldTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "=1+1|\"'=1+1\"",
      "=HYPERLINK(\"http://evil.example.com\",\"点击\")|\"'=HYPERLINK(\"\"http://evil.example.com\"\",\"\"点击\"\")\"",
      "+86 138|\"'+86 138\"",
      "-2+3|\"'-2+3\"",
      "@SUM(A1)|\"'@SUM(A1)\"",
      "`\t=1`|\"'\t=1\"",
      "`  =cmd|' /C calc'!A0`|`\"'  =cmd|' /C calc'!A0\"`",
      "完成率 -5%|\"完成率 -5%\"",
      "普通文字|\"普通文字\"",
      "`a\"b`|\"a\"\"b\"",
      "`第一行\r\n第二行`|`\"第一行\n第二行\"`"})
  void aTextFieldIsQuotedAndNeverStartsLikeAFormula(String text, String field) {
    assertEquals(field, CsvField.text(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"-5|\"-5\"", "12|\"12\"", "3.5|\"3.5\"", "-0.25|\"-0.25\""})
  void aNumberIsWrittenAsANumber(String number, String field) {
    assertEquals(field, CsvField.number(number));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {"`\r=1`|\"'\r=1\"", "-|\"'-\""})
  void aCarriageReturnAtTheStartIsNeutralisedToo(String text, String field) {
    assertEquals(field, CsvField.text(text));
  }
}
