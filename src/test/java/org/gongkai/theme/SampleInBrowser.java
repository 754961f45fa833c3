package org.gongkai.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class starts from: the sample site built, served on localhost and
 * opened in headless Chromium at a desktop size, once per class (test classes run one at a time).
 */
abstract class SampleInBrowser {

  @TempDir static Path output;

  static SiteServer server;
  static Browser browser;
  /** The built pages by kind (home, column, document, …), see {@link SampleSite#pagesByKind}. */
  static Map<String, List<Path>> pagesByKind;

  /**
   * Builds the sample site and opens it. Without Chromium nothing starts and each test is
   * skipped by {@link #requireBrowser} (on CI it fails instead).
   */
  @BeforeAll
  static void openSample() {
    if (Browser.unavailable() != null) {
      return;
    }
    SampleSite.build(output);
    server = SiteServer.serve(output);
    browser = Browser.start(1280, 900);
    pagesByKind = SampleSite.pagesByKind(output);
  }

  @BeforeEach
  void requireBrowser() {
    Browser.requireInstalled();
  }

  @AfterAll
  static void closeSample() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
