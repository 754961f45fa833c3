package org.gongkai.source;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input is read through a symbolic link that leaves the site folder, whatever kind of input
 * it is: the build (and check) stops with an error at the link, and the file it points to
 * reaches no output file.
 */
class SymlinkInputTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);
  static final String SECRET = "CI_TOKEN=glpat-0123456789abcdef";

  @TempDir
  Path root;

  Path siteDir;
  Path secretFile;
  TestSite site;

  @BeforeEach
  void aSiteAndASecretBesideIt() throws IOException {
    siteDir = root.resolve("site");
    site = TestSite.create(siteDir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assertNoErrors(build().problems()); // numbered, so that later builds change no document
    secretFile = root.resolve("secret.txt");
    Files.writeString(secretFile, SECRET + "\n");
  }

  BuildResult build() {
    return Gongkai.builder().siteDirectory(siteDir).outputDirectory(root.resolve("out"))
        .today(DAY).build().build();
  }

  void link(String path, Path target) throws IOException {
    Path link = siteDir.resolve(path);
    Files.createDirectories(link.getParent());
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, target);
  }

  /** A copy of a site file outside the site, so that the site still reads as before. */
  Path outside(String sitePath) throws IOException {
    Path copy = root.resolve("elsewhere").resolve(sitePath);
    Files.createDirectories(copy.getParent());
    Files.copy(siteDir.resolve(sitePath), copy);
    return copy;
  }

  void assertRefused(String at) throws IOException {
    Map<String, String> before = TestSites.snapshot(root.resolve("out"));
    BuildResult r = build();
    List<Problem> refused = r.problems().stream()
        .filter(p -> p.ruleId().equals("symlink-outside") && p.path().equals(at)).toList();
    assertEquals(1, refused.size(), () -> describe(r.problems()));
    assertTrue(refused.get(0).isError());
    assertFalse(r.written());
    assertEquals(before, TestSites.snapshot(root.resolve("out")), "nothing was published");
    BuildResult check = Gongkai.builder().siteDirectory(siteDir).today(DAY).build().check();
    assertTrue(check.problems().stream().anyMatch(p -> p.ruleId().equals("symlink-outside")
        && p.path().equals(at)), () -> "check finds it too: " + describe(check.problems()));
  }

  /** The review's case: the CI environment published as the theme's script. */
  @Test
  void aThemeAssetLinkedOutsideIsRefused() throws IOException {
    link("templates/assets/gongkai.js", secretFile);
    assertRefused("templates/assets/gongkai.js");
  }

  @Test
  void aTemplateLinkedOutsideIsRefused() throws IOException {
    Path template = root.resolve("evil.ftlh");
    Files.writeString(template, "<p>" + SECRET + "</p>");
    link("templates/404.ftlh", template);
    assertRefused("templates/404.ftlh");
  }

  @Test
  void aTemplatesFolderLinkedOutsideIsRefused() throws IOException {
    Files.createDirectories(root.resolve("theme/assets"));
    Files.writeString(root.resolve("theme/assets/print.css"), "/* " + SECRET + " */");
    link("templates", root.resolve("theme"));
    assertRefused("templates");
  }

  @ParameterizedTest
  @ValueSource(strings = {"site.yaml", "units.yaml", "index-ledger.yaml",
      "content/tzgg/_column.yaml", "content/tzgg/a.md"})
  void aSiteFileLinkedOutsideIsRefused(String path) throws IOException {
    link(path, outside(path));
    assertRefused(path);
  }

  @Test
  void aColumnFolderLinkedOutsideIsRefused() throws IOException {
    Files.createDirectories(root.resolve("col"));
    Files.writeString(root.resolve("col/b.md"), "---\ntitle: " + SECRET + "\n---\n");
    link("content/col", root.resolve("col"));
    assertRefused("content/col");
  }

  @Test
  void anAttachmentLinkedOutsideIsRefused() throws IOException {
    link("content/tzgg/files/a.pdf", secretFile);
    site.write("content/tzgg/a.md", site.read("content/tzgg/a.md").replace("topic:",
        "attachments:\n  - file: files/a.pdf\n    title: 附件\ntopic:"));
    assertRefused("content/tzgg/files/a.pdf");
  }

  @Test
  void aStaticFileLinkedOutsideIsRefused() throws IOException {
    link("static/robots.txt", secretFile);
    assertRefused("static/robots.txt");
  }

  @Test
  void aLinkThatStaysInsideTheSiteIsFollowed() throws IOException {
    TestSites.write(siteDir, "theme/print.css", "/* 本站打印样式 */\n");
    link("templates/assets/print.css", siteDir.resolve("theme/print.css"));
    BuildResult r = build();
    assertNoErrors(r.problems());
    assertEquals("/* 本站打印样式 */\n", Files.readString(root.resolve("out/assets/print.css"),
        StandardCharsets.UTF_8));
  }
}
