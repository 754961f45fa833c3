package org.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

  private final Markdown markdown = new Markdown();

  private String html(String body) {
    return markdown.toHtml(markdown.parse(body), dest -> Optional.empty());
  }

  private Document dom(String body) {
    return Jsoup.parseBodyFragment(html(body));
  }

  private static void assertNoLiveScript(Document doc) {
    assertTrue(doc.select("script, iframe, object, embed, style").isEmpty(), doc::html);
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        assertFalse(a.getKey().toLowerCase().startsWith("on"), () -> "event handler in " + e);
        assertFalse(a.getValue().strip().toLowerCase().replaceAll("[\\s\\p{Cntrl}]", "")
            .startsWith("javascript:"), () -> "javascript: URL in " + e);
      });
    }
  }

  @Test
  void aScriptBlockIsShownAsText() {
    String out = html("段落\n\n<script>alert('x')</script>\n");
    assertTrue(out.contains("&lt;script&gt;alert('x')&lt;/script&gt;"), out);
    Document doc = Jsoup.parseBodyFragment(out);
    assertNoLiveScript(doc);
    assertTrue(doc.text().contains("<script>alert('x')</script>"), "the reader sees the text");
  }

  @Test
  void inlineHtmlIsEscapedToo() {
    Document doc = dom("图片<img src=x onerror=alert(1)>与<b onclick=\"go()\">粗体</b>\n");
    assertNoLiveScript(doc);
    assertTrue(doc.select("img, b").isEmpty(), doc::html);
    assertTrue(doc.text().contains("<img src=x onerror=alert(1)>"), doc.text());
  }

  @Test
  void anHtmlCommentIsShownAsTextNotHidden() {
    String out = html("正文\n\n<!-- 内部备注：不公开 -->\n");
    assertTrue(out.contains("&lt;!-- 内部备注：不公开 --&gt;"), out);
    assertTrue(dom("<!-- 内部备注：不公开 -->\n").text().contains("内部备注：不公开"));
  }

  @Test
  void aJavascriptLinkIsNotLive() {
    Document doc = dom("[点击](javascript:alert(1)) 和 ![图](javascript:alert(2))\n");
    assertNoLiveScript(doc);
    assertEquals("#", doc.selectFirst("a").attr("href"));
    assertEquals("#", doc.selectFirst("img").attr("src"));
    assertEquals("点击", doc.selectFirst("a").text());
  }

  @Test
  void mixedCaseAndATabInTheSchemeAreStillCaught() {
    // browsers drop tabs and newlines inside a URL, so JaVa<TAB>Script: runs as javascript:
    Document doc = dom("[a](<JaVa\tScript:alert(1)>) [b](&#106;avascript:alert(2)) "
        + "[c](jav&#x09;ascript:alert(3)) [d]( VBScript:x) [e](data:text/html;base64,PHNjcmlwdD4=)\n");
    assertNoLiveScript(doc);
    List<String> hrefs = new ArrayList<>();
    doc.select("a").forEach(a -> hrefs.add(a.attr("href")));
    assertEquals(List.of("#", "#", "#", "#", "#"), hrefs);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "javascript:alert(1)|#",
      "JaVa\tScript:alert(1)|#",
      "  javascript:x|#",
      "vbscript:x|#",
      "data:text/html,x|#",
      "file:///etc/passwd|#",
      "https://www.gov.cn/|https://www.gov.cn/",
      "http://a.gov.cn/x?y=1|http://a.gov.cn/x?y=1",
      "mailto:gk@example.gov.cn|mailto:gk@example.gov.cn",
      "tel:0575-12345|tel:0575-12345",
      "../zdgz/list.yaml|../zdgz/list.yaml",
      "files/a:b.pdf|files/a:b.pdf",
      "#task-1|#task-1",
  })
  void theUrlSanitiserKeepsOnlyWebMailPhoneAndRelativeAddresses(String url, String expected) {
    assertEquals(expected, Markdown.sanitize(url));
  }

  @Test
  void newlinesAndControlCharactersInsideTheSchemeAreIgnoredLikeBrowsersDo() {
    assertEquals("#", Markdown.sanitize("java\nscript:x"));
    assertEquals("#", Markdown.sanitize("java\u0000script:x"));
    assertEquals("#", Markdown.sanitize("\u0001javascript:x"));
  }

  @Test
  void relativeDestinationsAreOfferedForRewritingAndOthersAreNot() {
    List<String> asked = new ArrayList<>();
    String out = markdown.toHtml(markdown.parse(
        "[清单](../zdgz/list.yaml) [章节](#a) [外部](https://www.gov.cn/) [邮件](mailto:a@b.cn) "
            + "[协议相对](//cdn.example.com/x.js) [附件](files/a.pdf)\n"),
        dest -> {
          asked.add(dest);
          return dest.endsWith(".yaml") ? Optional.of("../zdgz/2023/list.html")
              : Optional.empty();
        });
    assertEquals(List.of("../zdgz/list.yaml", "files/a.pdf"), asked);
    Document doc = Jsoup.parseBodyFragment(out);
    assertEquals("../zdgz/2023/list.html", doc.select("a").get(0).attr("href"));
    assertEquals("files/a.pdf", doc.select("a").get(5).attr("href"));
  }

  @Test
  void aRewrittenDestinationIsStillSanitised() {
    String out = markdown.toHtml(markdown.parse("[x](a.md)\n"),
        dest -> Optional.of("javascript:alert(1)"));
    assertEquals("#", Jsoup.parseBodyFragment(out).selectFirst("a").attr("href"));
  }

  @Test
  void tablesAreRendered() {
    Document doc = dom("| 指标 | 目标 |\n|---|---|\n| 生产总值 | 增长6% |\n");
    assertEquals("生产总值", doc.selectFirst("table tbody td").text());
    assertEquals(2, doc.select("th").size());
  }

  @Test
  void plainTextHasTheTextOfLinksAndImagesButNotTheirAddresses() {
    String text = markdown.toText(markdown.parse(
        "附件：[责任清单](../zdgz/list.yaml) 见![示意图](files/a.png \"题\")和<https://www.gov.cn/>\n"));
    assertEquals("附件：责任清单 见示意图和https://www.gov.cn/", text.strip());
  }

  @Test
  void rawHtmlIsListedForReports() {
    List<String> raw = markdown.rawHtml(markdown.parse("<div>a</div>\n\n文本<span>b</span>\n"));
    assertEquals(List.of("<div>a</div>", "<span>", "</span>"), raw);
  }

  @Test
  void plainTextAndTheFirstImageAreAvailable() {
    var ast = markdown.parse("## 标题\n\n![首图](files/a.png)正文**加粗**\n");
    assertTrue(markdown.toText(ast).contains("正文加粗"), markdown.toText(ast));
    assertEquals(Optional.of("files/a.png"), markdown.firstImage(ast));
  }
}
