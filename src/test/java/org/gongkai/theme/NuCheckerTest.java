package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker the HTML validity test relies on does report what it must. */
class NuCheckerTest {

  private static final String HEAD = "<!DOCTYPE html><html lang=\"zh-CN\"><head>"
      + "<meta charset=\"utf-8\"><title>t</title></head><body>\n";

  private static NuChecker checker;

  @TempDir static Path dir;

  @BeforeAll
  static void setUp() {
    checker = new NuChecker();
  }

  @Test
  void aValidPageHasNoMessages() {
    List<NuChecker.Message> messages = checker.check(HEAD + "<main><p>内容</p></main></body></html>", dir);
    assertEquals(List.of(), messages);
  }

  /**
   * The page-level tags of the national government website specification (网站名称 SiteName …)
   * use names outside the WHATWG MetaExtensions registry. This version of the checker accepts any
   * meta name, so they raise no message; this test says so, so that a checker upgrade that starts
   * reporting them is noticed rather than filtered (the names are required and must stay).
   */
  @Test
  void governmentMetaNamesRaiseNoMessage() {
    String head = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>t</title>"
        + "<meta name=\"SiteName\" content=\"示例\"><meta name=\"SiteDomain\" content=\"www.example.gov.cn\">"
        + "<meta name=\"SiteIDCode\" content=\"3300000001\"><meta name=\"ColumnName\" content=\"首页\">"
        + "<meta name=\"ColumnDescription\" content=\"d\"><meta name=\"ColumnKeywords\" content=\"k\">"
        + "<meta name=\"ColumnType\" content=\"首页\"><meta name=\"ArticleTitle\" content=\"t\">"
        + "<meta name=\"PubDate\" content=\"2023-07-12 09:00\"><meta name=\"ContentSource\" content=\"s\">"
        + "<meta name=\"Keywords\" content=\"k\"><meta name=\"Author\" content=\"a\">"
        + "<meta name=\"Description\" content=\"d\"><meta name=\"Image\" content=\"https://www.example.gov.cn/a.png\">"
        + "<meta name=\"Url\" content=\"https://www.example.gov.cn/\">"
        // the generator also writes the lower-case standard names next to the spec's ones
        + "<meta name=\"description\" content=\"d\"><meta name=\"keywords\" content=\"k\">"
        + "</head><body><p>x</p></body></html>";
    assertEquals(List.of(), checker.check(head, dir));
  }

  @Test
  void aStrayEndTagIsAnErrorWithItsLine() {
    List<NuChecker.Message> messages =
        checker.check(HEAD + "<p>内容</p>\n</div>\n</body></html>", dir);
    assertTrue(messages.stream().anyMatch(m -> m.isError() && m.line() == 3
        && m.text().contains("Stray end tag")), messages.toString());
  }

  @Test
  void aSchemaErrorIsReported() {
    List<NuChecker.Message> messages =
        checker.check(HEAD + "<table><caption>c</caption><p>x</p></table></body></html>", dir);
    assertTrue(messages.stream().anyMatch(NuChecker.Message::isError), messages.toString());
    // an attribute the schema does not allow
    messages = checker.check(HEAD + "<p foo=\"bar\">x</p></body></html>", dir);
    assertTrue(messages.stream().anyMatch(m -> m.isError() && m.text().contains("foo")),
        messages.toString());
  }

  @Test
  void cssIsCheckedToo() {
    assertEquals(List.of(), checker.checkCss("a { color: red; }\n", dir));
    List<NuChecker.Message> messages = checker.checkCss("a {\n  colr: red;\n}\n", dir);
    assertTrue(messages.stream().anyMatch(m -> m.isError() && m.line() == 2
        && m.text().contains("colr")), messages.toString());
  }
}
