package org.gongkai.incremental;

import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.publish.SiteWriter;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache never trusts the output folder: whatever was changed in it between two builds
 * (a page with a script injected, a file added or deleted, the marker replaced, another site's
 * output written there), the next build with the cache gives the same folder as a build without.
 */
class CacheTamperTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path dir;

  TestSite site;

  @BeforeEach
  void createSite() {
    site = TestSite.create(dir.resolve("site"));
    for (int i = 0; i < 3; i++) {
      site.report("content/tzgg/n" + i + ".md", "通知" + i, "2023-0" + (i + 1) + "-02");
    }
  }

  BuildResult cached(Path siteDir, Path out) {
    return Gongkai.builder().siteDirectory(siteDir).outputDirectory(out).today(DAY).build()
        .build();
  }

  void assertLikeAFullBuild(String when) throws IOException {
    BuildResult full = Gongkai.builder().siteDirectory(site.dir())
        .outputDirectory(dir.resolve("full")).today(DAY).useCache(false).build().build();
    assertFalse(full.hasErrors(), () -> describe(full.problems()));
    assertEquals(TestSites.snapshot(dir.resolve("full")), TestSites.snapshot(dir.resolve("inc")),
        when);
  }

  void tamperThenRebuild(String when, Consumer<Path> tamper) throws IOException {
    // the first build numbers the documents; the cache of the second knows them as they are now
    assertTrue(cached(site.dir(), dir.resolve("inc")).written());
    deleteTree(site.dir().resolve(".gongkai-cache"));
    assertTrue(cached(site.dir(), dir.resolve("inc")).written(), "the cache is in place");
    tamper.accept(dir.resolve("inc"));
    BuildResult again = cached(site.dir(), dir.resolve("inc"));
    assertFalse(again.hasErrors(), () -> describe(again.problems()));
    assertLikeAFullBuild(when);
  }

  static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  static void append(Path file, String text) {
    try {
      Files.writeString(file, Files.readString(file) + text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aScriptInjectedIntoAPageDoesNotSurviveANoChangeRebuild() throws IOException {
    tamperThenRebuild("a script injected", out ->
        append(out.resolve("tzgg/2023/n1.html"), "<script>alert(1)</script>"));
  }

  @Test
  void aPageWithTheSameSizeButOtherBytesIsRenderedAgain() throws IOException {
    tamperThenRebuild("same size, other bytes", out -> {
      Path page = out.resolve("tzgg/2023/n1.html");
      try {
        byte[] bytes = Files.readAllBytes(page);
        String text = new String(bytes, StandardCharsets.UTF_8).replace("通知1", "通知X");
        Files.writeString(page, text);
        Files.setLastModifiedTime(page, Files.getLastModifiedTime(out.resolve("index.html")));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /** A file added where one was deleted, so that the output holds as many files as before. */
  @Test
  void anAddedFileDoesNotSurvive() throws IOException {
    tamperThenRebuild("a file added, another deleted", out -> {
      TestSites.write(out, "tzgg/2023/evil.html", "<script>alert(1)</script>");
      delete(out.resolve("tzgg/2023/n2.html"));
    });
  }

  /** A deleted page whose name is now a folder holding a file. */
  @Test
  void aDeletedFileComesBack() throws IOException {
    tamperThenRebuild("a page deleted, a folder in its place", out -> {
      delete(out.resolve("tzgg/2023/n2.html"));
      TestSites.write(out, "tzgg/2023/n2.html/index.html", "<script>alert(1)</script>");
    });
  }

  static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aReplacedMarkerIsWrittenAgain() throws IOException {
    tamperThenRebuild("the marker replaced", out ->
        TestSites.write(out, SiteWriter.MARKER, "someone else's\n"));
  }

  @Test
  void aTamperedPageIsNotReusedWhenAnotherDocumentChanged() throws IOException {
    tamperThenRebuild("a script injected, another document changed", out -> {
      append(out.resolve("tzgg/2023/n1.html"), "<script>alert(1)</script>");
      site.write("content/tzgg/n0.md", site.read("content/tzgg/n0.md").replace("的正文",
          "的新正文"));
    });
  }

  @Test
  void anotherSitesOutputInTheSameFolderDoesNotSurvive() throws IOException {
    TestSite other = TestSite.create(dir.resolve("other"));
    for (int i = 0; i < 3; i++) {
      other.report("content/tzgg/n" + i + ".md", "别站通知" + i, "2023-0" + (i + 1) + "-02");
    }
    assertTrue(cached(site.dir(), dir.resolve("inc")).written());
    assertTrue(cached(other.dir(), dir.resolve("inc")).written());
    BuildResult again = cached(site.dir(), dir.resolve("inc"));
    assertFalse(again.hasErrors(), () -> describe(again.problems()));
    assertLikeAFullBuild("another site's output in the folder");
  }
}
