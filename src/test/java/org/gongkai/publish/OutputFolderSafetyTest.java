package org.gongkai.publish;

import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build never replaces a folder that holds the site, however the two folders are named: through
 * symbolic links on either side, or with the output inside what the site reads.
 */
class OutputFolderSafetyTest {

  private static final LocalDate TODAY = LocalDate.of(2023, 12, 31);
  /** Real codes: a site with init's placeholders is only checked, never built. */
  private static final String ORGAN = "11330600002577014T";
  private static final String SITE_CODE = "3306000001";

  @TempDir
  Path w;

  private static BuildResult build(Path site, Path output) {
    return Gongkai.builder().siteDirectory(site).outputDirectory(output).today(TODAY).build()
        .build();
  }

  /** The review's case: the site moved into an old output, the output named through a link. */
  @Test
  void aSiteInsideAnOldOutputReachedThroughASymlinkOnTheOutputIsNotDeleted() throws IOException {
    Path site0 = w.resolve("site0");
    assertFalse(Gongkai.init(site0, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    assertTrue(build(site0, w.resolve("www")).written());
    Files.move(site0, w.resolve("www/src"));
    Files.createSymbolicLink(w.resolve("alias"), w);
    Map<String, String> before = TestSites.snapshot(w.resolve("www/src"));

    BuildResult result = build(w.resolve("www/src"), w.resolve("alias/www"));

    assertRefused(result, "contains the site");
    assertEquals(before, TestSites.snapshot(w.resolve("www/src")));
  }

  @Test
  void aSiteInsideAnOldOutputReachedThroughASymlinkOnTheSiteIsNotDeleted() throws IOException {
    Path site0 = w.resolve("site0");
    assertFalse(Gongkai.init(site0, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    assertTrue(build(site0, w.resolve("www")).written());
    Files.move(site0, w.resolve("www/src"));
    Files.createSymbolicLink(w.resolve("link-to-src"), w.resolve("www/src"));
    Map<String, String> before = TestSites.snapshot(w.resolve("www/src"));

    BuildResult result = build(w.resolve("link-to-src"), w.resolve("www"));

    assertRefused(result, "contains the site");
    assertEquals(before, TestSites.snapshot(w.resolve("www/src")));
  }

  @Test
  void anOutputThatDoesNotExistYetIsComparedThroughItsNearestExistingFolder()
      throws IOException {
    Path site = w.resolve("real/site");
    assertFalse(Gongkai.init(site, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    Files.createSymbolicLink(w.resolve("alias"), w.resolve("real/site"));
    Map<String, String> before = TestSites.snapshot(site);

    BuildResult result = build(site, w.resolve("alias/content/new/www"));

    assertRefused(result, "content/");
    assertEquals(before, TestSites.snapshot(site));
  }

  @Test
  void anOutputInsideWhatTheSiteReadsIsRefused() throws IOException {
    Path site = w.resolve("site");
    assertFalse(Gongkai.init(site, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    Map<String, String> before = TestSites.snapshot(site);
    for (String inside : new String[] {"content/out", "static/www", "templates/out",
        ".gongkai-cache/out", "content"}) {
      BuildResult result = build(site, site.resolve(inside));
      assertRefused(result, inside.startsWith("content") ? "content/" : inside.substring(0,
          inside.indexOf('/') + 1));
      assertEquals(before, TestSites.snapshot(site), inside);
    }
  }

  @Test
  void anOutputElsewhereInsideTheSiteIsAllowed() {
    Path site = w.resolve("site");
    assertFalse(Gongkai.init(site, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    BuildResult result = build(site, site.resolve("build/www"));
    assertTrue(result.written(), () -> describe(result.problems()));
    assertTrue(Files.isRegularFile(site.resolve("build/www/index.html")));
  }

  @Test
  void anOldOutputHoldingARepositoryIsNotReplaced() throws IOException {
    Path site = w.resolve("site");
    assertFalse(Gongkai.init(site, "测试网站", ORGAN, SITE_CODE, TODAY).hasErrors());
    Path out = w.resolve("www");
    assertTrue(build(site, out).written());
    TestSites.write(out, "backup/.git/HEAD", "ref: refs/heads/main\n");
    Map<String, String> before = TestSites.snapshot(out);

    BuildResult result = build(site, out);

    assertRefused(result, "backup/.git");
    assertEquals(before, TestSites.snapshot(out));
  }

  private static void assertRefused(BuildResult result, String named) {
    assertFalse(result.written(), () -> describe(result.problems()));
    Problem p = result.problems().stream().filter(Problem::isError).findFirst()
        .orElseThrow(() -> new AssertionError("no error: " + describe(result.problems())));
    assertEquals("output", p.ruleId(), p::format);
    assertTrue(p.message().in(Lang.EN).contains(named), p.format(Lang.EN));
  }
}
