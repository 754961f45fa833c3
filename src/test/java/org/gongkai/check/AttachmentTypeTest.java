package org.gongkai.check;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attachment is published only when it is of a type a browser does not run (documents,
 * spreadsheets, archives, images, audio and video), judged by its bytes as well as its name; an
 * SVG image only when it holds no script, event handler, javascript: address, foreignObject or
 * external reference. Anything else is an error, found by check as well as by build.
 */
class AttachmentTypeTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path root;

  TestSite site;

  @BeforeEach
  void aSite() {
    site = TestSite.create(root.resolve("site"))
        .report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assertNoErrors(build().problems());
  }

  BuildResult build() {
    return Gongkai.builder().siteDirectory(site.dir()).outputDirectory(root.resolve("out"))
        .today(DAY).build().build();
  }

  BuildResult check() {
    return Gongkai.builder().siteDirectory(site.dir()).today(DAY).build().check();
  }

  /** Lists {@code files/NAME} as an attachment of the published notice, with these bytes. */
  void attach(String name, byte[] bytes) {
    site.writeBytes("content/tzgg/files/" + name, bytes);
    String doc = site.read("content/tzgg/a.md");
    String item = "  - file: files/" + name + "\n    title: 附件\n";
    site.write("content/tzgg/a.md", doc.contains("attachments:\n")
        ? doc.replace("attachments:\n", "attachments:\n" + item)
        : doc.replace("topic:", "attachments:\n" + item + "topic:"));
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  void assertRefused(String name, String at, String rule, String... words) {
    BuildResult r = build();
    assertProblem(r.problems(), at, Severity.ERROR, rule, words);
    assertFalse(r.written());
    assertFalse(Files.exists(root.resolve("out/tzgg/files/" + name)));
    assertProblem(check().problems(), at, Severity.ERROR, rule, words);
  }

  /** The review's case: stored XSS on the government origin. */
  @Test
  void anSvgWithAnEventHandlerIsRefusedAtItsLine() {
    attach("logo.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
        + "<rect width=\"10\" height=\"10\"/>\n<image onload=\"alert(document.cookie)\"/>\n"
        + "</svg>\n"));
    assertRefused("logo.svg", "content/tzgg/files/logo.svg:3:1", "attachment-active",
        "onload");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<script>alert(1)</script>|script",
      "<a href=\"javascript:alert(1)\"><text>x</text></a>|javascript:",
      "<foreignObject><div>x</div></foreignObject>|foreignObject",
      "<image href=\"https://evil.example.com/x.png\"/>|https://evil.example.com/x.png",
      "<use xlink:href=\"other.svg#a\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>|other.svg",
      "<style>@import url(https://evil.example.com/a.css);</style>|style",
      "<rect style=\"fill:url(https://evil.example.com/p.svg#p)\"/>|style",
      "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>|javascript:"})
  void anSvgWithActiveContentIsRefused(String element, String word) {
    attach("chart.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\">\n" + element
        + "\n</svg>\n"));
    assertRefused("chart.svg", "content/tzgg/files/chart.svg:2:1", "attachment-active", word);
  }

  @Test
  void anSvgWithADoctypeOrAStylesheetInstructionIsRefused() {
    attach("a.svg", utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x \"y\">]>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>\n"));
    assertRefused("a.svg", "content/tzgg/files/a.svg:2:1", "attachment-active", "DOCTYPE");
  }

  @Test
  void anSvgThatIsOnlyAPictureIsPublished() throws Exception {
    byte[] svg = utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " viewBox=\"0 0 10 10\">\n<defs><linearGradient id=\"g\"/></defs>\n"
        + "<rect width=\"10\" height=\"10\" style=\"fill:url(#g)\"/>\n"
        + "<use xlink:href=\"#g\"/>\n<text>图例</text>\n</svg>\n");
    attach("ok.svg", svg);
    BuildResult r = build();
    assertNoErrors(r.problems());
    assertTrue(Files.isRegularFile(root.resolve("out/tzgg/files/ok.svg")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"page.html", "page.htm", "page.xhtml", "page.shtml", "app.js",
      "data.xml", "x.svgz", "run.exe", "noextension"})
  void anAttachmentOfATypeABrowserRunsOrThatIsNotADocumentIsRefused(String name) {
    attach(name, utf8("<html><script>alert(1)</script></html>\n"));
    assertRefused(name, "content/tzgg/files/" + name, "attachment-type", name);
  }

  /** The review's case: a .pdf that is HTML is HTML. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "notice.pdf|<!DOCTYPE html><html><body><script>alert(1)</script></body></html>",
      "table.xls|<html><body><table><tr><td>1</td></tr></table></body></html>",
      "photo.jpg|<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
      "list.csv|  <script>alert(1)</script>"})
  void anAttachmentWhoseBytesAreNotWhatItsNameSaysIsRefused(String name, String bytes) {
    attach(name, utf8(bytes));
    assertRefused(name, "content/tzgg/files/" + name, "attachment-type", name);
  }

  @Test
  void documentsImagesAndDataOfTheAllowedTypesArePublished() throws Exception {
    attach("a.pdf", utf8("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"));
    attach("b.docx", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
    attach("c.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
        (byte) 0xB1, 0x1A, (byte) 0xE1});
    attach("d.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    attach("e.csv", utf8("序号,内容\n1,\"<b>不是标记</b>\"\n"));
    attach("f.txt", utf8("说明文字。\n"));
    attach("g.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16});
    BuildResult r = build();
    assertNoErrors(r.problems());
    for (String f : new String[] {"a.pdf", "b.docx", "c.xls", "d.png", "e.csv", "f.txt",
        "g.jpg"}) {
      assertTrue(Files.isRegularFile(root.resolve("out/tzgg/files/" + f)), f);
    }
  }

  @Test
  void theSitesOwnScriptsInStaticAreCopiedAsBefore() {
    site.write("static/js/site.js", "document.documentElement.classList.add('js');\n");
    assertNoErrors(build().problems());
    assertTrue(Files.isRegularFile(root.resolve("out/js/site.js")));
  }
}
