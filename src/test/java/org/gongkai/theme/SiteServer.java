package org.gongkai.theme;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site over HTTP on the loopback address, as a web server would: a folder path
 * serves its {@code index.html}, a missing file gets {@code 404.html} with status 404. Pages are
 * served rather than opened as {@code file:} URLs so that localStorage, relative links and the 404
 * page behave as on a real site.
 */
final class SiteServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml",
      "pdf", "application/pdf");

  private final HttpServer server;
  private final Path root;

  private SiteServer(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static SiteServer serve(Path root) {
    try {
      return new SiteServer(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of a site path such as {@code /units/index.html}. */
  String url(String sitePath) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return URI.create(base).resolve(new URIPath(sitePath).encoded()).toString();
  }

  /** The URL of a file of the built site. */
  String url(Path file) {
    return url("/" + root.relativize(file.toAbsolutePath().normalize()).toString()
        .replace(java.io.File.separatorChar, '/'));
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Path file = root.resolve(path.substring(1)).normalize();
      if (file.startsWith(root) && Files.isDirectory(file)) {
        file = file.resolve("index.html");
      }
      int status = 200;
      if (!file.startsWith(root) || !Files.isRegularFile(file)) {
        status = 404;
        file = root.resolve("404.html");
      }
      byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName().toString();
      String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1),
          "application/octet-stream");
      exchange.getResponseHeaders().set("Content-Type", type);
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** A site path, percent-encoded for a URL (the unit pages have Chinese file names). */
  private record URIPath(String path) {
    String encoded() {
      try {
        return new URI(null, null, path, null).toASCIIString();
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException(path, e);
      }
    }
  }
}
