package org.gongkai.periods;

import org.gongkai.model.Lang;
import static org.gongkai.periods.SeriesSite.HISTORY;
import static org.gongkai.periods.SeriesSite.P3;
import static org.gongkai.periods.SeriesSite.P6;
import static org.gongkai.periods.SeriesSite.P9;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Periods of one task list (the {@code series} spec case): the links between periods, the change
 * markers of each table, each task's history newest first, removed and renumbered tasks reported
 * and shown, and the status and lead-unit charts.
 */
class SeriesTest {

  /** 序号 → the change marker text of that row. */
  static Map<Integer, String> markers(Document page) {
    Map<Integer, String> out = new LinkedHashMap<>();
    for (Element row : page.select("table.tasks tbody tr[id^=task-]")) {
      Element change = row.selectFirst("td.col-change .change");
      out.put(Integer.parseInt(row.selectFirst("th[scope=row]").text()),
          change == null ? "" : change.text());
    }
    return out;
  }

  static List<String> problems(SeriesSite s, String ruleId, Severity severity) {
    return s.result.problems().stream()
        .filter(p -> p.ruleId().equals(ruleId) && p.severity() == severity)
        .map(p -> p.headline(Lang.EN)).toList();
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TwoPeriods {
    SeriesSite s;

    @org.junit.jupiter.api.BeforeAll
    void build(@TempDir Path temp) {
      s = SeriesSite.two(temp);
    }

    @Test
    void theLatestTableMarksNewChangedAndUnchangedTasks() {
      assertEquals(Map.of(1, "无变化", 2, "有更新", 3, "无变化", 4, "有更新", 6, "新增"),
          markers(s.page(P6)));
      Element c = s.page(P6).getElementById("task-4");
      assertEquals("（上期第3项）", c.selectFirst(".renumbered").text(),
          "a renumbered task says its old 序号");
      assertTrue(s.page(P6).selectFirst(".change-summary").text()
          .contains("新增 1 项，有更新 2 项，无变化 2 项，本期不再列出 1 项"));
    }

    @Test
    void theFirstPeriodHasNoMarkersButLinksToTheHistory() {
      Document p3 = s.page(P3);
      assertTrue(markers(p3).values().stream().allMatch(String::isEmpty), markers(p3).toString());
      assertEquals("历次进展", p3.selectFirst("table.tasks thead th.col-change").text());
      assertEquals("../series/2023-test-tasks.html#task-A",
          p3.selectFirst("#task-1 a.history-link").attr("href"));
    }

    @Test
    void removedAndRenumberedTasksAreWarningsOfTheLatestPeriod() {
      assertEquals(List.of("content/zdgz/tasks-1-6.yaml:11:1: warning: series-task-removed: task"
          + " 序号 4 of 1-3月 (content/zdgz/tasks-1-3.yaml) is not listed in 1-6月; the history"
          + " page shows it under 本期不再列出的任务"),
          problems(s, "series-task-removed", Severity.WARNING));
      List<String> renumbered = problems(s, "series-task-renumbered", Severity.WARNING);
      assertEquals(2, renumbered.size(), renumbered.toString());
      assertTrue(renumbered.get(0).startsWith("content/zdgz/tasks-1-6.yaml:23:5:"), renumbered
          .get(0));
      assertTrue(renumbered.get(0).endsWith("task `E` was 序号 5 in 1-3月 and is 序号 3 in 1-6月"));
      assertTrue(renumbered.get(1).endsWith("task `C` was 序号 3 in 1-3月 and is 序号 4 in 1-6月"));
    }

    @Test
    void theRemovedTaskIsOnTheLatestPageAndInTheHistory() {
      Element removed = s.page(P6).selectFirst("section.removed-tasks");
      assertNotNull(removed, "the 1-6月 page lists what it no longer lists");
      assertTrue(removed.text().contains("1-3月第4项：丁任务：开展专项检查"), removed.text());
      Element section = s.page(HISTORY).getElementById("task-4");
      assertTrue(section.parent().id().equals("removed"), "task 4 is under 本期不再列出的任务");
      assertTrue(section.text().contains("丁任务一季度检查企业十家"));
    }

    @Test
    void eachTaskHasItsHistoryNewestFirst() {
      Document h = s.page(HISTORY);
      Element a = h.getElementById("task-A");
      List<String> periods = a.select(".history-entry h4 a").eachText();
      assertEquals(List.of("1-6月", "1-3月"), periods);
      Element c = h.getElementById("task-C");
      assertTrue(c.selectFirst(".history-entry .renumbered").text().contains("由第3项改为第4项"));
      assertEquals("../2023/tasks-1-6.html#task-4",
          c.selectFirst(".history-entry h4 a").attr("href"));
      Element two = h.getElementById("task-2");
      assertEquals(List.of("主体工程开工。"), two.select(".what-changed ins").eachText(),
          "what changed is shown");
      assertEquals("状态：未启动 → 已完成", two.selectFirst(".history-entry .status").text());
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ThreePeriods {
    SeriesSite s;

    @org.junit.jupiter.api.BeforeAll
    void build(@TempDir Path temp) {
      s = SeriesSite.three(temp);
    }

    @Test
    void everyPeriodLinksToTheOthers() {
      for (String path : List.of(P3, P6, P9)) {
        Document page = s.page(path);
        List<String> periods = page.select("nav.series-nav li a").eachText();
        assertEquals(List.of("1-9月", "1-6月", "1-3月"), periods, path);
        assertEquals(1, page.select("nav.series-nav a[aria-current=page]").size(), path);
      }
      assertEquals("tasks-1-3.html",
          s.page(P9).select("nav.series-nav li a").last().attr("href"));
    }

    @Test
    void eachPeriodIsComparedWithTheOneBefore() {
      assertEquals(Map.of(1, "有更新", 2, "无变化", 3, "无变化", 6, "无变化", 7, "新增"),
          markers(s.page(P9)));
      assertEquals(Map.of(1, "无变化", 2, "有更新", 3, "无变化", 4, "有更新", 6, "新增"),
          markers(s.page(P6)), "the middle period keeps its own markers");
      assertEquals("较上期", s.page(P9).selectFirst("table.tasks thead th.col-change").text());
    }

    @Test
    void onlyTheLatestPeriodsChangesAreWarningsEarlierOnesAreNotes() {
      assertEquals(1, problems(s, "series-task-removed", Severity.WARNING).size());
      assertTrue(problems(s, "series-task-removed", Severity.WARNING).get(0)
          .contains("task 序号 4 (id `C`) of 1-6月"));
      assertEquals(1, problems(s, "series-task-removed", Severity.NOTE).size());
      assertEquals(2, problems(s, "series-task-renumbered", Severity.NOTE).size());
      assertTrue(problems(s, "series-task-renumbered", Severity.WARNING).isEmpty());
      List<Problem> warnings = s.result.problems().stream()
          .filter(p -> p.severity() == Severity.WARNING).toList();
      assertEquals(1, warnings.size(), warnings.toString());
    }

    @Test
    void historyListsEveryPeriodNewestFirstAndBothRemovedTasks() {
      Document h = s.page(HISTORY);
      assertEquals(List.of("1-9月", "1-6月", "1-3月"),
          h.getElementById("task-A").select(".history-entry h4 a").eachText());
      assertEquals(List.of("有更新", "无变化"),
          h.getElementById("task-A").select(".history-entry .change").eachText());
      assertEquals(List.of("方案已印发实施。"),
          h.getElementById("task-A").select(".what-changed ins").eachText(),
          "the sentence kept from 1-6月 (other punctuation widths) is not new");
      assertEquals(List.of("task-A", "task-2", "task-E", "task-6", "task-7"),
          h.select("section[aria-labelledby=current-title] > section.history-task").eachAttr("id"));
      assertEquals(List.of("task-C", "task-4"),
          h.select("#removed > section.history-task").eachAttr("id"),
          "removed tasks, the most recently removed first");
      assertEquals(List.of("1-6月", "1-3月"),
          h.getElementById("task-C").select(".history-entry h4 a").eachText());
      Element e = h.getElementById("task-E");
      assertEquals(3, e.select(".history-entry .withheld").size(),
          "withheld progress shows the reason in every period");
      assertEquals("../2023/tasks-1-9.html#task-3",
          h.getElementById("task-E").selectFirst(".history-entry h4 a").attr("href"));
    }

    @Test
    void statusChartCountsTheTasksOfTheTable() {
      Document p9 = s.page(P9);
      Element chart = p9.getElementById("chart-status-data").parent();
      Element svg = chart.selectFirst("svg");
      assertEquals("img", svg.attr("role"));
      assertEquals("chart-status-title", svg.attr("aria-labelledby"));
      assertTrue(svg.getElementById("chart-status-title").text().startsWith("按状态统计的任务数（共 5 项"));
      Map<String, Integer> table = new LinkedHashMap<>();
      for (Element row : p9.select("#chart-status-data tbody tr")) {
        table.put(row.selectFirst("th").text(), Integer.parseInt(row.selectFirst("td").text()));
      }
      assertEquals(Map.of("未启动", 1, "推进中", 0, "已完成", 2, "滞后", 0, "未标注", 2), table);
      assertEquals(List.of("未启动", "推进中", "已完成", "滞后", "未标注"), List.copyOf(table.keySet()));
      // the rows of the task table agree
      Map<String, Integer> rows = new LinkedHashMap<>();
      for (Element row : p9.select("table.tasks tbody tr[id^=task-]")) {
        Element st = row.selectFirst(".status");
        rows.merge(st == null ? "未标注" : st.text().replace("状态：", ""), 1, Integer::sum);
      }
      table.forEach((k, v) -> assertEquals(v, rows.getOrDefault(k, 0), k));
      assertBarsProportional(svg, table);
    }

    @Test
    void leadUnitChartCountsEachLeadOnce() {
      Document p9 = s.page(P9);
      Map<String, Integer> table = new LinkedHashMap<>();
      for (Element row : p9.select("#chart-lead-data tbody tr")) {
        table.put(row.selectFirst("th").text(), Integer.parseInt(row.selectFirst("td").text()));
      }
      assertEquals(Map.of("市发改委", 2, "市财政局", 2, "市税务局", 1), table);
      assertEquals("另有 1 项未标注牵头单位（★ 或 ▲），未计入本图。",
          p9.selectFirst("#chart-lead-data + .chart-note").text());
      assertBarsProportional(p9.getElementById("chart-lead-data").parent().selectFirst("svg"),
          table);
      assertTrue(p9.select("script").stream().allMatch(sc -> sc.hasAttr("src")),
          "no inline script draws the charts");
    }

    /** One rect per count, in order, each as long as its count in proportion to the largest. */
    private void assertBarsProportional(Element svg, Map<String, Integer> counts) {
      List<Element> rects = svg.select("rect.bar");
      assertEquals(counts.size(), rects.size());
      int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
      double full = rects.stream().mapToDouble(r -> Double.parseDouble(r.attr("width"))).max()
          .orElseThrow();
      int i = 0;
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        Element rect = rects.get(i++);
        assertEquals(full * e.getValue() / max, Double.parseDouble(rect.attr("width")), 1.0,
            e.getKey());
        assertEquals(e.getKey() + "：" + e.getValue() + " 项", rect.selectFirst("title").text());
      }
    }

    @Test
    void unitPagesShowTheLatestPeriodOnlyWithStatusCountsAndLinks() {
      Document unit = s.page("units/市发改委.html");
      List<Element> groups = unit.select("section.unit-group");
      assertEquals(1, groups.size(), "one group: the series' latest period");
      Element g = groups.get(0);
      assertEquals("2023年重点工作1-9月进展情况表", g.selectFirst("h2").text());
      assertTrue(g.selectFirst(".group-info").text().contains("最新一期：1-9月"));
      List<Element> leads = g.select("section[aria-labelledby$=-leads] li");
      assertEquals(2, leads.size());
      assertEquals("../zdgz/2023/tasks-1-9.html#task-1",
          leads.get(0).selectFirst("a.task-link").attr("href"));
      assertEquals("../zdgz/series/2023-test-tasks.html#task-A",
          leads.get(0).selectFirst("a.history-link").attr("href"));
      assertEquals("按状态：已完成 1 项，未标注 1 项",
          g.selectFirst("section[aria-labelledby$=-leads] .status-counts").text());
      assertNull(s.page("units/市税务局.html").selectFirst("a[href*=tasks-1-6]"),
          "no links into earlier periods");
      Document list = s.page("units/index.html");
      Element row = list.select("table.unit-list tr").stream()
          .filter(r -> r.text().startsWith("市财政局")).findFirst().orElseThrow();
      assertEquals("市财政局 2 1", row.text(), "leads and assists of the latest period");
    }

    @Test
    void theWithheldProgressReachesNoFile() {
      for (String path : org.gongkai.SampleSite.files(s.out)) {
        String text = SeriesSite.utf8(s.bytes(path));
        for (String secret : SeriesSite.WITHHELD) {
          assertFalse(text.contains(secret), path + " contains " + secret);
        }
      }
    }
  }
}
