package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.SampleSite;
import org.gongkai.model.Lang;
import org.gongkai.model.TextException;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The preview server over real HTTP: what it serves and how, what it refuses, and that a port in
 * use is a clear error.
 */
class PreviewServerTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  static Path dir;

  static Path site;
  static Path built;
  static Preview preview;
  static URI url;

  @BeforeAll
  static void serve() throws IOException {
    site = TestSites.copy("minimal", dir.resolve("site"));
    Files.createDirectories(site.resolve("static"));
    Files.writeString(site.resolve("static/robots-extra.txt"), "静态文件\n");
    built = dir.resolve("built");
    Gongkai gongkai = Gongkai.builder().siteDirectory(site).outputDirectory(built).today(DAY)
        .build();
    assertFalse(gongkai.build().hasErrors());
    preview = gongkai.serve(0, "127.0.0.1", false, r -> { });
    url = URI.create(preview.url());
  }

  @AfterAll
  static void stop() {
    preview.close();
  }

  @Test
  void everyFileOfTheBuildIsServedAsBuiltWithItsTypeAndHtmlWithThePreviewBlock()
      throws IOException {
    List<String> files = SampleSite.files(built).stream()
        .filter(f -> !f.equals(".gongkai-output")).toList();
    assertTrue(files.contains("tzgg/files/清单.pdf"), files::toString);
    for (String f : files) {
      Http.Response r = Http.get(url, "/" + encode(f));
      assertEquals(200, r.status(), f);
      assertEquals("nosniff", r.header("X-Content-Type-Options"), f);
      assertEquals(ContentTypes.of(f), r.header("Content-Type"), f);
      byte[] expected = Files.readAllBytes(built.resolve(f));
      if (f.endsWith(".html")) {
        String page = r.text();
        assertEquals(1, count(page, Overlay.START), f);
        assertEquals(new String(expected, StandardCharsets.UTF_8), Overlay.strip(page), f);
      } else {
        assertArrayEquals(expected, r.body(), f);
      }
    }
    assertEquals("text/html; charset=utf-8", Http.get(url, "/").header("Content-Type"));
    assertEquals("text/css; charset=utf-8",
        Http.get(url, "/assets/gongkai.css").header("Content-Type"));
    assertEquals("text/javascript; charset=utf-8",
        Http.get(url, "/assets/gongkai.js").header("Content-Type"));
    assertEquals("text/plain; charset=utf-8",
        Http.get(url, "/robots-extra.txt").header("Content-Type"));
    assertEquals("application/pdf",
        Http.get(url, "/tzgg/files/" + encode("清单.pdf")).header("Content-Type"));
  }

  @Test
  void aFolderServesItsIndexAndNeverAListing() throws IOException {
    Http.Response folder = Http.get(url, "/tzgg/");
    assertEquals(200, folder.status());
    assertTrue(folder.text().contains("通知公告"));
    Http.Response bare = Http.get(url, "/tzgg");
    assertEquals(301, bare.status());
    assertEquals("/tzgg/", bare.header("Location"));
    String notFound = Files.readString(built.resolve("404.html"));
    for (String noIndex : List.of("/assets/", "/tzgg/files/", "/assets")) {
      Http.Response r = Http.get(url, noIndex);
      assertEquals(404, r.status(), noIndex);
      assertEquals(notFound, Overlay.strip(r.text()), "the site's 404 page, no listing");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"})
  void onlyGetAndHeadAreAllowed(String method) {
    Http.Response r = Http.request(url, method, "/index.html", url.getAuthority());
    assertEquals(405, r.status());
    assertEquals("GET, HEAD", r.header("Allow"));
  }

  @Test
  void headSaysWhatGetWouldSendWithoutSendingIt() {
    Http.Response r = Http.request(url, "HEAD", "/index.html", url.getAuthority());
    assertEquals(200, r.status());
    assertEquals("text/html; charset=utf-8", r.header("Content-Type"));
    assertEquals(0, r.body().length);
  }

  /** Traversal in every spelling a client would not send itself, and the site's own files. */
  @ParameterizedTest
  @ValueSource(strings = {"/../site.yaml", "/tzgg/../../site.yaml", "/%2e%2e/site.yaml",
      "/%2E%2E/site.yaml", "/.%2e/site.yaml", "/%252e%252e/site.yaml", "/%c0%ae%c0%ae/site.yaml",
      "/tzgg%5c..%5c..%5csite.yaml", "/%5c..%5csite.yaml", "/a%00.html", "/index.html%00",
      "//etc/passwd", "/./index.html", "/site.yaml", "/index-ledger.yaml", "/units.yaml",
      "/content/tzgg/notice.md", "/.gongkai-cache/", "/tzgg//index.html",
      "/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/nothing.html"})
  void anythingOutsideThePreviewOutputIsNotFound(String raw) {
    Http.Response r = Http.get(url, raw);
    assertEquals(404, r.status(), raw);
    assertFalse(r.text().contains("siteCode"), raw);
    assertFalse(r.text().contains("root:"), raw);
  }

  /** A raw backslash or space is not a request line the JDK's server parses: it refuses it. */
  @ParameterizedTest
  @ValueSource(strings = {"/tzgg\\..\\..\\site.yaml", "/..\\site.yaml"})
  void aBackslashIsRefused(String raw) {
    int status = Http.get(url, raw).status();
    assertTrue(status == 400 || status == 404, raw + ": " + status);
  }

  @Test
  void aRequestForAnotherHostNameIsRefused() {
    assertEquals(403, Http.request(url, "GET", "/", "attacker.example:" + url.getPort())
        .status());
    assertEquals(200, Http.request(url, "GET", "/", "localhost:" + url.getPort()).status());
  }

  @Test
  void theEventStreamSaysHelloAndThenEveryRebuild() throws IOException {
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET /__gongkai/events HTTP/1.1\r\nHost: " + url.getAuthority()
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      assertTrue(in.readLine().startsWith("HTTP/1.1 200"));
      String hello = readUntil(in, "event: hello");
      assertTrue(hello.contains("event: hello"), hello);
      int build = preview.rebuild().hasErrors() ? -1 : 0;
      assertEquals(0, build);
      String reload = readUntil(in, "event: reload");
      assertTrue(reload.contains("event: reload"), reload);
      String data = in.readLine();
      assertTrue(data.matches(".*\"build\":\\d+,\"errors\":0,\"warnings\":\\d+.*"), data);
    }
  }

  @Test
  void aPortInUseIsAClearErrorNamingThePortAndTheOption() {
    Gongkai gongkai = Gongkai.builder().siteDirectory(site).today(DAY).build();
    TextException e = assertThrows(TextException.class,
        () -> gongkai.serve(url.getPort(), "127.0.0.1", false, r -> { }));
    assertTrue(e.text().in(Lang.ZH).contains("端口 " + url.getPort() + " 已被占用"),
        e.text().in(Lang.ZH));
    assertTrue(e.hint().in(Lang.ZH).contains("--port"), e.hint().in(Lang.ZH));
    assertTrue(e.text().in(Lang.EN).contains("port " + url.getPort() + " is already in use"));

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = org.gongkai.cli.Main.run(new String[] {"serve", "--site", site.toString(),
        "--port", String.valueOf(url.getPort())}, new PrintWriter(out, true),
        new PrintWriter(err, true), Map.of());
    assertEquals(2, code);
    assertTrue(err.toString().contains("端口 " + url.getPort() + " 已被占用"), err::toString);
    assertTrue(err.toString().contains("--port"), err::toString);
  }

  private static String readUntil(BufferedReader in, String wanted) throws IOException {
    StringBuilder seen = new StringBuilder();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      seen.append(line).append('\n');
      if (line.equals(wanted)) {
        return seen.toString();
      }
    }
    return seen.toString();
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return out.toString();
  }
}
