package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit names that ran together, as in seed 004, are split against units.yaml. */
class UnitRunTogetherRuleTest {

  @TempDir
  Path dir;

  @Test
  void namesRunTogetherAreSplitAndOnlyTheRestIsUnknown() {
    TestSite site = Checks.site(dir)
        .write("units.yaml", "- 交通运输局\n- 建设局\n- 财政局\n- 公安局\n- name: 建设集团\n")
        .write("content/tzgg/list.yaml", Checks.tasks("清单", "2023-12-01",
            "  - seq: 93\n    content: 城乡道路亮灯提升工程\n"
                + "    units: [▲交通运输局建设局财政局, 公安局建设集团, 交通运输局（分局）]\n"));
    List<Problem> together = Checks.found(site, "unit-run-together");
    assertEquals(2, together.size(), together::toString);
    assertEquals("task 93: `交通运输局建设局财政局` looks like 交通运输局, 建设局, 财政局 run together",
        together.get(0).message().in(Lang.EN));
    assertEquals("separate the units: [▲交通运输局, 建设局, 财政局]", together.get(0).hint().in(Lang.EN));
    assertEquals("content/tzgg/list.yaml:8:14", together.get(0).location().toString());
    List<Problem> unknown = Checks.found(site, "unit-unknown");
    assertEquals(1, unknown.size(), "only the one that does not split is unknown");
    assertEquals(true, unknown.get(0).message().in(Lang.EN).contains("交通运输局（分局）"));
  }
}
