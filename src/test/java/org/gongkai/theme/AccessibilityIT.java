package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * axe-core finds no WCAG 2.1 A or AA violation on the sample site's pages in headless Chromium:
 * the home page, every column listing, every document (with its charts), every series history
 * page, the list of units, three unit pages and the 404 page, at a desktop width; then the pages
 * that have most to lose (home, documents) in 关怀模式 on a 360 px phone screen.
 */
class AccessibilityIT extends SampleInBrowser {

  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @TestFactory
  Stream<DynamicTest> noViolationsOnDesktop() {
    List<Path> pages = new ArrayList<>();
    pages.addAll(kind("home"));
    pages.addAll(kind("column"));
    pages.addAll(kind("document"));
    pages.addAll(kind("series"));
    pages.addAll(kind("units"));
    pages.addAll(kind("catalogue"));
    pages.addAll(threeUnits());
    pages.addAll(kind("not-found"));
    assertTrue(kind("column").size() >= 1 && kind("document").size() >= 1
        && kind("series").size() >= 1, pagesByKind::toString);
    return pages.stream().map(page -> DynamicTest.dynamicTest(name(page), () -> {
      browser.open(server.url(page));
      browser.setCareMode(false);
      assertNoViolations(page, false);
    }));
  }

  @TempDir static Path showcaseOutput;

  /**
   * The showcase spec case (every feature of the content model: Markdown tables and images,
   * attachments, pagination, statuses and charts, withheld progress, Chinese folder names).
   */
  @TestFactory
  Stream<DynamicTest> noViolationsOnTheShowcase() {
    Showcase.build(showcaseOutput);
    Map<String, List<Path>> kinds = SampleSite.pagesByKind(showcaseOutput);
    List<Path> pages = new ArrayList<>();
    for (String kind : List.of("home", "column", "report", "tasklist", "series", "catalogue")) {
      List<Path> ofKind = kinds.getOrDefault(kind, List.of());
      assertFalse(ofKind.isEmpty(), "the showcase has no " + kind + " page: " + kinds.keySet());
      pages.add(ofKind.get(ofKind.size() - 1));
    }
    SiteServer showcase = SiteServer.serve(showcaseOutput);
    return pages.stream().map(page -> DynamicTest.dynamicTest("showcase /"
        + showcaseOutput.relativize(page).toString().replace('\\', '/'), () -> {
      browser.open(showcase.url(page));
      browser.setCareMode(false);
      assertNoViolations(page, false);
    })).onClose(showcase::close);
  }

  @TestFactory
  Stream<DynamicTest> noViolationsOnAPhoneInCareMode() {
    List<Path> pages = new ArrayList<>();
    pages.addAll(kind("home"));
    pages.addAll(kind("document"));
    return pages.stream().map(page -> DynamicTest.dynamicTest(name(page) + " (360 px, 关怀模式)",
        () -> {
          browser.emulateViewport(360, 740);
          try {
            browser.open(server.url(page));
            browser.setCareMode(true);
            assertNoViolations(page, true);
          } finally {
            browser.setCareMode(false);
            browser.clearViewport();
          }
        }));
  }

  /**
   * The 404 page is also what a server answers at any missing address, however deep: its links
   * are from the site root, so it is styled and accessible there too.
   */
  @TestFactory
  Stream<DynamicTest> missingPageGetsTheAccessible404() {
    return Stream.of("/no-such-page.html", "/zwgk/zdgz/2023/no-such-page.html").map(path ->
        DynamicTest.dynamicTest(path, () -> {
          browser.open(server.url(path));
          browser.setCareMode(false);
          assertEquals("页面未找到", browser.driver().findElement(By.tagName("h1")).getText());
          assertEquals("rgb(166, 27, 27)", browser.script("return getComputedStyle("
              + "document.querySelector('.site-header')).backgroundColor;"),
              "the stylesheet is not applied at " + path);
          assertNoViolations(output.resolve("404.html"), false);
        }));
  }

  /** axe-core's WCAG 2.1 A and AA rules on the page now in the browser; {@code page} names it. */
  static void assertNoViolations(Path page, boolean care) {
    Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
    if (results.isErrored()) {
      fail(name(page) + ": axe-core did not run: " + results.getErrorMessage());
    }
    List<Rule> violations = results.getViolations();
    // "needs review" is not a failure, but is shown so that a person can look. On the sample
    // site axe-core leaves two, both looked at (2026-11):
    // - color-contrast on the ★/▲ lead marks: it does not rate symbols; they are #a61b1b on white
    //   (7:1), aria-hidden, and each lead unit also says （牵头单位） in hidden text and is bold;
    // - th-has-data-cells on a task table with 分块 groups: the group row's
    //   <th scope="rowgroup" colspan> (the pattern of the HTML spec) confuses axe-core's header
    //   cache for the last column (every row has a filled 责任单位 cell under its header);
    // - color-contrast on the annual reports' table cells that span rows, and on a phone on the
    //   cells their scrolling region clips: see AnnualReportIT.
    for (Rule rule : results.getIncomplete()) {
      System.out.println("axe-core needs review on " + name(page) + (care ? " (关怀模式)" : "")
          + ": " + rule.getId() + " on " + rule.getNodes().size() + " nodes, first "
          + rule.getNodes().get(0).getTarget());
    }
    if (!violations.isEmpty()) {
      fail(name(page) + (care ? " (关怀模式, 360 px)" : "") + ": " + violations.size()
          + " axe-core violations:\n" + describe(violations));
    }
    assertTrue(results.getPasses().size() > 10,
        () -> name(page) + ": axe-core passed too few rules to be believed: " + results.getPasses());
  }

  /** Each violation: id, impact, help and URL, then every failing node's target and summary. */
  static String describe(List<Rule> violations) {
    StringBuilder b = new StringBuilder();
    for (Rule rule : violations) {
      b.append("- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
          .append(rule.getHelp()).append(" (").append(rule.getHelpUrl()).append(")\n");
      for (CheckedNode node : rule.getNodes()) {
        b.append("    ").append(node.getTarget()).append(": ")
            .append(node.getHtml().length() > 200 ? node.getHtml().substring(0, 200) + "…"
                : node.getHtml())
            .append("\n      ").append(String.valueOf(node.getFailureSummary())
                .replace("\n", "\n      "))
            .append('\n');
      }
    }
    return b.toString();
  }

  private static List<Path> kind(String kind) {
    return pagesByKind.getOrDefault(kind, List.of());
  }

  /** The unit pages with the most and the fewest tasks, and one from the middle. */
  private static List<Path> threeUnits() {
    List<Path> units = new ArrayList<>(kind("unit"));
    assertTrue(units.size() >= 3, "fewer than three unit pages");
    units.sort(Comparator.comparingLong(AccessibilityIT::size).thenComparing(Path::toString));
    return List.of(units.get(units.size() - 1), units.get(units.size() / 2), units.get(0));
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path page) {
    return "/" + output.relativize(page).toString().replace('\\', '/');
  }
}
