package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through ChromeDriver, for the browser tests: one per test class, started
 * in {@code @BeforeAll} and closed in {@code @AfterAll}.
 *
 * <p>Both the browser binary and the driver executable are given explicitly, so Selenium Manager
 * is never asked for either and nothing is downloaded. They default to Debian's {@code
 * /usr/bin/chromium} and {@code /usr/bin/chromedriver}; the system properties {@code
 * gongkai.chromium} and {@code gongkai.chromedriver} point elsewhere. When either is missing the
 * test is skipped, except on CI (environment variable {@code CI=true}), where it fails: there a
 * missing browser is a broken machine, not an optional extra.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER =
      Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

  /**
   * Selenium warns that it has no DevTools bindings for this Chromium version; the tests only use
   * {@link #cdp} with raw commands, which need none. Held here so the setting is not collected.
   */
  private static final java.util.logging.Logger CDP_VERSION_LOG =
      java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_VERSION_LOG.setLevel(java.util.logging.Level.SEVERE);
  }

  private final ChromeDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private Browser(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * Starts the browser with a window of the given size, or skips the calling test (fails it on
   * CI) when Chromium or ChromeDriver is not installed.
   */
  public static Browser start(int width, int height) {
    requireInstalled();
    Path profile;
    try {
      profile = Files.createTempDirectory("gongkai-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // the driver given here and the binary below are all Selenium needs: it never runs Selenium
    // Manager to find (or download) either
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogOutput(java.io.OutputStream.nullOutputStream())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--lang=zh-CN",
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    try {
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
      return new Browser(service, driver, profile);
    } catch (RuntimeException e) {
      service.stop();
      delete(profile);
      throw e;
    }
  }

  /**
   * Why the browser tests cannot run here (Chromium or ChromeDriver missing), or null when they
   * can. On CI (environment variable {@code CI=true}) a missing browser fails the calling test
   * instead: there it is a broken machine, not an optional extra.
   */
  public static String unavailable() {
    String missing = !Files.isExecutable(CHROMIUM) ? CHROMIUM.toString()
        : !Files.isExecutable(CHROMEDRIVER) ? CHROMEDRIVER.toString() : null;
    if (missing == null) {
      return null;
    }
    String message = missing + " is not installed (apt-get install chromium chromium-driver)";
    if ("true".equals(System.getenv("CI"))) {
      fail("CI=true and " + message);
    }
    return message;
  }

  /**
   * Skips the calling test (fails it on CI) when the browser or its driver is not there. Call it
   * from each test or {@code @BeforeEach}: an abort in {@code @BeforeAll} would make Maven count
   * no test at all instead of skipped ones.
   */
  public static void requireInstalled() {
    String why = unavailable();
    Assumptions.assumeTrue(why == null, () -> why + "; browser test skipped");
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Opens a URL as if typed in the address bar, and waits for the page to load. */
  public void open(String url) {
    driver.get(url);
    awaitPaint();
  }

  /**
   * Waits until the page has been drawn. Chrome drops clicks and keys that arrive between a new
   * page's load and its first frame (it holds the old frame meanwhile), which a test, unlike a
   * person, can hit: the 关怀模式 button then sometimes ignored a click made right after loading.
   */
  public void awaitPaint() {
    driver.executeAsyncScript("var done = arguments[arguments.length - 1];"
        + "requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
  }

  /**
   * Goes to a URL from the current page, as a link does, and waits for the new page to load. Use
   * this right after the page wrote to localStorage: Chrome may load a page opened from the
   * address bar ({@link #open}) in a new renderer process before the old one's write has reached
   * the browser, so it can read the old value; a navigation the page starts itself stays in the
   * same process and sees its own writes.
   */
  public void navigate(String url) {
    script("window.gongkaiLeaving = true; location.assign(arguments[0]);", url);
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .ignoring(WebDriverException.class)
        .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return !window.gongkaiLeaving && document.readyState === 'complete';")));
    awaitPaint();
  }

  /** Loads the current page again the way {@link #navigate} does. */
  public void reload() {
    navigate(driver.getCurrentUrl());
  }

  /** Runs a script in the page and returns its result. */
  @SuppressWarnings("unchecked")
  public <T> T script(String js, Object... args) {
    return (T) ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Whether the page is in 关怀模式 (the html element has class care). */
  public boolean careMode() {
    return Boolean.TRUE.equals(script(
        "return document.documentElement.classList.contains('care');"));
  }

  /** Turns 关怀模式 on or off the way a visitor does: with the page's toggle button. */
  public void setCareMode(boolean on) {
    if (careMode() == on) {
      return;
    }
    driver.findElement(By.cssSelector(".care-toggle")).click();
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> careMode() == on);
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new IllegalStateException("the 关怀模式 button did not turn care mode " + on
          + " on " + driver.getCurrentUrl(), e);
    }
  }

  /** Calls a Chrome DevTools Protocol command. */
  public Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }

  /**
   * Makes the page's viewport {@code width} × {@code height} CSS pixels, whatever the window
   * (Chrome keeps windows at least about 500 px wide, so narrower phones need this).
   */
  public void emulateViewport(int width, int height) {
    cdp("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Back to the window's own viewport. */
  public void clearViewport() {
    cdp("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  /** Applies CSS for {@code media} ("print", "screen", or "" for none forced). */
  public void emulateMedia(String media) {
    cdp("Emulation.setEmulatedMedia", Map.of("media", media));
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      delete(profile);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary profile left behind is harmless
    }
  }
}
