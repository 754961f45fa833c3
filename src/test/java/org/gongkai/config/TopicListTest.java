package org.gongkai.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.gongkai.model.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopicListTest {

  private final Topics bundled = TopicList.bundled();

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "政务公开|综合政务/政务公开",
      "综合政务/政务公开|综合政务/政务公开",
      "综合政务\\其他|综合政务/其他",
      " 综合政务 / 其他 |综合政务/其他",
      "财政、金融、审计/税务|财政、金融、审计/税务",
      "其他|其他",
      "国防建设|国防/国防建设",
  })
  void writtenTopicsResolveToTheirCanonicalForm(String written, String canonical) {
    assertEquals(Optional.of(canonical), bundled.resolve(written));
  }

  @ParameterizedTest
  @ValueSource(strings = {"政务", "综合政务/政府工作报告", "综合政务", "税务/财政、金融、审计", ""})
  void unknownOrAmbiguousTopicsDoNotResolve(String written) {
    // 综合政务 alone has second levels, so it is not a topic by itself
    assertEquals(Optional.empty(), bundled.resolve(written));
  }

  @Test
  void aSecondLevelThatSeveralFirstLevelsShareIsAmbiguous() {
    // every 一级 has its own 其他 … except the bare 一级 其他, which wins as a first level
    assertEquals(Optional.of("其他"), bundled.resolve("其他"));
    Topics t = new Topics(java.util.Map.of("甲", java.util.List.of("共用"), "乙",
        java.util.List.of("共用")));
    assertEquals(Optional.empty(), t.resolve("共用"));
    assertEquals(Optional.of("乙/共用"), t.resolve("乙/共用"));
  }

  @Test
  void theBundledListIsTheNationalOne() {
    assertTrue(bundled.all().contains("综合政务/政务公开"));
    assertTrue(bundled.all().contains("民族、宗教/宗教事务"));
    assertEquals(21, bundled.tree().size());
  }

  @Test
  void nullIsNotATopic() {
    assertEquals(Optional.empty(), bundled.resolve(null));
  }
}
