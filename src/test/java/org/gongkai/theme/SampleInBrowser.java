package org.gongkai.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sample site built, served on localhost and opened in headless Chromium at a desktop size:
 * what every browser test class starts from (one per class).
 */
final class SampleInBrowser implements AutoCloseable {

  final SiteServer server;
  final Browser browser;
  final Map<String, List<Path>> pagesByKind;

  private SampleInBrowser(SiteServer server, Browser browser, Map<String, List<Path>> kinds) {
    this.server = server;
    this.browser = browser;
    this.pagesByKind = kinds;
  }

  /** Builds the sample site into {@code output} and opens it (skips or fails without Chromium). */
  static SampleInBrowser open(Path output) {
    Browser.requireInstalled();
    SampleSite.build(output);
    SiteServer server = SiteServer.serve(output);
    try {
      return new SampleInBrowser(server, Browser.start(1280, 900),
          SampleSite.pagesByKind(output));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  @Override
  public void close() {
    browser.close();
    server.close();
  }
}
