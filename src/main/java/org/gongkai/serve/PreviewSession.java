package org.gongkai.serve;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.gongkai.config.SiteReader;

/**
 * A running preview: the site, the server and the watcher together. Started, it has built the
 * site once; each change of the files rebuilds it and tells the open tabs.
 */
public final class PreviewSession implements AutoCloseable {

  /** How long files must be quiet after a change before the site is rebuilt. */
  public static final Duration QUIET = Duration.ofMillis(100);

  private final PreviewSite site;
  private final PreviewServer server;
  private final Consumer<PreviewSite.Outcome> listener;
  private SiteWatcher watcher;

  private PreviewSession(PreviewSite site, PreviewServer server,
      Consumer<PreviewSite.Outcome> listener) {
    this.site = site;
    this.server = server;
    this.listener = listener;
  }

  /**
   * Binds the address, watches the files and builds the site once.
   *
   * @param listener hears the outcome of every rebuild (on the rebuilding thread)
   * @throws IOException when the port is taken or the address unknown (in our words), or the
   *     files cannot be watched
   */
  public static PreviewSession start(PreviewSite.Options options, String bind, int port,
      Consumer<PreviewSite.Outcome> listener) throws IOException {
    PreviewSite site = new PreviewSite(options);
    String baseUrl = options.baseUrl() != null ? options.baseUrl()
        : SiteReader.readConfig(site.siteDirectory(), p -> { }).baseUrl();
    String root = URI.create(baseUrl).getPath();
    PreviewServer server = PreviewServer.start(site, bind, port,
        root == null || root.isEmpty() ? "/" : root);
    PreviewSession session = new PreviewSession(site, server, listener);
    try {
      session.watcher = new SiteWatcher(site.siteDirectory(), QUIET, session::rebuild);
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    session.rebuild();
    return session;
  }

  /** Rebuilds now and tells the tabs and the listener. */
  public PreviewSite.Outcome rebuild() {
    PreviewSite.Outcome outcome = site.rebuild();
    server.rebuilt(outcome);
    listener.accept(outcome);
    return outcome;
  }

  public URI url() {
    return server.url();
  }

  public PreviewSite site() {
    return site;
  }

  /** Stops watching and serving. */
  @Override
  public void close() {
    if (watcher != null) {
      watcher.close();
    }
    server.close();
  }
}
