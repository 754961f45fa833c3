package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A request names an output file exactly, or nothing at all. */
class RequestPathTest {

  @ParameterizedTest
  @CsvSource({
      "/, /, ''",
      "/index.html, /, index.html",
      "/zwgk/, /, zwgk/",
      "/zwgk/tzgg/2023/a.html, /, zwgk/tzgg/2023/a.html",
      "/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/, /, 政务公开/",
      "/sub/, /sub/, ''",
      "/sub/a.html, /sub/, a.html",
      "/a%20b.html, /, a b.html",
  })
  void namesTheOutputFile(String raw, String root, String expected) {
    assertEquals(Optional.of(expected), RequestPath.of(raw, root));
  }

  /** Traversal in every spelling, broken escapes, control characters, paths outside the site. */
  @ParameterizedTest
  @ValueSource(strings = {
      "/../site.yaml", "/zwgk/../../site.yaml", "/..", "/.", "/./index.html",
      "/%2e%2e/site.yaml", "/%2E%2E/site.yaml", "/%2e./site.yaml", "/.%2E/site.yaml",
      "/zwgk/%2e%2e/%2e%2e/etc/passwd", "/%c0%ae%c0%ae/site.yaml", "/%e0%80%ae%e0%80%ae/x",
      "/%C0%AF", "/zwgk%5c..%5csite.yaml", "/%5c", "/a%00b", "/a%0ab", "/a%7fb", "//etc/passwd",
      "/a//b.html", "/%", "/%4", "/%zz", "/%ff", "/other/a.html"})
  void refusesEverythingElse(String raw) {
    assertEquals(Optional.empty(), RequestPath.of(raw, raw.startsWith("/other") ? "/site/"
        : "/"));
  }

  /** A double escape is decoded once: it names a file called %2e%2e, which no site has. */
  @ParameterizedTest
  @ValueSource(strings = {"/%252e%252e/site.yaml", "/%25%32%65%25%32%65/site.yaml"})
  void decodesOnce(String raw) {
    assertEquals(Optional.of("%2e%2e/site.yaml"), RequestPath.of(raw, "/"));
  }
}
