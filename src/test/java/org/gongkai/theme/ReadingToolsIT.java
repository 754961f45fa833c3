package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reading tools of every page's header in a real browser (适老化, 无障碍): 关怀模式, 高对比度
 * and 语音朗读 each toggle from the keyboard, say their state (aria-pressed), are remembered from
 * page to page and combine; 高对比度 reaches 7:1 (WCAG 1.4.6); read-aloud hands the article to
 * the browser's speech synthesis; the header with the search box and the three tools fits a
 * 360 px phone in 关怀模式; printing keeps the metadata block and drops the tools.
 */
class ReadingToolsIT extends SampleInBrowser {

  private static final List<String> TOOLS = List.of("care", "contrast", "speech");

  /**
   * Stands in for the speech synthesis before the theme script runs (headless Chromium has no
   * voices): records what would be spoken, paused and stopped.
   */
  private static final String SPEECH_STUB = "window.spoken = [];"
      + "var fake = {speaking: false, paused: false, getVoices: function () {"
      + "  return [{lang: 'en-US', name: 'en'}, {lang: 'zh-CN', name: 'zh'}]; },"
      + " speak: function (u) { this.speaking = true;"
      + "   window.spoken.push({text: u.text, lang: u.lang, rate: u.rate,"
      + "     voice: u.voice ? u.voice.name : null}); },"
      + " pause: function () { this.paused = true; window.spoken.push('pause'); },"
      + " resume: function () { this.paused = false; window.spoken.push('resume'); },"
      + " cancel: function () { this.speaking = false; window.spoken.push('cancel'); }};"
      + "Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true});"
      // a real utterance takes only a real SpeechSynthesisVoice, which a stub cannot make
      + "window.SpeechSynthesisUtterance = function (text) { this.text = text; };";

  private static final String NO_SPEECH =
      "Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true});";

  private String script;

  @AfterEach
  void reset() {
    if (script != null) {
      browser.cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
      script = null;
    }
    browser.clearViewport();
    browser.emulateMedia("");
    browser.script("try { localStorage.clear(); } catch (e) {}");
    browser.navigate(server.url("/index.html"));
  }

  private void beforeEveryPage(String js) {
    script = (String) browser.cdp("Page.addScriptToEvaluateOnNewDocument",
        Map.of("source", js)).get("identifier");
  }

  private Path report() {
    return pagesByKind.get("report").get(0);
  }

  private boolean on(String tool) {
    return Boolean.TRUE.equals(browser.script(
        "return document.documentElement.classList.contains(arguments[0]);", tool));
  }

  /** Turns a tool on or off with its button, whatever the page remembered. */
  private void turn(String tool, boolean on) {
    if (on(tool) != on) {
      button(tool).click();
    }
    assertEquals(on, on(tool), tool);
  }

