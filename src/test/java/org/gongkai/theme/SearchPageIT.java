package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site search as a visitor uses it, in headless Chromium on the sample site served over
 * HTTP: the search box in a page's header finds the tasks of a unit and a result leads to the
 * task's row; a 文号 typed with [] finds the one printed with 〔〕; results are ranked, paged and
 * filtered, and the address carries the query; the messages for no result, a one-character query
 * and a page opened as a file; the keyboard alone; axe-core on the page with results, on a
 * desktop and on a 360 px phone in 关怀模式.
 */
class SearchPageIT extends SampleInBrowser {

  @TempDir static Path manyOutput;

  @AfterEach
  void reset() {
    browser.clearViewport();
    browser.setCareMode(false);
  }

  /** Opens the search page for a query and waits for its answer; returns the status text. */
  private static String search(SiteServer from, String query) {
    browser.open(from.url("/search.html") + "?q=" + URLEncoder.encode(query,
        StandardCharsets.UTF_8));
    return awaitAnswer();
  }

  private static String awaitAnswer() {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
      String s = (String) ((JavascriptExecutor) d).executeScript(
          "var s = document.getElementById('search-status'); return s ? s.textContent : '';");
      return !s.isEmpty() && !s.startsWith("正在搜索");
    });
    return status();
  }

  private static String status() {
    return browser.driver().findElement(By.id("search-status")).getText();
  }

  private static List<WebElement> results() {
    return browser.driver().findElements(By.cssSelector(".search-results-list > li"));
  }

  @Test
  void theHeaderBoxFindsAUnitsTasksAndAResultLeadsToTheTaskRow() {
    browser.open(server.url("/index.html"));
    WebElement box = browser.driver().findElement(By.cssSelector(
        "header form[role=search] input[name=q]"));
    assertEquals("搜索本站信息", browser.driver().findElement(By.cssSelector(
        "label[for=" + box.getAttribute("id") + "]")).getAttribute("textContent"));
    box.sendKeys("农业农村局", Keys.ENTER);
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("search.html?q="));
    assertTrue(awaitAnswer().startsWith("找到 2 条"), status());
    assertEquals("农业农村局", browser.driver().findElement(By.id("search-q"))
        .getAttribute("value"));
    List<WebElement> found = results();
    assertEquals(2, found.size());
    for (WebElement r : found) {
      assertFalse(r.findElements(By.cssSelector(".result-snippet mark")).isEmpty(), r.getText());
      assertEquals("农业农村局", r.findElement(By.cssSelector(".result-snippet mark")).getText());
    }
    WebElement task = found.get(0).findElement(By.cssSelector(".result-tasks a"));
    String href = task.getAttribute("href");
    assertTrue(href.matches(".*\\.html#task-\\d+"), href);
    String anchor = href.substring(href.indexOf('#') + 1);
    task.click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().endsWith("#" + anchor));
    Map<String, Object> target = browser.script("var t = document.querySelector(':target');"
        + "return {tag: t.tagName, id: t.id, text: t.textContent};");
    assertEquals("TR", target.get("tag"));
    assertEquals(anchor, target.get("id"));
    assertTrue(target.get("text").toString().contains("农业农村局"), target.toString());
  }

  @Test
  void aDocumentNumberTypedWithSquareBracketsFindsTheOneWithHexagonalOnes() {
    assertTrue(search(server, "诸政办发[2023]2号").startsWith("找到 1 条"), status());
    WebElement only = results().get(0);
    assertTrue(only.findElement(By.cssSelector("h2")).getText().startsWith("诸暨市人民政府办公室关于印发"));
    assertEquals("诸政办发〔2023〕2号", only.findElement(By.cssSelector(".result-meta mark"))
        .getText());
    assertTrue(search(server, "诸政办发【２０２３】２号").startsWith("找到 1 条"), status());
    assertTrue(search(server, "2023-141193").startsWith("找到 1 条"), status());
    assertEquals("2023-141193", results().get(0).findElement(By.cssSelector(".result-meta mark"))
        .getText());
  }

  @Test
  void noResultsAndOneCharacterSayWhatToDo() {
    assertTrue(search(server, "不存在的短语甲乙丙").startsWith("没有找到包含“不存在的短语甲乙丙”的信息"),
        status());
    assertTrue(results().isEmpty());
    assertTrue(search(server, "局").startsWith("请输入至少两个字"), status());
    assertEquals("status", browser.driver().findElement(By.id("search-status"))
        .getAttribute("role"));
  }

  @Test
  void aPageOpenedAsAFileSaysTheSearchNeedsAServer() {
    browser.open(output.resolve("search.html").toUri() + "?q=" + URLEncoder.encode("农业",
        StandardCharsets.UTF_8));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !status().isEmpty());
    assertTrue(status().contains("HTTP"), status());
    assertTrue(status().startsWith("站内搜索需要通过网站服务器"), status());
  }

  /** Tab to the box, type, Enter, Tab to the first result, Enter: the document opens. */
  @Test
  void theKeyboardAloneSearchesAndOpensAResult() {
    browser.open(server.url("/search.html"));
    for (int i = 0; i < 30 && !"search-q".equals(activeId()); i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }
    assertEquals("search-q", activeId());
    new Actions(browser.driver()).sendKeys("生产总值").sendKeys(Keys.ENTER).perform();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("q="));
    assertTrue(awaitAnswer().startsWith("找到"), status());
    assertEquals("search-status", activeId(), "the answer gets the focus, so it is read out");
    String first = results().get(0).findElement(By.cssSelector("h2 a")).getAttribute("href");
    for (int i = 0; i < 30 && !first.equals(browser.script(
        "return document.activeElement.href || '';")); i++) {
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().equals(first));
  }

  @Test
  void noAccessibilityViolationsWithResults() {
    search(server, "发改局");
    assertFalse(results().isEmpty());
    AccessibilityIT.assertNoViolations(output.resolve("search.html"), false);
  }

  /** On a 360 px phone, in both modes: results fit the screen, 关怀模式 enlarges them, axe. */
  @Test
  void resultsFitAPhoneInBothModes() {
    browser.emulateViewport(360, 740);
    for (boolean care : List.of(false, true)) {
      browser.open(server.url("/search.html"));
      browser.setCareMode(care);
      search(server, "农业农村局");
      assertEquals(2, results().size());
      Map<String, Object> size = browser.script("var d = document.documentElement;"
          + "return {scroll: d.scrollWidth, client: d.clientWidth,"
          + " font: parseFloat(getComputedStyle(document.querySelector('.result-snippet'))"
          + ".fontSize)};");
      assertTrue(((Number) size.get("scroll")).longValue()
          <= ((Number) size.get("client")).longValue() + 1, size.toString());
      double font = ((Number) size.get("font")).doubleValue();
      assertTrue(care ? font >= 24 : font < 20, (care ? "关怀模式 " : "") + font + "px");
      AccessibilityIT.assertNoViolations(output.resolve("search.html"), care);
    }
    // and every page's header keeps its search box on the phone, in 关怀模式 too, within the
    // screen's width
    browser.open(server.url("/index.html"));
    assertTrue(browser.careMode());
    WebElement box = browser.driver().findElement(By.id("site-search-q"));
    assertTrue(box.isDisplayed() && box.getRect().getWidth() >= 100, box.getRect().toString());
    Map<String, Object> header = browser.script("var h = document.querySelector('.site-header');"
        + "var f = document.querySelector('form.site-search').getBoundingClientRect();"
        + "return {scroll: h.scrollWidth, client: document.documentElement.clientWidth,"
        + " right: f.right};");
    assertTrue(((Number) header.get("scroll")).longValue()
        <= ((Number) header.get("client")).longValue() + 1, header.toString());
    assertTrue(((Number) header.get("right")).doubleValue()
        <= ((Number) header.get("client")).doubleValue() + 1, header.toString());
  }

  /**
   * A site with 24 notices on waste sorting: title matches first, then the others, each newest
   * first; ten a page with a pager; the column and year filters; the address carries it all.
   */
  @Test
  void resultsAreRankedPagedAndFiltered() throws IOException {
    SiteServer many = SiteServer.serve(manySite());
    try {
      assertTrue(search(many, "垃圾分类").startsWith("找到 24 条包含“垃圾分类”的信息，第 1 页，共 3 页"),
          status());
      List<String> firstPage = titles();
      assertEquals(10, firstPage.size());
      for (int i = 0; i < 8; i++) {
        assertEquals("垃圾分类第" + (8 - i) + "期工作简报", firstPage.get(i), firstPage.toString());
      }
      assertEquals("第16号通知", firstPage.get(8));
      assertEquals("第15号通知", firstPage.get(9));

      browser.driver().findElement(By.cssSelector(".search-pager a[rel=next]")).click();
      assertTrue(awaitAnswer().contains("第 2 页"), status());
      assertTrue(browser.driver().getCurrentUrl().contains("page=2"));
      assertEquals("11", browser.driver().findElement(By.cssSelector(".search-results-list"))
          .getAttribute("start"));
      assertEquals("第14号通知", titles().get(0));

      search(many, "垃圾分类");
      new Select(browser.driver().findElement(By.id("search-column")))
          .selectByValue("gzdt");
      browser.driver().findElement(By.cssSelector("form.search-form button")).click();
      assertTrue(awaitAnswer().startsWith("找到 8 条"), status());
      assertTrue(browser.driver().getCurrentUrl().contains("column=gzdt"));
      assertEquals("gzdt", new Select(browser.driver().findElement(By.id("search-column")))
          .getFirstSelectedOption().getAttribute("value"));

      browser.open(many.url("/search.html") + "?q=" + URLEncoder.encode("垃圾分类",
          StandardCharsets.UTF_8) + "&year=2022");
      assertTrue(awaitAnswer().startsWith("找到 4 条"), status());
      titles().forEach(t -> assertTrue(t.equals("第1号通知") || t.equals("第2号通知")
          || t.equals("第3号通知") || t.equals("第4号通知"), t));
    } finally {
      many.close();
    }
  }

  private static List<String> titles() {
    return results().stream().map(r -> r.findElement(By.cssSelector("h2")).getText()).toList();
  }

  private static String activeId() {
    return browser.script("return document.activeElement.id || '';");
  }

  /**
   * The minimal spec case with a column of eight 简报 titled 垃圾分类 and sixteen notices that
   * mention it in their text only, four of them in 2022; numbered as imported.
   */
  private static Path manySite() throws IOException {
    Path site = manyOutput.resolve("site");
    TestSites.copy("minimal", site);
    Files.createDirectories(site.resolve("content/gzdt"));
    Files.writeString(site.resolve("content/gzdt/_column.yaml"), "title: 工作动态\ntype: 工作动态\n"
        + "updateInterval: 10y\n");
    StringBuilder ledger = new StringBuilder(Files.readString(site.resolve("index-ledger.yaml")));
    for (int i = 1; i <= 24; i++) {
      boolean brief = i > 16;
      int n = brief ? i - 16 : i;
      String date = String.format(i <= 4 ? "2022-06-%02d" : "2023-01-%02d", i);
      String index = String.format("11330600002577014T/%s-%06d", date.substring(0, 4), 100 + i);
      String path = brief ? "content/gzdt/brief-" + n + ".md" : "content/tzgg/n-" + n + ".md";
      String title = brief ? "垃圾分类第" + n + "期工作简报" : "第" + n + "号通知";
      Files.writeString(site.resolve(path), "---\ntitle: " + title + "\nindex: " + index
          + "\ntopic: 综合政务/其他\nwritten: " + date + "\npublished: " + date + " 09:"
          + String.format("%02d", i) + "\n---\n\n请各单位做好" + (brief ? "" : "垃圾分类") + "相关工作。\n",
          StandardCharsets.UTF_8);
      ledger.append("- index: \"").append(index).append("\"\n  path: \"").append(path)
          .append("\"\n  title: \"").append(title).append("\"\n  assigned: 2023-12-31\n")
          .append("  state: active\n  imported: true\n");
    }
    Files.writeString(site.resolve("index-ledger.yaml"), ledger.toString());
    Path out = manyOutput.resolve("out");
    BuildResult r = Gongkai.builder().siteDirectory(site).outputDirectory(out)
        .today(LocalDate.of(2023, 12, 31)).frozen(true).build().build();
    assertFalse(r.hasErrors(), r.problems().toString());
    return out;
  }
}
