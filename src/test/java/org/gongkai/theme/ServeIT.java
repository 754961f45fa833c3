package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code gongkai serve} in headless Chromium, as a web team uses it: a task list open in the
 * browser, its YAML edited and saved; the page shows the new progress without anyone reloading
 * it; a mistake typed into the file shows over the page as {@code path:line:column} with the
 * message and hint (accessible, keyboard-closable, and passing axe), and goes away when it is
 * fixed.
 */
class ServeIT {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);
  /** Long enough for a rebuild and a reload on a busy machine; only a failure waits this long. */
  static final Duration PATIENCE = Duration.ofSeconds(90);
  static final String LIST = "content/zdgz/tasks-1-6.yaml";

  @TempDir
  Path dir;

  @Test
  void editsShowUpByThemselvesAndMistakesShowOverThePage() throws Exception {
    Browser.requireInstalled();
    Path site = TestSites.copy("series", dir.resolve("site"));
    Path list = site.resolve(LIST);
    String original = Files.readString(list);
    try (Preview preview = Gongkai.builder().siteDirectory(site).today(DAY).build()
        .serve(0, "127.0.0.1", false, r -> { });
        Browser browser = Browser.start(1280, 900)) {
      String page = preview.url() + "zdgz/2023/tasks-1-6.html";
      browser.open(page);
      assertTrue(body(browser).contains("完成选址。主体工程开工。"));
      browser.script("window.gongkaiOpenedOnce = true;");

      // a task's progress changed and saved: the open page shows it by itself
      Files.writeString(list, original.replace("完成选址。主体工程开工。",
          "完成选址。主体工程已封顶。"));
      await(browser, "the new progress", () -> body(browser).contains("主体工程已封顶"));
      Object marker = browser.script("return window.gongkaiOpenedOnce;");
      assertFalse(Boolean.TRUE.equals(marker),
          "the page was reloaded (by the preview, not by this test)");
      assertTrue(browser.driver().findElements(By.cssSelector(".gk-error")).isEmpty());

      // a mistake: the problems show over the last good page
      String broken = original.replace("完成选址。主体工程开工。", "完成选址。主体工程已封顶。")
          .replace("published: 2023-07-10 09:00", "published: 2023-07-32 09:00");
      Files.writeString(list, broken);
      await(browser, "the panel of problems",
          () -> !browser.driver().findElements(By.cssSelector("#gk-problems .gk-error")).isEmpty());
      WebElement panel = browser.driver().findElement(By.id("gk-problems"));
      assertTrue(panel.isDisplayed());
      assertEquals("dialog", panel.getAttribute("role"));
      String heading = browser.driver().findElement(By.id("gk-problems-title")).getText();
      assertTrue(heading.contains("1 个错误"), heading);
      String problem = panel.findElement(By.cssSelector(".gk-error")).getText();
      int line = lineOf(broken, "published: 2023-07-32");
      assertTrue(problem.contains(LIST + ":" + line + ":"), problem);
      assertTrue(problem.matches("(?s).*" + java.util.regex.Pattern.quote(LIST)
          + ":\\d+:\\d+.*"), problem);
      assertTrue(problem.contains("2023-07-32"), problem);
      assertTrue(problem.contains("提示："), "with its hint: " + problem);
      assertTrue(body(browser).contains("主体工程已封顶"), "the last good page stays under it");
      assertNoAxeViolations(browser);

      // the keyboard closes it, and its count opens it again
      panel.findElement(By.cssSelector(".gk-close")).sendKeys(Keys.ESCAPE);
      assertFalse(panel.isDisplayed(), "Escape closes the panel");
      WebElement count = browser.driver().findElement(By.cssSelector(".gk-count"));
      assertEquals("false", count.getAttribute("aria-expanded"));
      assertEquals(count, browser.driver().switchTo().activeElement(), "focus is on the count");
      count.sendKeys(Keys.ENTER);
      assertTrue(panel.isDisplayed(), "the count opens it again");
      assertEquals("true", count.getAttribute("aria-expanded"));

      // fixed: the panel goes
      Files.writeString(list, original.replace("完成选址。主体工程开工。", "完成选址。主体工程已封顶。"));
      await(browser, "the panel to go",
          () -> browser.driver().findElements(By.cssSelector(".gk-error")).isEmpty());
      assertTrue(body(browser).contains("主体工程已封顶"));
    }
  }

  private static int lineOf(String text, String part) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(part)) {
        return i + 1;
      }
    }
    throw new AssertionError(part + " is not in the file");
  }

  private static String body(Browser browser) {
    Object text = browser.script("return document.body ? document.body.innerText : '';");
    return String.valueOf(text);
  }

  private static void await(Browser browser, String what, java.util.function.BooleanSupplier done) {
    try {
      new WebDriverWait(browser.driver(), PATIENCE)
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(d -> ((JavascriptExecutor) d).executeScript("return document.readyState")
              .equals("complete") && done.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException e) {
      fail("waited in vain for " + what + "; the page says:\n" + body(browser));
    }
  }

  private static void assertNoAxeViolations(Browser browser) {
    Results results = new AxeBuilder().withTags(AccessibilityIT.TAGS)
        .analyze(browser.driver());
    if (results.isErrored()) {
      fail("axe-core did not run: " + results.getErrorMessage());
    }
    if (!results.getViolations().isEmpty()) {
      fail("axe-core violations with the panel shown:\n"
          + AccessibilityIT.describe(results.getViolations()));
    }
    assertTrue(results.getPasses().size() > 10, "axe-core passed too few rules to be believed");
  }
}
