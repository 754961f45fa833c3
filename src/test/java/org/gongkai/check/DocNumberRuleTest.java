package org.gongkai.check;

import org.gongkai.model.Lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 发文字号 per GB/T 9704-2012. */
class DocNumberRuleTest {

  @TempDir
  Path dir;

  @Test
  void squareBracketsAndALeadingZeroAreAnErrorWithTheCorrectedForm() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("甲",
        "2023-12-01", "docNumber: 诸政办发[2023]02号\n", "正文"));
    List<Problem> found = Checks.found(site, "doc-number");
    assertEquals(1, found.size(), found::toString);
    assertEquals("content/tzgg/a.md:6:1", found.get(0).location().toString());
    assertEquals("write `诸政办发〔2023〕2号` (the year in full in 〔〕, no leading zero, no 第,"
        + " ending in 号)", found.get(0).hint().in(Lang.EN));
  }

  @Test
  void aCorrectNumberIsNotReported() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("甲",
        "2023-12-01", "docNumber: 诸政办发〔2023〕2号\n", "正文"));
    assertEquals(List.of(), Checks.found(site, "doc-number"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "诸政办发(2023)2号|诸政办发〔2023〕2号",
      "诸政办发（2023）2号|诸政办发〔2023〕2号",
      "诸政办发【2023】第2号|诸政办发〔2023〕2号",
      "诸政办发〔2023〕002号|诸政办发〔2023〕2号",
      "诸政办发〔2023〕12|诸政办发〔2023〕12号",
      "浙政发［2021］10号|浙政发〔2021〕10号"})
  void commonMistakesGetTheirCorrection(String written, String right) {
    assertEquals(Optional.of(right), DocNumberRule.corrected(written));
  }

  @Test
  void aTwoDigitYearIsNotGuessed() {
    assertEquals(Optional.empty(), DocNumberRule.corrected("诸政办发〔23〕2号"));
  }
}
