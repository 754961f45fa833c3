package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report's page in real headless Chromium and in the Nu HTML Checker: no axe-core
 * violation (WCAG 2.1 A and AA) at a desktop width and on a 360 px phone in 关怀模式, valid HTML,
 * and its widest table fits the printable width of an A4 page when printed.
 */
class AnnualReportIT {

  static final String PAGE = "/ndbg/2026/2025-ndbg.html";
  /** A4 is 210 mm wide; print.css leaves 15 mm margins: 180 mm is 680 CSS pixels (96 per inch). */
  static final int A4_PRINTABLE_PX = 680;

  @TempDir static Path temp;
  static Path output;
  static SiteServer server;
  static Browser browser;

  @BeforeAll
  static void build() {
    Path site = TestSites.copy("annual-report", temp.resolve("site"));
    output = temp.resolve("out");
    BuildResult result = Gongkai.builder().siteDirectory(site).outputDirectory(output)
        .today(LocalDate.of(2026, 11, 23)).build().build();
    assertFalse(result.hasErrors(), () -> result.errors().toString());
    if (Browser.unavailable() != null) {
      return;
    }
    server = SiteServer.serve(output);
    browser = Browser.start(1280, 900);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void noAxeViolationsOnDesktop() {
    Browser.requireInstalled();
    browser.open(server.url(PAGE));
    browser.setCareMode(false);
    assertNoViolations("desktop");
    browser.open(server.url("/ndbg/index.html"));
    assertNoViolations("the column's listing");
  }

  @Test
  void noAxeViolationsOnAPhoneInCareMode() {
    Browser.requireInstalled();
    browser.emulateViewport(360, 740);
    try {
      browser.open(server.url(PAGE));
      browser.setCareMode(true);
      assertNoViolations("360 px, 关怀模式");
      long wrapWidth = browser.script(
          "return document.querySelector('.annual-table-wrap').clientWidth;");
      assertTrue(wrapWidth <= 360, "the table scrolls inside its region, the page does not");
    } finally {
      browser.setCareMode(false);
      browser.clearViewport();
    }
  }

  @Test
  void tablesFitTheWidthOfAnA4PageInPrint() {
    Browser.requireInstalled();
    browser.emulateViewport(A4_PRINTABLE_PX, 1000);
    browser.emulateMedia("print");
    try {
      browser.open(server.url(PAGE));
      for (String id : List.of("t2", "t3", "t4")) {
        long width = browser.script("return Math.ceil(document.getElementById(arguments[0])"
            + ".getBoundingClientRect().width);", id);
        assertTrue(width <= A4_PRINTABLE_PX, id + " is " + width + " px wide in print");
      }
      assertEquals("none", browser.script("return getComputedStyle("
          + "document.querySelector('.site-nav')).display;"), "print.css is applied");
    } finally {
      browser.emulateMedia("");
      browser.clearViewport();
    }
  }

  @Test
  void everyPageIsValidHtml() {
    NuChecker checker = new NuChecker();
    List<String> problems = new ArrayList<>();
    for (Path page : SampleSite.pages(output)) {
      for (NuChecker.Message m : checker.check(page)) {
        problems.add(output.relativize(page) + ": " + m);
      }
    }
    assertEquals(List.of(), problems);
  }

  private void assertNoViolations(String what) {
    Results results = new AxeBuilder().withTags(AccessibilityIT.TAGS).analyze(browser.driver());
    if (results.isErrored()) {
      fail(what + ": axe-core did not run: " + results.getErrorMessage());
    }
    // "needs review" is shown, not failed. Looked at (2026-11): color-contrast on the cells that
    // span rows (rowspan), whose background axe-core cannot find ("overlapped by another
    // element"); they are #1f1f1f or #4a4a4a on white or #f4f1ec, 8:1 and more. On a 360 px
    // phone, also the cells the table's scrolling region clips ("partially obscured") and the
    // one-digit figures ("too short to determine"), all the same colours.
    for (var rule : results.getIncomplete()) {
      System.out.println("axe-core needs review (" + what + "): " + rule.getId() + " on "
          + rule.getNodes().size() + " nodes, first " + rule.getNodes().get(0).getTarget());
    }
    if (!results.getViolations().isEmpty()) {
      fail(what + ": axe-core violations:\n" + AccessibilityIT.describe(results.getViolations()));
    }
    assertTrue(results.getPasses().size() > 10, what + ": too few rules passed to be believed");
  }
}
