package org.gongkai.assemble;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertNoProblem;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An attachment is published only when a published document lists it or links it from its text:
 * the attachments of drafts, scheduled and non-主动公开 documents stay off the site (and the leak
 * guard stops their bytes under any name); a file no document uses is a warning; the theme's
 * static/ files are copied as before.
 */
class AttachmentPublishingTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);
  static final byte[] PLAN = "%PDF-1.4 内部方案（未定稿）\n%%EOF\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path root;

  TestSite site;

  @BeforeEach
  void aSite() {
    site = TestSite.create(root.resolve("site"))
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .write("static/robots.txt", "User-agent: *\n");
    assertNoErrors(build().problems());
  }

  BuildResult build() {
    return Gongkai.builder().siteDirectory(site.dir()).outputDirectory(root.resolve("out"))
        .today(DAY).build().build();
  }

  /** A document (published on 2023-12-31 unless {@code extra} says otherwise) listing a file. */
  void documentWithAttachment(String path, String extra) {
    site.write(path, "---\ntitle: 附件测试\nwritten: 2023-12-31\npublished: 2023-12-31\n"
        + "topic: 综合政务/其他\n" + extra + "attachments:\n  - file: files/plan.pdf\n"
        + "    title: 方案\n---\n正文。\n");
    site.writeBytes("content/tzgg/files/plan.pdf", PLAN);
  }

  boolean anOutputFileHoldsThePlan() throws IOException {
    try (var files = Files.walk(root.resolve("out"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (Arrays.equals(Files.readAllBytes(f), PLAN)) {
          return true;
        }
      }
    }
    return false;
  }

  @ParameterizedTest
  @ValueSource(strings = {"draft: true\n", "disclosure: 依申请公开\n", "disclosure: 不予公开\n"})
  void theAttachmentOfAnUnpublishedDocumentIsNotPublished(String extra) throws IOException {
    documentWithAttachment("content/tzgg/b.md", extra);
    BuildResult r = build();
    assertNoErrors(r.problems());
    assertNoProblem(r.problems(), "attachment-unreferenced");
    assertFalse(Files.exists(root.resolve("out/tzgg/files/plan.pdf")));
    assertFalse(anOutputFileHoldsThePlan());
  }

  @Test
  void aScheduledDocumentsAttachmentIsPublishedOnlyFromItsDay() throws IOException {
    documentWithAttachment("content/tzgg/b.md", "");
    site.write("content/tzgg/b.md", site.read("content/tzgg/b.md")
        .replace("published: 2023-12-31", "published: 2024-01-02 09:00"));
    assertNoErrors(build().problems());
    assertFalse(Files.exists(root.resolve("out/tzgg/files/plan.pdf")));
    BuildResult later = Gongkai.builder().siteDirectory(site.dir())
        .outputDirectory(root.resolve("out")).today(LocalDate.of(2024, 1, 2)).build().build();
    assertNoErrors(later.problems());
    assertArrayEquals(PLAN, Files.readAllBytes(root.resolve("out/tzgg/files/plan.pdf")));
  }

  @Test
  void theAttachmentOfAPublishedDocumentIsPublished() throws IOException {
    documentWithAttachment("content/tzgg/b.md", "");
    BuildResult r = build();
    assertNoErrors(r.problems());
    assertArrayEquals(PLAN, Files.readAllBytes(root.resolve("out/tzgg/files/plan.pdf")));
  }

  @Test
  void aFileLinkedFromAPublishedDocumentsTextIsPublished() throws IOException {
    site.writeBytes("content/tzgg/files/表格.pdf", PLAN);
    site.write("content/tzgg/a.md", site.read("content/tzgg/a.md")
        + "\n请下载[报名表](files/表格.pdf)。\n");
    BuildResult r = build();
    assertNoErrors(r.problems());
    assertNoProblem(r.problems(), "attachment-unreferenced");
    assertArrayEquals(PLAN, Files.readAllBytes(root.resolve("out/tzgg/files/表格.pdf")));
  }

  @Test
  void aFileNoDocumentUsesIsAWarningAndIsNotPublished() throws IOException {
    site.writeBytes("content/tzgg/files/old.pdf", PLAN);
    BuildResult r = build();
    assertProblem(r.problems(), "content/tzgg/files/old.pdf", Severity.WARNING,
        "attachment-unreferenced", "old.pdf");
    assertFalse(Files.exists(root.resolve("out/tzgg/files/old.pdf")), describe(r.problems()));
  }

  @Test
  void theBytesOfAnUnpublishedAttachmentAreALeakUnderAnyName() throws IOException {
    documentWithAttachment("content/tzgg/b.md", "draft: true\n");
    site.writeBytes("static/downloads/renamed.pdf", PLAN);
    Map<String, String> before = TestSites.snapshot(root.resolve("out"));
    BuildResult r = build();
    assertProblem(r.problems(), "content/tzgg/files/plan.pdf", Severity.ERROR, "leak",
        "downloads/renamed.pdf");
    assertFalse(r.written());
    assertTrue(before.equals(TestSites.snapshot(root.resolve("out"))));
  }

  @Test
  void staticFilesAreCopiedAsBefore() throws IOException {
    assertTrue(Files.isRegularFile(root.resolve("out/robots.txt")));
  }
}
