package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What visitors type differently is the same after normalisation, and only that. */
class SearchTextTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "诸政办发〔2023〕2号 | 诸政办发(2023)2号",
      "诸政办发[2023]2号 | 诸政办发(2023)2号",
      "诸政办发【2023】2号 | 诸政办发(2023)2号",
      "诸政办发﹝2023﹞2号 | 诸政办发(2023)2号",
      "诸政办发（２０２３）２号 | 诸政办发(2023)2号",
      "诸政办发 〔2023〕 2号 | 诸政办发(2023)2号",
      "ＧＤＰ １７８．５亿元 | gdp178.5亿元",
      "实现 GDP 178.5亿元 | 实现gdp178.5亿元",
      "11330600002577014T/2023-245921 | 11330600002577014t/2023-245921",
      "2023—245921 | 2023-245921",
      "2023－245921 | 2023-245921",
      "“链主”型 | \"链主\"型",
      "「链主」型 | \"链主\"型",
      "二○二三年 | 二〇二三年",
      "增长６％ | 增长6%",
      "一季度，全市 | 一季度,全市",
      "中国・平湖 | 中国·平湖",
  })
  void typedFormsMeetTheirPrintedForms(String typed, String normalized) {
    assertEquals(normalized, SearchText.normalize(typed));
  }

  @Test
  void whiteSpaceAndInvisibleCharactersAreDropped() {
    assertEquals("甲乙丙丁", SearchText.normalize(" 甲\t乙\n丙\u3000\u00A0\u200B\uFEFF丁 "));
  }

  @Test
  void chineseTextOtherwiseStaysAsItIs() {
    for (String s : List.of("平湖市人民政府办公室", "农业农村局、经信局", "已完成。下一步", "《条例》第十六条",
        "𠮷野家")) {
      assertEquals(s, SearchText.normalize(s));
    }
  }

  @Test
  void eachCodeUnitBecomesOneOrNone() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      int folded = SearchText.fold(c);
      assertEquals(folded == SearchText.DROPPED ? 0 : 1,
          SearchText.normalize(String.valueOf(c)).length());
      if (folded != SearchText.DROPPED) {
        assertEquals(folded, SearchText.fold((char) folded), "fold is idempotent at " + (int) c);
      }
    }
    assertEquals(SearchText.DROPPED, SearchText.fold(SearchText.SEPARATOR));
  }
}
