package org.gongkai.publish;

import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an interrupted build leaves beside the output folder (a staging folder, a finished new
 * site not yet swapped in, the old site swapped out) is put right by the next run: the output
 * folder restored when it is missing, every leftover gongkai made removed, nothing else touched.
 */
class SiteWriterSwapTest {

  @TempDir
  Path root;

  private Path site;
  private Path out;

  @BeforeEach
  void folders() throws IOException {
    site = Files.createDirectories(root.resolve("site"));
    out = root.resolve("public");
  }

  private List<String> rootEntries() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** A folder as a build leaves it: the marker and one page. */
  private Path leftover(String name, String page) {
    Path dir = root.resolve(name);
    TestSites.write(dir, SiteWriter.MARKER, "x");
    TestSites.write(dir, "index.html", page);
    return dir;
  }

  private void commit(String page) throws IOException {
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.write("index.html", page.getBytes(StandardCharsets.UTF_8));
      w.commit();
    }
  }

  @Test
  void leftoversOfInterruptedBuildsAreRemovedByTheNextBuild() throws IOException {
    commit("one");
    leftover(".public.tmp-1", "half");
    leftover(".public.new-2", "finished");
    leftover(".public.old-3", "old");
    Files.createDirectories(root.resolve(".public.tmp-4"));
    TestSites.write(root, ".public.tmp-5/notes.txt", "not gongkai's: no marker");
    TestSites.write(root, ".public.old-6", "a file, not a folder");
    leftover(".other.tmp-7", "another output's");

    commit("two");

    assertEquals(List.of(".other.tmp-7", ".public.old-6", ".public.tmp-5", "public", "site"),
        rootEntries());
    assertEquals("two", TestSites.read(out.resolve("index.html")));
  }

  @Test
  void aMissingOutputIsRestoredFromTheOldOneSwappedOut() throws IOException {
    leftover(".public.old-1", "old");
    leftover(".public.tmp-2", "half");
    SiteWriter.prepare(out, site);
    assertEquals("old", TestSites.read(out.resolve("index.html")));
    assertEquals(List.of("public", "site"), rootEntries());
  }

  @Test
  void aMissingOutputIsRestoredFromTheFinishedNewOneBeforeTheOld() throws IOException {
    leftover(".public.old-1", "old");
    leftover(".public.new-2", "new");
    SiteWriter.prepare(out, site);
    assertEquals("new", TestSites.read(out.resolve("index.html")));
    assertEquals(List.of("public", "site"), rootEntries());
  }

  @Test
  void anUnfinishedStagingFolderIsNeverPublished() throws IOException {
    leftover(".public.tmp-1", "half");
    SiteWriter.prepare(out, site);
    assertFalse(Files.exists(out));
    assertEquals(List.of("site"), rootEntries());
  }

  /** The review's case: a build fails (here on a content error) after a crash mid-swap. */
  @Test
  void aBuildWithErrorsStillRestoresTheOutputACrashLeftMissing() throws IOException {
    TestSite s = TestSite.create(site).report("content/tzgg/a.md", "通知", "2023-05-01");
    Path output = root.resolve("www");
    LocalDate day = LocalDate.of(2023, 12, 31);
    assertTrue(Gongkai.builder().siteDirectory(site).outputDirectory(output).today(day).build()
        .build().written());
    Map<String, String> before = TestSites.snapshot(output);
    Files.move(output, root.resolve(".www.old-0c2d"));
    s.write("content/tzgg/b.md", "---\ntitle: [\n---\n");

    BuildResult failed = Gongkai.builder().siteDirectory(site).outputDirectory(output)
        .today(day).build().build();

    assertTrue(failed.hasErrors(), () -> describe(failed.problems()));
    assertEquals(before, TestSites.snapshot(output));
    assertEquals(List.of("site", "www"), rootEntries());
  }

  @Test
  void theStarterGitignoreIgnoresEverythingABuildLeavesBeside() throws IOException {
    List<String> patterns;
    try (InputStream in = getClass().getResourceAsStream("/org/gongkai/starter/gitignore")) {
      patterns = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.endsWith("/") ? l.substring(0, l.length() - 1) : l).toList();
    }
    for (String name : List.of(".site-output.tmp-0c2d", ".site-output.new-0c2d",
        ".site-output.old-0c2d", ".site-output.lock", "site-output", ".gongkai-cache")) {
      assertTrue(patterns.stream().anyMatch(p -> {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
        return m.matches(Path.of(name));
      }), name + " is not ignored by " + patterns);
    }
  }
}
