package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tables as measured in Chromium: an 18-character 索引号 keeps to one line in the home page
 * and catalogue tables at 1280 px (it wrapped at its hyphen), and breaks only after its slash on a
 * 360 px phone in 关怀模式; on a phone the 较上期 cell of a task list spans its card like every
 * other cell (it kept its desktop width of 8.5em, so its border stopped part-way and its label
 * broke).
 */
class TableLayoutIT extends SampleInBrowser {

  @AfterEach
  void reset() {
    browser.clearViewport();
    browser.script("try { localStorage.clear(); } catch (e) {}");
    browser.navigate(server.url("/index.html"));
  }

  /**
   * For every 索引号 cell of the page: its text, the number of lines each of its parts (before
   * and after the slash) takes, and the cell's line height.
   */
  private List<Map<String, Object>> indexCells() {
    return browser.script("var out = [];"
        + "document.querySelectorAll('td.col-index').forEach(function (td) {"
        + "  var r = document.createRange(); r.selectNodeContents(td);"
        + "  var parts = [];"
        + "  var walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT), n;"
        + "  while ((n = walk.nextNode())) {"
        + "    var p = document.createRange(); p.selectNodeContents(n);"
        + "    var tops = {}; Array.prototype.forEach.call(p.getClientRects(),"
        + "      function (q) { tops[Math.round(q.top)] = 1; });"
        + "    parts.push(Object.keys(tops).length); }"
        + "  out.push({text: td.textContent, height: r.getBoundingClientRect().height,"
        + "    line: parseFloat(getComputedStyle(td).lineHeight), parts: parts});"
        + "});"
        + "return out;");
  }

  @Test
  void anIndexNumberIsOneLineInTheHomeAndCatalogueTablesAt1280() {
    Path catalogue = pagesByKind.get("catalogue").stream()
        .max(java.util.Comparator.comparingInt(p -> read(p).split("td class=\"col-index\"").length))
        .orElseThrow();
    for (Path page : List.of(output.resolve("index.html"), catalogue)) {
      browser.open(server.url(page));
      assertEquals(1280, ((Number) browser.script("return window.innerWidth;")).intValue());
      List<Map<String, Object>> cells = indexCells();
      assertTrue(cells.size() >= 3, page + ": " + cells.size() + " index cells");
      for (Map<String, Object> cell : cells) {
        double height = ((Number) cell.get("height")).doubleValue();
        double line = ((Number) cell.get("line")).doubleValue();
        assertTrue(cell.get("text").toString().matches(".{9,}/\\d{4}.*"), cell.toString());
        assertTrue(height < 1.5 * line, page + ": `" + cell.get("text") + "` takes " + height
            + "px, more than one line of " + line + "px");
      }
    }
  }

  @Test
  void onAPhoneInCareModeAnIndexNumberBreaksOnlyAfterItsSlash() {
    browser.emulateViewport(360, 740);
    browser.open(server.url("/index.html"));
    browser.setCareMode(true);
    List<Map<String, Object>> cells = indexCells();
    assertTrue(cells.size() >= 5, cells.size() + " index cells");
    for (Map<String, Object> cell : cells) {
      assertEquals(List.of(1L, 1L), ((List<?>) cell.get("parts")).stream()
          .map(n -> ((Number) n).longValue()).toList(),
          () -> "each part of `" + cell.get("text") + "` on one line: " + cell);
    }
  }

  @Test
  void onAPhoneTheChangeCellSpansItsCard() {
    browser.emulateViewport(360, 740);
    Path page = pagesByKind.get("tasklist").stream()
        .filter(p -> read(p).contains("较上期（"))
        .findFirst().orElseThrow(() -> new AssertionError("no task list with 较上期"));
    browser.open(server.url(page));
    List<Map<String, Object>> cells = browser.script("var out = [];"
        + "document.querySelectorAll('table.tasks td.col-change').forEach(function (td) {"
        + "  var card = td.closest('tr').getBoundingClientRect();"
        + "  var cell = td.getBoundingClientRect();"
        + "  var label = parseFloat(getComputedStyle(td, '::before').height);"
        + "  out.push({card: card.width, cell: cell.width, left: cell.left - card.left,"
        + "    label: label, line: parseFloat(getComputedStyle(td, '::before').lineHeight)});"
        + "});"
        + "return out;");
    assertTrue(cells.size() >= 3, cells.size() + " 较上期 cells");
    for (Map<String, Object> c : cells) {
      double card = ((Number) c.get("card")).doubleValue();
      double cell = ((Number) c.get("cell")).doubleValue();
      assertTrue(cell >= card - 4, "the 较上期 cell is " + cell + "px of a " + card
          + "px card: its border stops part-way");
      double label = ((Number) c.get("label")).doubleValue();
      double line = ((Number) c.get("line")).doubleValue();
      assertTrue(label < 1.5 * line, "the label 较上期（…） breaks over lines: " + c);
    }
  }

  private static String read(Path page) {
    try {
      return java.nio.file.Files.readString(page);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
