package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 空白栏目 and columns not updated in time, with the national veto thresholds. */
class ColumnRulesTest {

  @TempDir
  Path dir;

  @Test
  void emptyColumnsAreReportedAndFiveReachTheVeto() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md",
        Checks.report("通知", "2023-12-01", "", "正文"));
    for (String c : List.of("c1", "c2", "c3", "c4")) {
      site.write("content/" + c + "/_column.yaml", "title: 栏目" + c + "\ntype: 信息公开目录\n");
    }
    assertEquals(4, Checks.found(site, "column-empty").size());
    assertEquals(List.of(), Checks.found(site, "column-veto"));
    site.write("content/c5/_column.yaml", "title: 栏目c5\n");
    assertEquals(5, Checks.found(site, "column-empty").size());
    List<Problem> veto = Checks.found(site, "column-veto");
    assertEquals(1, veto.size());
    assertEquals(org.gongkai.model.Severity.ERROR, veto.get(0).severity());
    assertTrue(veto.get(0).message().in(Lang.EN).contains("5 columns have no published document"
        + " (「栏目c1」「栏目c2」「栏目c3」「栏目c4」「栏目c5」)"), veto.get(0).message().in(Lang.EN));
    assertTrue(veto.get(0).message().in(Lang.ZH).startsWith("单项否决项“空白栏目”"));
  }

  @Test
  void aParentWhoseSubColumnHasDocumentsIsNotEmptyAndDraftsDoNotCount() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "", "正文"))
        .write("content/zwgk/_column.yaml", "title: 政务公开\n")
        .write("content/zwgk/zdgz/a.md", Checks.report("工作", "2023-12-01", "", "正文"))
        .write("content/zwgk/cg/a.md", Checks.report("草稿", "2023-12-01", "draft: true\n", "正文"));
    List<Problem> empty = Checks.found(site, "column-empty");
    assertEquals(List.of("content/zwgk/cg/"), empty.stream().map(Problem::path).toList());
  }

  @Test
  void newsColumnsAreStaleAfterTwoWeeksNoticesAfterSixMonths() {
    TestSite site = Checks.site(dir)
        .write("content/gzdt/_column.yaml", "title: 工作动态\ntype: 工作动态\n")
        .write("content/gzdt/a.md", Checks.report("动态", "2023-12-17", "", "正文"))
        .write("content/tzgg/a.md", Checks.report("通知", "2023-07-01", "", "正文"))
        .write("content/tzgg/_column.yaml", "title: 通知公告\ntype: 通知公告\n");
    assertEquals(List.of(), Checks.found(site, "column-stale"), "2 weeks, 6 months: in time");
    List<Problem> later = site.gongkai(Checks.TODAY.plusDays(2), false).check().problems()
        .stream().filter(p -> p.ruleId().equals("column-stale")).toList();
    assertEquals(List.of("content/gzdt/_column.yaml", "content/tzgg/_column.yaml"),
        later.stream().map(Problem::path).toList());
    assertTrue(later.get(0).message().in(Lang.EN).contains("2 weeks"), later.get(0).message().in(Lang.EN));
  }

  @Test
  void anExplicitUpdateIntervalWinsAndOtherTypesHaveNone() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/_column.yaml", "title: 通知公告\ntype: 信息公开目录\n")
        .write("content/tzgg/a.md", Checks.report("通知", "2020-01-01", "", "正文"));
    assertEquals(List.of(), Checks.found(site, "column-stale"));
    site.write("content/tzgg/_column.yaml", "title: 通知公告\nupdateInterval: 1y\n");
    List<Problem> stale = Checks.found(site, "column-stale");
    assertEquals(1, stale.size());
    assertTrue(stale.get(0).message().in(Lang.EN).contains("1 year"), stale.get(0).message().in(Lang.EN));
  }
}
