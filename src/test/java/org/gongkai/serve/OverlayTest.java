package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The block the preview adds to a page: with errors an open panel over the page; with warnings
 * only a count that opens the same list; with neither only the reload script. Read back as a
 * browser would, from a page it was injected into.
 */
class OverlayTest {

  private static final String PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>页</title>"
      + "</head><body><main><h1>页</h1></main></body></html>";

  private static Problem warning(String path, int line) {
    return Problem.warning(new Location(path, line, 3), "column-stale",
        Text.of("serve.http.not-found"), Text.NONE);
  }

  private static Problem error(String path, int line) {
    return Problem.error(new Location(path, line, 1), "date-invalid",
        Text.of("serve.http.not-found"), Text.of("serve.rebuild-failed-hint"));
  }

  private static Document page(List<Problem> problems) {
    byte[] html = Overlay.inject(PAGE.getBytes(StandardCharsets.UTF_8),
        Overlay.block(7, problems));
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  @Test
  void warningsOnlyShowACountThatOpensTheListAndLeaveThePageUncovered() {
    Document page = page(List.of(warning("content/tzgg/a.md", 4),
        warning("content/tzgg/b.md", 9)));
    Element count = page.selectFirst("#gongkai-preview button.gk-count");
    assertNotNull(count);
    assertEquals("2 个警告", count.text());
    assertEquals("false", count.attr("aria-expanded"));
    assertEquals("gk-problems", count.attr("aria-controls"));
    assertFalse(count.hasClass("gk-has-errors"));
    Element panel = page.getElementById("gk-problems");
    assertTrue(panel.hasAttr("hidden"), "the page is not covered for warnings");
    assertEquals("dialog", panel.attr("role"));
    assertEquals("2 个警告", page.getElementById("gk-problems-title").text());
    List<String> items = panel.select("li.gk-warning").eachText();
    assertEquals(2, items.size(), items::toString);
    assertTrue(items.get(0).contains("content/tzgg/a.md:4:3"), items.get(0));
    assertTrue(items.get(1).contains("content/tzgg/b.md:9:3"), items.get(1));
    assertTrue(page.select("li.gk-error").isEmpty());
  }

  @Test
  void errorsOpenThePanelErrorsFirstEachWithItsPlaceMessageAndHint() {
    Document page = page(List.of(warning("content/tzgg/a.md", 4),
        error("content/tzgg/c.md", 2)));
    Element count = page.selectFirst("button.gk-count");
    assertEquals("1 个错误，1 个警告", count.text());
    assertEquals("true", count.attr("aria-expanded"));
    assertTrue(count.hasClass("gk-has-errors"));
    Element panel = page.getElementById("gk-problems");
    assertFalse(panel.hasAttr("hidden"));
    List<Element> items = panel.select("li");
    assertTrue(items.get(0).hasClass("gk-error"));
    assertTrue(items.get(0).text().contains("content/tzgg/c.md:2:1"));
    assertTrue(items.get(0).text().contains("date-invalid"));
    assertNotNull(items.get(0).selectFirst(".gk-hint"), "the hint is shown");
    assertTrue(items.get(1).hasClass("gk-warning"));
  }

  @Test
  void withoutProblemsOnlyTheReloadScriptIsAddedAndNotesAreNotProblems() {
    Document page = page(List.of(Problem.note(Location.of("content/tzgg/a.md"), "index-assigned",
        Text.of("serve.http.not-found"), Text.NONE)));
    assertNull(page.getElementById("gongkai-preview"));
    Element script = page.selectFirst("script[src=/__gongkai/preview.js]");
    assertNotNull(script);
    assertEquals("7", script.attr("data-build"));
    assertEquals(script, page.body().children().last(), "added at the end of the body");
  }

  @Test
  void aPathIsShownAsTextNeverAsMarkup() {
    Document page = page(List.of(warning("content/<img src=x onerror=alert(1)>.md", 1)));
    assertTrue(page.select("#gongkai-preview img").isEmpty());
    assertTrue(page.selectFirst("li.gk-warning").text().contains("<img src=x"));
  }

  @Test
  void theBlockStripsAwayToThePageAsBuilt() {
    Document built = Jsoup.parse(PAGE);
    String served = new String(Overlay.inject(PAGE.getBytes(StandardCharsets.UTF_8),
        Overlay.block(1, List.of(error("site.yaml", 3)))), StandardCharsets.UTF_8);
    assertEquals(PAGE, Overlay.strip(served));
    assertEquals(built.html(), Jsoup.parse(Overlay.strip(served)).html());
  }
}
