package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a visitor sees in a real browser: 关怀模式 enlarges the text at least 1.5× and is
 * remembered from page to page; on a 360 px phone the task lists and reports do not scroll
 * sideways and the skip link shows when it has the focus, in both modes; printing drops the
 * navigation.
 */
class CareModeIT extends SampleInBrowser {

  private static final int PHONE_WIDTH = 360;
  private static final int PHONE_HEIGHT = 740;


  /** Each test starts from a desktop window in normal mode, with nothing remembered. */
  @AfterEach
  void reset() {
    browser.clearViewport();
    browser.emulateMedia("");
    browser.script("try { localStorage.clear(); } catch (e) {}");
    browser.navigate(server.url("/index.html")); // lets the clearing settle (see navigate)
  }

  @Test
  void careModeEnlargesTextAndIsRemembered() {
    Path report = pagesByKind.get("report").get(0);
    browser.open(server.url(report));
    assertEquals(1280, ((Number) browser.script("return window.innerWidth;")).intValue());
    WebElement button = browser.driver().findElement(By.cssSelector(".care-toggle"));
    assertTrue(button.isDisplayed(), "the 关怀模式 button is shown when scripts run");
    assertEquals("关怀模式", button.getText());
    assertEquals("false", button.getAttribute("aria-pressed"));
    assertFalse(browser.careMode());
    double before = paragraphFontSize();

    button.click();

    assertEquals("true", button.getAttribute("aria-pressed"));
    assertTrue(browser.careMode());
    double after = paragraphFontSize();
    assertTrue(after >= 1.5 * before,
        "关怀模式 text " + after + "px is not at least 1.5 × " + before + "px");

    // follow a link to another page, as a visitor would: the choice is remembered
    String from = browser.driver().getCurrentUrl();
    browser.driver().findElement(By.cssSelector(".site-nav a[href$='index.html']")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.not(ExpectedConditions.urlToBe(from)));
    assertTrue(browser.careMode(), "关怀模式 is forgotten on the next page");
    assertEquals("true", browser.driver().findElement(By.cssSelector(".care-toggle"))
        .getAttribute("aria-pressed"));
    double nextPage = textFontSize();
    assertTrue(nextPage >= 1.5 * 16, "text on the next page is " + nextPage + "px");

    // and on a page opened afresh (a later visit; the write has long been stored by now)
    browser.open(server.url(pagesByKind.get("tasklist").get(0)));
    assertTrue(browser.careMode(), "关怀模式 is forgotten on a page opened afresh");
    assertTrue(textFontSize() >= 1.5 * 16);

    // turning it off is remembered too
    browser.setCareMode(false);
    browser.navigate(server.url(report));
    assertFalse(browser.careMode(), "turning 关怀模式 off is not remembered");
    assertEquals(before, paragraphFontSize(), 0.01);
  }

  /** Task lists and reports fit a 360 px phone, in normal mode and in 关怀模式. */
  @TestFactory
  Stream<DynamicTest> narrowScreenHasNoHorizontalScrolling() {
    return onPhoneInBothModes((page, care) -> {
      assertEquals(PHONE_WIDTH, ((Number) browser.script("return window.innerWidth;"))
          .intValue());
      Map<String, Object> size = browser.script(
          "var d = document.documentElement;"
              + "return {scroll: d.scrollWidth, client: d.clientWidth};");
      long scroll = ((Number) size.get("scroll")).longValue();
      long client = ((Number) size.get("client")).longValue();
      assertTrue(scroll <= client + 1, () -> name(page) + (care ? " in 关怀模式" : "")
          + " is " + scroll + "px wide in a " + client + "px viewport; widest: "
          + widestElements(client));
      // stacked tables keep their caption as wide as the content, not a column of characters
      String narrow = browser.script(
          "var main = document.querySelector('main').clientWidth, out = [];"
              + "document.querySelectorAll('main caption, main h1, main h2, main p')"
              + ".forEach(function (e) { var w = e.getBoundingClientRect().width;"
              + "  if (w > 1 && w < main / 2 && e.textContent.trim().length > 12)"
              + "    out.push(e.tagName.toLowerCase() + ' ' + Math.round(w) + 'px'); });"
              + "return out.join(', ');");
      assertEquals("", narrow, () -> name(page) + (care ? " in 关怀模式" : "")
          + ": text squeezed to under half the content width");
      browser.setCareMode(false);
    });
  }

