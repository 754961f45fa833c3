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
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Serves a built site over HTTP on the loopback address, as a web server would: a folder path
 * serves its {@code index.html}, a missing file gets {@code 404.html} with status 404, and a
 * request for byte ranges ({@code Range: bytes=a-b,c-d}, as the site search sends) gets status
 * 206 and those bytes, several as {@code multipart/byteranges}, as from nginx or Apache (or the
 * whole file, when serving as a server that ignores ranges). Pages are served rather than
 * opened as {@code file:} URLs so that localStorage, relative links and the 404 page behave as
 * on a real site.
 */
public final class SiteServer implements AutoCloseable {

  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "css", "text/css; charset=utf-8",
      "js", "text/javascript; charset=utf-8",
      "png", "image/png",
      "svg", "image/svg+xml",
      "pdf", "application/pdf",
      "json", "application/json",
      "bin", "application/octet-stream");

  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("(\\d*)-(\\d*)");

  private final HttpServer server;
  private final Path root;
  private final boolean ranges;
  private final java.util.concurrent.atomic.AtomicInteger multiparts =
      new java.util.concurrent.atomic.AtomicInteger();

  private SiteServer(Path root, boolean ranges) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.ranges = ranges;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  public static SiteServer serve(Path root) {
    return serve(root, true);
  }

  /** A server that answers range requests with the whole file (status 200), as some do. */
  public static SiteServer serveIgnoringRanges(Path root) {
    return serve(root, false);
  }

  private static SiteServer serve(Path root, boolean ranges) {
    try {
      return new SiteServer(root, ranges);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The absolute URL of a site path such as {@code /units/index.html}. */
  public String url(String sitePath) {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return URI.create(base).resolve(new URIPath(sitePath).encoded()).toString();
  }

  /** The URL of a file of the built site. */
  public String url(Path file) {
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
      String range = exchange.getRequestHeaders().getFirst("Range");
      if (ranges && status == 200 && range != null) {
        List<long[]> parts = ranges(range, body.length);
        if (parts.isEmpty()) {
          exchange.getResponseHeaders().set("Content-Range", "bytes */" + body.length);
          exchange.sendResponseHeaders(416, -1);
          return;
        }
        if (parts.size() > 1) {
          multiparts.incrementAndGet();
        }
        body = parts.size() == 1 ? single(exchange, body, parts.get(0))
            : multipart(exchange, body, parts, type);
        status = 206;
      }
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  /** How many answers had several byte ranges (multipart/byteranges). */
  public int multipartResponses() {
    return multiparts.get();
  }

  /**
   * The byte ranges of a Range header ({@code bytes=0-99,200-,-50}), each [first, last], clipped
   * to the file; empty when the header is malformed or a range lies beyond the end.
   */
  private static List<long[]> ranges(String header, long length) {
    List<long[]> out = new ArrayList<>();
    if (!header.startsWith("bytes=")) {
      return out;
    }
    for (String spec : header.substring("bytes=".length()).split(",")) {
      java.util.regex.Matcher m = RANGE.matcher(spec.trim());
      if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
        return List.of();
      }
      long from;
      long to;
      if (m.group(1).isEmpty()) {
        from = Math.max(0, length - Long.parseLong(m.group(2)));
        to = length - 1;
      } else {
        from = Long.parseLong(m.group(1));
        to = m.group(2).isEmpty() ? length - 1 : Math.min(length - 1, Long.parseLong(m.group(2)));
      }
      if (from > to) {
        return List.of();
      }
      out.add(new long[] {from, to});
    }
    return out;
  }

  private static byte[] single(HttpExchange exchange, byte[] body, long[] part) {
    exchange.getResponseHeaders().set("Content-Range",
        "bytes " + part[0] + "-" + part[1] + "/" + body.length);
    return Arrays.copyOfRange(body, (int) part[0], (int) part[1] + 1);
  }

  /** Several ranges as multipart/byteranges (RFC 9110, 14.6), in the order asked for. */
  private static byte[] multipart(
      HttpExchange exchange, byte[] body, List<long[]> parts, String type) {
    String boundary = "gongkai-byteranges";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (long[] p : parts) {
      String head = "\r\n--" + boundary + "\r\nContent-Type: " + type
          + "\r\nContent-Range: bytes " + p[0] + "-" + p[1] + "/" + body.length + "\r\n\r\n";
      out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
      out.write(body, (int) p[0], (int) (p[1] - p[0] + 1));
    }
    out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
    exchange.getResponseHeaders().set("Content-Type", "multipart/byteranges; boundary="
        + boundary);
    return out.toByteArray();
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
