package org.gongkai.assemble;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A unit's page counts its tasks by status only where a task has one: “按状态：未标注 5 项” for a
 * list without statuses said nothing and is left out.
 */
class UnitPageTest {

  @TempDir
  Path dir;

  private static String tasks(String title, String... rows) {
    return "title: " + title + "\nwritten: 2023-11-01\npublished: 2023-11-01\ntopic: 政务公开\n"
        + "tasks:\n" + String.join("", rows);
  }

  private static String task(int seq, String status, String units) {
    return "  - seq: " + seq + "\n    content: 任务" + seq + "\n"
        + (status == null ? "" : "    status: " + status + "\n") + "    units: " + units + "\n";
  }

  private Document unitPage(TestSite site, String unit) throws IOException {
    return Jsoup.parse(site.dir().resolve("out/units/" + unit + ".html").toFile());
  }

  @Test
  void statusCountsAreLeftOutWhereNoTaskHasAStatus() throws IOException {
    TestSite site = TestSite.create(dir)
        .write("content/tzgg/plain.yaml", tasks("无状态的清单",
            task(1, null, "★市发改委"), task(2, null, "★市发改委"), task(3, null, "★市发改委、市财政局")))
        .write("content/tzgg/marked.yaml", tasks("有状态的清单",
            task(1, "推进中", "★市财政局"), task(2, null, "★市财政局")));
    assertNoErrors(site.gongkai(LocalDate.of(2023, 11, 30), false).build().problems());

    Document planner = unitPage(site, "市发改委");
    assertEquals(3, planner.select("ol.unit-tasks li").size(), planner.html());
    assertTrue(planner.select(".status-counts").isEmpty(), planner.select("main").html());

    Document finance = unitPage(site, "市财政局");
    assertEquals("按状态：推进中 1 项，未标注 1 项",
        finance.select("section:has(h2:contains(有状态的清单)) .status-counts").text());
    assertEquals(1, finance.select(".status-counts").size(),
        "the assisted task of the list without statuses has no counts");
  }
}
