package org.gongkai.config;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Column;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Severity;
import org.gongkai.model.Unit;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SiteReaderTest {

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  private SiteConfig config(String yaml) {
    TestSites.write(site, "site.yaml", yaml);
    return SiteReader.readConfig(site, problems::add);
  }

  private static String siteYaml(String siteCode) {
    return "name: 示例网站\nsiteCode: \"" + siteCode + "\"\nbaseUrl: https://www.example.gov.cn/\n";
  }

  @Test
  void aSiteWithoutSiteYamlIsAnErrorThatSaysWhatToDo() {
    SiteConfig c = SiteReader.readConfig(site, problems::add);
    assertProblem(problems, "site.yaml", Severity.ERROR, "site-layout", "no site.yaml",
        "--site");
    assertEquals(SiteConfig.DEFAULT_PAGE_SIZE, c.pageSize(), "defaults still apply");
  }

  @Test
  void theSpecCaseSiteReadsWithItsValuesAndDefaults() {
    TestSites.copy("minimal", site);
    Site s = SiteReader.read(site, problems::add);
    assertNoErrors(problems);
    SiteConfig c = s.config();
    assertEquals("政务公开测试网站", c.name());
    assertEquals("www.example.gov.cn", c.domain());
    assertEquals("3306000001", c.siteCode());
    assertEquals("https://www.example.gov.cn/", c.baseUrl());
    assertEquals("11330600002577014T", c.organCode());
    assertEquals(SiteConfig.DEFAULT_INDEX_PATTERN, c.indexPattern());
    assertEquals(SiteConfig.DEFAULT_PERMALINK, c.permalink());
    assertEquals(ZoneId.of("Asia/Shanghai"), c.timezone());
    assertEquals(List.of("tzgg", "zdgz"), s.columns().stream().map(Column::path).toList());
    assertEquals(3, s.documents().size());
    assertEquals(List.of("content/tzgg/files/清单.pdf"), s.files());
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "33060000011", "330600000A", "BM14000002", "bm1400000"})
  void aSiteCodeThatIsNotAGovernmentWebsiteIdIsAnError(String code) {
    config(siteYaml(code));
    assertProblem(problems, "site.yaml:2:11", Severity.ERROR, "site-code", "`" + code + "`",
        "3306000001", "bm14000002");
  }

  @ParameterizedTest
  @ValueSource(strings = {"3306000001", "bm14000002"})
  void tenDigitsOrBmAndEightDigitsAreSiteCodes(String code) {
    SiteConfig c = config(siteYaml(code));
    assertNoErrors(problems);
    assertEquals(code, c.siteCode());
  }

  @Test
  void anUnquotedSiteCodeKeepsItsLeadingZeros() {
    SiteConfig c = config("name: x\nsiteCode: 0306000001\nbaseUrl: https://a.gov.cn\n");
    assertNoErrors(problems);
    assertEquals("0306000001", c.siteCode());
    assertEquals("https://a.gov.cn/", c.baseUrl(), "a trailing slash is added");
  }

  @Test
  void chineseLabelsWorkInSiteYaml() {
    SiteConfig c = config("网站名称: 绍兴市人民政府\n网站标识码: \"3306000001\"\n"
        + "网站地址: https://www.sx.gov.cn/\n发布机构: 绍兴市人民政府办公室\n索引号规则: \"{organCode}/{year}-{seq:5}\"\n"
        + "每页条数: 15\n");
    assertNoErrors(problems);
    assertEquals("绍兴市人民政府", c.name());
    assertEquals("绍兴市人民政府办公室", c.publisher());
    assertEquals("{organCode}/{year}-{seq:5}", c.indexPattern());
    assertEquals(15, c.pageSize());
    assertEquals("www.sx.gov.cn", c.domain(), "the domain defaults to baseUrl's host");
  }

  @Test
  void badValuesInSiteYamlAreLocated() {
    config("name: x\nsiteCode: \"3306000001\"\nbaseUrl: www.example.gov.cn\npageSize: 0\n"
        + "timezone: Asia/Beijing\npermalink: /{column}/{title}.html\n");
    assertProblem(problems, "site.yaml:3:10", Severity.ERROR, "base-url", "not an absolute");
    assertProblem(problems, "site.yaml:4:11", Severity.ERROR, "wrong-type", "above 0");
    assertProblem(problems, "site.yaml:5:11", Severity.ERROR, "timezone", "Asia/Beijing");
    assertProblem(problems, "site.yaml:6:12", Severity.ERROR, "permalink", "{slug}");
  }

  @Test
  void aPermalinkWithDotDotIsRejected() {
    config(siteYaml("3306000001") + "permalink: /../{slug}.html\n");
    assertProblem(problems, "site.yaml:4:12", Severity.ERROR, "permalink", "no `..`");
  }

  @Test
  void topicsInSiteYamlReplaceTheBundledList() {
    SiteConfig c = config(siteYaml("3306000001")
        + "topics:\n  综合政务: [政务公开, 其他]\n  本地事务: [乡村振兴]\n  其他: []\n");
    assertNoErrors(problems);
    assertEquals(List.of("综合政务/政务公开", "综合政务/其他", "本地事务/乡村振兴", "其他"),
        c.topics().all());
    assertEquals(Optional.of("本地事务/乡村振兴"), c.topics().resolve("乡村振兴"));
    assertEquals(Optional.empty(), c.topics().resolve("财政、金融、审计/财政"),
        "the bundled list no longer applies");
  }

  @Test
  void topicsThatAreNotAMappingAreAnError() {
    SiteConfig c = config(siteYaml("3306000001") + "topics: [综合政务]\n");
    assertProblem(problems, "site.yaml:4:9", Severity.ERROR, "topics", "mapping");
    assertEquals(TopicList.bundled().all(), c.topics().all(), "the bundled list is used instead");
  }

  @ParameterizedTest
  @CsvSource({"14d,P14D", "2w,P14D", "6M,P6M", "1y,P1Y", "' 30 d ',P30D"})
  void updateIntervalsAreDaysWeeksMonthsOrYears(String written, String expected) {
    TestSites.write(site, "content/zdgz/_column.yaml", "title: 重点工作\nupdateInterval: '"
        + written + "'\n");
    Column c = SiteReader.readColumn(site, "zdgz", problems::add);
    assertNoErrors(problems);
    assertEquals(Period.parse(expected), c.updateInterval());
  }

  @ParameterizedTest
  @ValueSource(strings = {"6m", "six months", "6", "M6", "1.5y"})
  void otherUpdateIntervalsAreErrors(String written) {
    TestSites.write(site, "content/zdgz/_column.yaml", "更新周期: " + written + "\n");
    Column c = SiteReader.readColumn(site, "zdgz", problems::add);
    assertProblem(problems, "content/zdgz/_column.yaml:1:7", Severity.ERROR, "update-interval",
        "14d", "6M");
    assertNull(c.updateInterval());
  }

  @Test
  void aColumnWithoutColumnYamlIsNamedAfterItsFolder() {
    Column c = SiteReader.readColumn(site, "zwgk/tzgg", problems::add);
    assertEquals("tzgg", c.title());
    assertEquals("zwgk", c.parentPath());
    assertNull(c.updateInterval());
    assertTrue(problems.isEmpty());
  }

  @Test
  void columnYamlValuesAreRead() {
    TestSites.write(site, "content/zwgk/_column.yaml", "栏目名称: 政务公开\n栏目类型: 信息公开目录\n"
        + "order: 2\nkeywords: [政务公开, 信息公开]\n");
    Column c = SiteReader.readColumn(site, "zwgk", problems::add);
    assertNoErrors(problems);
    assertEquals("政务公开", c.title());
    assertEquals("信息公开目录", c.type());
    assertEquals(2, c.order());
    assertEquals(List.of("政务公开", "信息公开"), c.keywords());
  }

  @Test
  void unitsAreReadWithAliasesAndOrganCodes() {
    TestSites.write(site, "units.yaml", """
        - name: 市发改委
          aliases: [市发展改革委, 市发改局]
        - name: 市政府办公室
          organCode: "001008006002001"
        - 市财政局
        """);
    List<Unit> units = SiteReader.readUnits(site, problems::add);
    assertNoErrors(problems);
    assertEquals(List.of("市发改委", "市政府办公室", "市财政局"),
        units.stream().map(Unit::name).toList());
    assertEquals(List.of("市发展改革委", "市发改局"), units.get(0).aliases());
    assertEquals("001008006002001", units.get(1).organCode());
    assertEquals(Optional.of("市发改委"),
        new UnitDirectory(units).find("市发改局").map(Unit::name));
  }

  @Test
  void anAliasThatNamesTwoUnitsIsAnErrorAtTheSecondUnit() {
    TestSites.write(site, "units.yaml", """
        - name: 市发改委
          aliases: [市发改局]
        - name: 市财政局
        - name: 发展和改革局
          aliases: [市发改局]
        """);
    SiteReader.readUnits(site, problems::add);
    assertProblem(problems, "units.yaml:4:3", Severity.ERROR, "unit-duplicate", "`市发改局`",
        "line 1");
  }

  @Test
  void aUnitNamedTwiceIsAnError() {
    TestSites.write(site, "units.yaml", "- name: 市财政局\n- 市财政局\n");
    SiteReader.readUnits(site, problems::add);
    assertProblem(problems, "units.yaml:2:3", Severity.ERROR, "unit-duplicate", "`市财政局`");
  }

  @Test
  void unitsYamlMustBeAList() {
    TestSites.write(site, "units.yaml", "市发改委: [市发改局]\n");
    assertTrue(SiteReader.readUnits(site, problems::add).isEmpty());
    assertProblem(problems, "units.yaml:1:1", Severity.ERROR, "yaml-structure", "list");
  }

  @Test
  void noUnitsYamlMeansNoKnownUnits() {
    assertTrue(SiteReader.readUnits(site, problems::add).isEmpty());
    assertTrue(problems.isEmpty());
  }
}
