package org.gongkai.assemble;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the periods of a series are put in order, and what is reported when they cannot be. */
class SeriesOrderTest {

  @TempDir Path site;
  private final List<Problem> problems = new ArrayList<>();

  @BeforeEach
  void copyMinimalSite() {
    TestSites.copy("minimal", site);
  }

  private SitePlan plan() {
    return new SiteAssembler(new Markdown()).assemble(SiteReader.read(site, problems::add),
        LocalDate.of(2023, 12, 31).atTime(23, 59), problems::add);
  }

  private void list(String file, String period, String published, String progress) {
    TestSites.write(site, "content/zdgz/" + file, "title: 重点工作" + period + "\nwritten: "
        + published + "\npublished: " + published + "\ntopic: 政务公开\nseries: 2023-key-tasks\n"
        + "period: " + period + "\ntasks:\n  - seq: 1\n    content: 实施营商环境优化提升\"一号改革工程\"\n"
        + "    progress: " + progress + "\n    units: [★市财政局]\n");
  }

  private static List<String> periods(SitePlan plan) {
    Views.SeriesView view = (Views.SeriesView) plan.pages().stream()
        .filter(p -> p.kind() == PageKind.SERIES).findFirst().orElseThrow().content();
    return view.periods().stream().map(Views.PeriodLink::period).toList();
  }

  @Test
  void periodsAreOrderedByWhereTheyEndNotByPublicationDate() {
    // the 1-6月 table republished (corrected) after the 1-3月 and after minimal's 1-9月
    list("a.yaml", "1-6月", "2023-12-01", "上半年进展");
    list("b.yaml", "1-3月", "2023-04-01", "一季度进展");
    SitePlan plan = plan();
    assertEquals(List.of("1-9月", "1-6月", "1-3月"), periods(plan));
    assertFalse(problems.stream().anyMatch(p -> p.ruleId().startsWith("series-period")),
        problems.toString());
  }

  @Test
  void anUnreadablePeriodOrdersTheSeriesByPublicationDateAndSaysSo() {
    list("a.yaml", "年中", "2023-07-01", "年中进展");
    list("b.yaml", "1-3月", "2023-04-01", "一季度进展");
    SitePlan plan = plan();
    assertEquals(List.of("1-9月", "年中", "1-3月"), periods(plan));
    assertProblem(problems, "content/zdgz/a.yaml:6:1", Severity.WARNING, "series-period",
        "`年中`");
  }

  @Test
  void twoListsForOnePeriodAreReported() {
    list("a.yaml", "1-9月", "2023-11-02", "又一份");
    plan();
    assertProblem(problems, "content/zdgz/a.yaml:6:1", Severity.WARNING, "series-period-duplicate",
        "1-9月");
  }

  @Test
  void aSeriesNameThatCannotBeAFileNameIsAnError() {
    TestSites.write(site, "content/zdgz/list.yaml", TestSites.read(site.resolve(
        "content/zdgz/list.yaml")).replace("series: 2023-key-tasks", "series: 2023 key/tasks"));
    SitePlan plan = plan();
    assertProblem(problems, "content/zdgz/list.yaml:6:1", Severity.ERROR, "series-name",
        "2023 key/tasks");
    assertTrue(plan.pages().stream().noneMatch(p -> p.kind() == PageKind.SERIES));
  }
}
