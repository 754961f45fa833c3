package org.gongkai.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Location;
import org.gongkai.model.Unit;
import org.junit.jupiter.api.Test;

/**
 * The one split of unit names that ran together, which the check {@code unit-run-together} and
 * the spreadsheet import share.
 */
class UnitDirectoryTest {

  static final UnitDirectory UNITS = new UnitDirectory(List.of(
      unit("交通运输局"), unit("建设局"), unit("财政局"), unit("公安局"), unit("建设集团"),
      unit("大数据中心"), unit("相关单位"), unit("教体局", "教育体育局"), unit("发改局"),
      unit("发改局(服务业发展局)")));

  static Unit unit(String name, String... aliases) {
    return new Unit(name, List.of(aliases), null, Location.of("units.yaml"));
  }

  @Test
  void namesRunTogetherSplitIntoTheFewestKnownNamesKeepingTheirMarks() {
    assertEquals(Optional.of(List.of("▲交通运输局", "建设局", "财政局", "公安局", "建设集团")),
        UNITS.splitRunTogether("▲交通运输局建设局财政局公安局建设集团"));
    assertEquals(Optional.of(List.of("▲发改局", "▲建设集团", "交通运输局")),
        UNITS.splitRunTogether("▲发改局▲建设集团交通运输局"));
    assertEquals(Optional.of(List.of("教育体育局", "财政局")),
        UNITS.splitRunTogether("教育体育局财政局"), "aliases count");
    assertEquals(Optional.of(List.of("发改局(服务业发展局)", "财政局")),
        UNITS.splitRunTogether("发改局(服务业发展局)财政局"), "the longest name wins");
  }

  @Test
  void 等BetweenNamesIsDroppedAsTheSampleSiteDoes() {
    assertEquals(Optional.of(List.of("大数据中心", "相关单位")),
        UNITS.splitRunTogether("大数据中心等相关单位"));
    assertEquals(Optional.empty(), UNITS.splitRunTogether("等相关单位"));
  }

  @Test
  void aNameThatIsOneUnitOrDoesNotSplitExactlyIsNotSplit() {
    assertEquals(Optional.empty(), UNITS.splitRunTogether("财政局"));
    assertEquals(Optional.empty(), UNITS.splitRunTogether("交通运输局（分局）"));
    assertEquals(Optional.empty(), UNITS.splitRunTogether("财政局人民银行"));
  }
}