  /** What the stubbed speech synthesis was last asked to speak. */
  private Map<?, ?> lastUtterance() {
    List<Object> spoken = browser.script("return window.spoken;");
    return (Map<?, ?>) spoken.stream().filter(o -> o instanceof Map).reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("nothing spoken: " + spoken));
  }

  private WebElement button(String tool) {
    return browser.driver().findElement(By.cssSelector("." + tool + "-toggle"));
  }

  @Test
  void everyToolTogglesFromTheKeyboardAndIsRememberedAcrossPages() {
    beforeEveryPage(SPEECH_STUB);
    browser.open(server.url(report()));
    for (String tool : TOOLS) {
      WebElement b = button(tool);
      assertTrue(b.isDisplayed(), tool);
      if (on(tool)) {
        b.sendKeys(Keys.ENTER); // remembered from an earlier test: start from off
      }
      assertEquals("false", b.getAttribute("aria-pressed"), tool);
      b.sendKeys(Keys.ENTER);
      assertEquals("true", b.getAttribute("aria-pressed"), tool);
      assertTrue(on(tool), tool + " is not on after Enter");
    }
    assertTrue(browser.driver().findElement(By.cssSelector(".speech-bar")).isDisplayed());
    // every mode at once, on the next page reached by a link
    String from = browser.driver().getCurrentUrl();
    browser.driver().findElement(By.cssSelector(".site-nav a[href$='index.html']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlToBe(from)));
    browser.awaitPaint();
    for (String tool : TOOLS) {
      assertTrue(on(tool), tool + " is forgotten on the next page");
      assertEquals("true", button(tool).getAttribute("aria-pressed"), tool);
    }
    // Space turns one off; the others stay on, on the next page too
    button("contrast").sendKeys(Keys.SPACE);
    assertEquals("false", button("contrast").getAttribute("aria-pressed"));
    browser.navigate(server.url(report()));
    assertFalse(on("contrast"), "turning 高对比度 off is not remembered");
    assertTrue(on("care") && on("speech"));
  }

  @Test
  void readAloudSpeaksTheArticleOrTheSelectionInChineseAtTheChosenSpeed() {
    beforeEveryPage(SPEECH_STUB);
    browser.open(server.url(report()));
    assertFalse(browser.driver().findElement(By.cssSelector(".speech-bar")).isDisplayed(),
        "the controls show only while the tool is on");
    turn("speech", true);
    String article = browser.script("return document.querySelector('.article-body').innerText"
        + ".replace(/\\s+/g, ' ').trim();");
    assertTrue(article.length() > 50, article);
    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(
        By.cssSelector(".speech-rate"))).selectByVisibleText("快");
    browser.driver().findElement(By.cssSelector(".speech-play")).click();
    Map<?, ?> utterance = lastUtterance();
    assertEquals(article, utterance.get("text"));
    assertEquals("zh-CN", utterance.get("lang"));
    assertEquals("zh", utterance.get("voice"), "the zh-CN voice is chosen");
    assertEquals(1.25, ((Number) utterance.get("rate")).doubleValue(), 0.001);

    browser.driver().findElement(By.cssSelector(".speech-pause")).click();
    browser.driver().findElement(By.cssSelector(".speech-play")).click();
    browser.driver().findElement(By.cssSelector(".speech-stop")).click();
    List<Object> spoken = browser.script("return window.spoken;");
    assertEquals(List.of("pause", "resume", "cancel"), spoken.subList(spoken.size() - 3,
        spoken.size()));

    // a selection is read instead of the whole article
    String selected = browser.script("var p = document.querySelector('.article-body p');"
        + "var r = document.createRange(); r.selectNodeContents(p);"
        + "var s = window.getSelection(); s.removeAllRanges(); s.addRange(r);"
        + "return String(s).trim();");
    browser.driver().findElement(By.cssSelector(".speech-play")).click();
    assertEquals(selected, lastUtterance().get("text"));
  }

  @Test
  void readAloudIsHiddenWithoutSpeechSynthesis() {
    beforeEveryPage(NO_SPEECH);
    browser.open(server.url(report()));
    assertFalse(button("speech").isDisplayed());
    assertTrue(browser.driver().findElements(By.cssSelector(".speech-bar")).isEmpty());
    assertTrue(button("care").isDisplayed() && button("contrast").isDisplayed());
  }

  /** Body text, links and buttons reach 7:1 against what is behind them in 高对比度. */
  @Test
  void highContrastReachesSevenToOne() {
    browser.open(server.url(report()));
    turn("contrast", true);
    String low = browser.script(CONTRAST_JS + "var out = [];"
        + "document.querySelectorAll('main p, main td, main th, a, button, .site-name a')"
        + ".forEach(function (e) { if (!e.getClientRects().length) return;"
        + "  var r = ratio(e); if (r < 7) out.push(e.tagName + ' ' + e.textContent.trim()"
        + "    .slice(0, 20) + ' ' + r.toFixed(2)); });"
        + "return out.slice(0, 10).join('; ');");
    assertEquals("", low, "text under 7:1 in 高对比度");
    // the keyboard moves on from the button just clicked: focus shows
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    Map<String, Object> focus = browser.script("var s = getComputedStyle(document.activeElement);"
        + "return {style: s.outlineStyle, width: parseFloat(s.outlineWidth),"
        + " color: s.outlineColor, tag: document.activeElement.className};");
    assertEquals("solid", focus.get("style"));
    assertTrue(((Number) focus.get("width")).doubleValue() >= 3, focus.toString());
  }

  /** The WCAG relative-luminance contrast of an element's text on its nearest background. */
  private static final String CONTRAST_JS = "function rgb(c) {"
      + "  var m = c.match(/[\\d.]+/g).map(Number); return m; }"
      + "function lum(c) { var v = rgb(c).slice(0, 3).map(function (x) { x /= 255;"
      + "  return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
      + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
      + "function bg(e) { for (; e; e = e.parentElement) { var c = getComputedStyle(e)"
      + "  .backgroundColor; var a = rgb(c); if (a.length < 4 || a[3] > 0) return c; }"
      + "  return 'rgb(255, 255, 255)'; }"
      + "function ratio(e) { var a = lum(getComputedStyle(e).color), b = lum(bg(e));"
      + "  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }";

  /** axe-core in every mode; in 高对比度 also its AAA contrast rule (color-contrast-enhanced). */
  @TestFactory
  Stream<DynamicTest> noAxeViolationsInEveryMode() {
    List<Path> pages = List.of(pagesByKind.get("home").get(0), report(),
        pagesByKind.get("tasklist").get(0), pagesByKind.get("site-map").get(0));
    return pages.stream().flatMap(page -> Stream.of("normal", "care", "contrast").map(mode ->
        DynamicTest.dynamicTest(page.getFileName() + " " + mode, () -> {
          browser.open(server.url(page));
          turn("care", mode.equals("care"));
          turn("contrast", mode.equals("contrast"));
          AccessibilityIT.assertNoViolations(page, mode.equals("care"));
          if (mode.equals("contrast")) {
            Results aaa = new AxeBuilder().withRules(List.of("color-contrast-enhanced"))
                .analyze(browser.driver());
            if (!aaa.getViolations().isEmpty()) {
              fail(page + " in 高对比度:\n" + AccessibilityIT.describe(aaa.getViolations()));
            }
          }
          browser.script("try { localStorage.clear(); } catch (e) {}");
        })));
  }

  /** On a 360 px phone in 关怀模式 the header, search box and all three tools fit. */
  @TestFactory
  Stream<DynamicTest> headerFitsAPhoneInCareModeWithEveryToolOn() {
    beforeEveryPage(SPEECH_STUB);
    return Stream.of(pagesByKind.get("home").get(0), report()).map(page ->
        DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
          browser.emulateViewport(360, 740);
          browser.open(server.url(page));
          for (String tool : TOOLS) {
            turn(tool, true);
          }
          Map<String, Object> r = browser.script(
              "var d = document.documentElement, out = [];"
                  + "document.querySelectorAll('.site-header button, .site-header input,"
                  + " .site-header select, .site-nav a').forEach(function (e) {"
                  + "  var b = e.getBoundingClientRect(); if (!b.width) return;"
                  + "  if (b.left < 0 || b.right > d.clientWidth) out.push('outside: '"
                  + "    + e.className + e.textContent.trim());"
                  + "  if (b.width < 44 || b.height < 44) out.push('small: ' + e.className"
                  + "    + e.textContent.trim() + ' ' + b.width + 'x' + b.height); });"
                  + "var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
                  + "  if (e.getBoundingClientRect().right > d.clientWidth + 1 && wide.length < 5)"
                  + "    wide.push(e.tagName + '.' + e.className); });"
                  + "return {scroll: d.scrollWidth, client: d.clientWidth, bad: out.join('; '),"
                  + " wide: wide.join(', '),"
                  + " search: !!document.querySelector('.site-search input')};");
          assertEquals("", r.get("bad"));
          assertTrue(((Number) r.get("scroll")).longValue()
              <= ((Number) r.get("client")).longValue() + 1, r.toString());
          assertTrue(Boolean.TRUE.equals(r.get("search")), "the search box is in the header");
          browser.script("try { localStorage.clear(); } catch (e) {}");
        }));
  }

  @Test
  void printKeepsTheMetadataAndDropsTheTools() {
    browser.open(server.url(report()));
    turn("contrast", true);
    browser.emulateMedia("print");
    String shown = browser.script("return ['.tools', '.site-search', '.site-footer',"
        + " 'table.meta'].map(function (s) { var e = document.querySelector(s);"
        + " return s + '=' + (e ? getComputedStyle(e).display : 'missing'); }).join(' ');");
    assertEquals(".tools=none .site-search=none .site-footer=none table.meta=table", shown);
    assertEquals("rgb(0, 0, 0)", browser.script(
        "return getComputedStyle(document.querySelector('table.meta td')).color;"),
        "高对比度 prints black on white");
  }
}