  /** On a phone, pressing Tab once shows the skip link inside the viewport. */
  @TestFactory
  Stream<DynamicTest> skipLinkShowsWhenFocusedOnAPhone() {
    return onPhoneInBothModes((page, care) -> {
      browser.reload(); // so that Tab starts at the top of the page
      assertEquals(care, browser.careMode(), "关怀模式 is not kept on reloading");
      new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
      Map<String, Object> r = browser.script(
          "var a = document.activeElement, b = a.getBoundingClientRect();"
              + "return {cls: a.className, left: b.left, top: b.top, right: b.right,"
              + " bottom: b.bottom, w: window.innerWidth, h: window.innerHeight,"
              + " outline: getComputedStyle(a).outlineStyle};");
      assertEquals("skip-link", r.get("cls"), "the first Tab does not reach the skip link");
      double left = num(r, "left");
      double top = num(r, "top");
      double right = num(r, "right");
      double bottom = num(r, "bottom");
      assertTrue(left >= 0 && top >= 0 && right <= num(r, "w") && bottom <= num(r, "h")
          && right - left > 10 && bottom - top > 10,
          () -> "the focused skip link is not inside the viewport: " + r);
      assertFalse("none".equals(r.get("outline")), "the focused skip link has no outline");
      browser.setCareMode(false);
    });
  }

  /** Printing shows the content without the navigation, tools, breadcrumb and footer. */
  @Test
  void printHidesTheNavigation() {
    Path page = pagesByKind.get("tasklist").get(0);
    browser.open(server.url(page));
    String displays = "return ['.site-nav', '.tools', '.breadcrumb', '.site-footer', '.skip-link',"
        + " 'main'].map(function (s) { var e = document.querySelector(s);"
        + " return s + '=' + (e ? getComputedStyle(e).display : 'missing'); }).join(' ');";
    String screen = browser.script(displays);
    assertTrue(screen.contains(".site-nav=block") && screen.contains("main=block"), screen);

    browser.emulateMedia("print");
    String print = browser.script(displays);
    assertTrue(print.contains(".site-nav=none"), "the navigation is printed: " + print);
    assertTrue(print.contains(".tools=none") && print.contains(".breadcrumb=none")
        && print.contains(".site-footer=none") && print.contains(".skip-link=none"), print);
    assertTrue(print.contains("main=block"), "the content is not printed: " + print);
    assertEquals("rgb(0, 0, 0)", browser.script(
        "return getComputedStyle(document.querySelector('main h1')).color;"),
        "headings print black");
    browser.emulateMedia("");
    assertTrue(browser.<String>script(displays).contains(".site-nav=block"));
  }

  /** The body text size: of the report's first paragraph, or any page's first text in main. */
  private double paragraphFontSize() {
    return fontSize(".article-body p", "main p");
  }

  private double textFontSize() {
    return fontSize("main p", "main li", "main td");
  }

  /** The computed font size of the first element found by the first selector that finds one. */
  private double fontSize(String... selectors) {
    Object px = browser.script(
        "for (var i = 0; i < arguments.length; i++) {"
            + "  var p = document.querySelector(arguments[i]);"
            + "  if (p) return parseFloat(getComputedStyle(p).fontSize);"
            + "} return -1;", (Object[]) selectors);
    double size = ((Number) px).doubleValue();
    assertTrue(size > 0, "none of " + String.join(", ", selectors) + " in the main content");
    return size;
  }

  private String widestElements(long client) {
    return browser.script(
        "var out = [], all = document.querySelectorAll('body *');"
            + "for (var i = 0; i < all.length && out.length < 5; i++) {"
            + "  var r = all[i].getBoundingClientRect();"
            + "  if (r.right > arguments[0] + 1) out.push(all[i].tagName.toLowerCase()"
            + "    + (all[i].className ? '.' + all[i].className : '') + ' right=' + r.right);"
            + "} return out.join(', ');", client);
  }

  private static double num(Map<String, Object> map, String key) {
    return ((Number) map.get(key)).doubleValue();
  }

  private static String name(Path page) {
    return "/" + output.relativize(page).toString().replace('\\', '/');
  }

  /** A phone-sized check of each task list and report, in normal mode and in 关怀模式. */
  private Stream<DynamicTest> onPhoneInBothModes(PhoneCheck check) {
    List<Path> pages = new ArrayList<>(pagesByKind.get("tasklist"));
    pages.addAll(pagesByKind.get("report"));
    return pages.stream().flatMap(page -> Stream.of(false, true).map(care ->
        DynamicTest.dynamicTest(name(page) + (care ? " (关怀模式)" : ""), () -> {
          browser.emulateViewport(PHONE_WIDTH, PHONE_HEIGHT);
          browser.open(server.url(page));
          browser.setCareMode(care);
          check.run(page, care);
        })));
  }

  private interface PhoneCheck {
    void run(Path page, boolean care) throws Exception;
  }
}
