package org.gongkai.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.assemble.Page;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;

/**
 * Serves the preview over HTTP with the JDK's own server: the last good site of a {@link
 * PreviewSite}, each page rendered when asked for, with {@link Overlay}'s script and panel in
 * every HTML page, and the event stream under {@code /__gongkai/}. Only GET and HEAD; only paths
 * that name a file of the site ({@link RequestPath}); no folder listings (a folder serves its
 * index.html); every response says its type and {@code nosniff}. Bound to a loopback address it
 * also refuses requests for another host name, so that a web page elsewhere cannot read the
 * preview through a name that points at this machine.
 */
public final class PreviewServer implements AutoCloseable {

  private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");
  private static final String SCRIPT = "/org/gongkai/serve/preview.js";

  private final HttpServer http;
  private final ExecutorService threads;
  private final PreviewSite site;
  private final String root;
  private final boolean loopback;
  private final URI url;
  private final EventStream events = new EventStream();
  private final byte[] script;

  private PreviewServer(HttpServer http, ExecutorService threads, PreviewSite site, String root,
      boolean loopback, URI url, byte[] script) {
    this.http = http;
    this.threads = threads;
    this.site = site;
    this.root = root;
    this.loopback = loopback;
    this.url = url;
    this.script = script;
  }

  /**
   * Binds the address and starts serving (a site not built yet answers that it is being built).
   *
   * @param root the path the site is served under: {@code /}, or the path of its base URL
   * @throws IOException saying, in our words, that the port is taken or the address unknown
   */
  public static PreviewServer start(PreviewSite site, String bind, int port, String root)
      throws IOException {
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new TextIOException(Text.of("serve.bad-bind", bind));
    }
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(address, port), 0);
    } catch (BindException e) {
      throw new TextIOException(Text.of("serve.port-in-use", port, bind));
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "gongkai-preview-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    byte[] script;
    try (InputStream in = PreviewServer.class.getResourceAsStream(SCRIPT)) {
      script = in.readAllBytes();
    }
    String host = address.isAnyLocalAddress() ? "127.0.0.1"
        : address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
        : address.getHostAddress();
    URI url = URI.create("http://" + host + ":" + http.getAddress().getPort() + root);
    PreviewServer server = new PreviewServer(http, threads, site, root,
        address.isLoopbackAddress(), url, script);
    http.createContext("/", server::handle);
    http.setExecutor(threads);
    http.start();
    return server;
  }

  /** Where the site is: {@code http://127.0.0.1:8080/}. */
  public URI url() {
    return url;
  }

  /** Tells every open tab that a rebuild ended (they reload if their page is older). */
  public void rebuilt(PreviewSite.Outcome outcome) {
    events.broadcast(EventStream.event("reload", json(outcome)));
  }

  /** How many tabs listen for rebuilds. */
  public int listeners() {
    return events.listeners();
  }

  private static String json(PreviewSite.Outcome outcome) {
    long errors = outcome.problems().stream().filter(Problem::isError).count();
    long warnings = outcome.problems().stream()
        .filter(p -> p.severity() == Severity.WARNING).count();
    return "{\"build\":" + outcome.build() + ",\"errors\":" + errors + ",\"warnings\":"
        + warnings + "}";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Headers headers = exchange.getResponseHeaders();
      headers.set("X-Content-Type-Options", "nosniff");
      headers.set("Cache-Control", "no-store");
      headers.set("Referrer-Policy", "no-referrer");
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        headers.set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", words("serve.http.method"), false);
        return;
      }
      if (loopback && !hostAllowed(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 403, "text/plain; charset=utf-8", words("serve.http.host"), head);
        return;
      }
      String raw = exchange.getRequestURI().getRawPath();
      if (raw != null && raw.startsWith(Overlay.PREFIX)) {
        own(exchange, raw.substring(Overlay.PREFIX.length()), head);
        return;
      }
      Optional<PreviewState> state = site.state();
      if (state.isEmpty()) {
        send(exchange, 503, "text/html; charset=utf-8", waitingPage(), head);
        return;
      }
      Optional<String> path = RequestPath.of(raw, root);
      if (path.isEmpty()) {
        notFound(exchange, state.get(), head);
        return;
      }
      String file = path.get().isEmpty() || path.get().endsWith("/")
          ? path.get() + "index.html" : path.get();
      if (!state.get().has(file)) {
        if (state.get().has(file + "/index.html")) {
          headers.set("Location", raw + "/");
          send(exchange, 301, "text/plain; charset=utf-8", new byte[0], head);
        } else {
          notFound(exchange, state.get(), head);
        }
        return;
      }
      serveFile(exchange, state.get(), file, 200, head);
    } catch (IOException e) {
      // the browser went away mid-response
    }
  }

  private void own(HttpExchange exchange, String name, boolean head) throws IOException {
    switch (name) {
      case "preview.js" -> send(exchange, 200, "text/javascript; charset=utf-8", script, head);
      case "events" -> {
        if (head) {
          send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0], true);
        } else {
          int build = site.last().map(PreviewSite.Outcome::build).orElse(0);
          events.serve(exchange, EventStream.event("hello", "{\"build\":" + build + "}"));
        }
      }
      default -> send(exchange, 404, "text/plain; charset=utf-8", words("serve.http.not-found"),
          head);
    }
  }

  private void serveFile(HttpExchange exchange, PreviewState state, String file, int status,
      boolean head) throws IOException {
    String type = ContentTypes.of(file);
    Page page = state.pages().get(file);
    byte[] bytes;
    if (page != null) {
      bytes = site.page(state, page);
      if (bytes == null) {
        send(exchange, 500, "text/plain; charset=utf-8", words("serve.http.render-failed"),
            head);
        return;
      }
    } else if (state.assets().containsKey(file)) {
      bytes = state.assets().get(file);
    } else {
      copy(exchange, state.copies().get(file), type, head);
      return;
    }
    if (type.startsWith("text/html")) {
      bytes = Overlay.inject(bytes, overlay());
    }
    send(exchange, status, type, bytes, head);
  }

  /** A file of the site served as it is, never through a link that was put in its place. */
  private void copy(HttpExchange exchange, Path source, String type, boolean head)
      throws IOException {
    Path real;
    try {
      real = source.toRealPath();
    } catch (IOException e) {
      notFound(exchange, site.state().orElseThrow(), head);
      return;
    }
    if (!real.startsWith(site.siteDirectory().toRealPath())) {
      notFound(exchange, site.state().orElseThrow(), head);
      return;
    }
    try (SeekableByteChannel in = Files.newByteChannel(source, StandardOpenOption.READ,
        LinkOption.NOFOLLOW_LINKS)) {
      exchange.getResponseHeaders().set("Content-Type", type);
      if (head) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, in.size() == 0 ? -1 : in.size());
      try (OutputStream out = exchange.getResponseBody()) {
        Channels.newInputStream(in).transferTo(out);
      }
    }
  }

  private void notFound(HttpExchange exchange, PreviewState state, boolean head)
      throws IOException {
    if (state.pages().containsKey("404.html")) {
      serveFile(exchange, state, "404.html", 404, head);
    } else {
      send(exchange, 404, "text/plain; charset=utf-8", words("serve.http.not-found"), head);
    }
  }

  private String overlay() {
    Optional<PreviewSite.Outcome> last = site.last();
    return Overlay.block(last.map(PreviewSite.Outcome::build).orElse(0),
        last.map(PreviewSite.Outcome::problems).orElse(List.of()));
  }

  /** The page shown before the first good site: why there is none yet, and the problems. */
  private byte[] waitingPage() {
    String title = Overlay.escape(Messages.get(Lang.ZH, site.last().isEmpty()
        ? "serve.waiting.building" : "serve.waiting.no-site"));
    String page = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + title + "</title>\n</head>\n<body>\n<main>\n<h1>" + title
        + "</h1>\n</main>\n" + overlay() + "\n</body>\n</html>\n";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private static boolean hostAllowed(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf(']')) {
      name = name.substring(0, colon);
    }
    return LOOPBACK_NAMES.contains(name);
  }

  private static byte[] words(String key) {
    return (Messages.get(Lang.ZH, key) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body,
      boolean head) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    if (head || body.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Stops serving: every connection ends, the event streams too. */
  @Override
  public void close() {
    events.close();
    http.stop(0);
    threads.shutdownNow();
  }
}
