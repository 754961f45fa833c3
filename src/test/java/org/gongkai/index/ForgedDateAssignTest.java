package org.gongkai.index;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that would issue a number today to a document dated earlier reports the forged
 * publication date itself, exactly as the next build would, and issues nothing; and a build
 * reusing the cache reports what a fresh build reports.
 */
class ForgedDateAssignTest {

  static final LocalDate FIRST = LocalDate.of(2023, 3, 1);
  static final LocalDate LATER = LocalDate.of(2023, 3, 10);

  @TempDir
  Path dir;

  TestSite site;

  @BeforeEach
  void aSiteWithALedger() {
    site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    BuildResult first = build(FIRST, true);
    assertFalse(first.hasErrors(), () -> describe(first.problems()));
    assertTrue(site.exists("index-ledger.yaml"));
  }

  BuildResult build(LocalDate today, boolean cache) {
    return Gongkai.builder().siteDirectory(dir).outputDirectory(dir.resolve("out"))
        .today(today).useCache(cache).build().build();
  }

  @Test
  void theBuildThatWouldNumberABackDatedDocumentReportsTheForgedDate() {
    site.report("content/tzgg/b.md", "通知乙", "2023-03-05");
    Map<String, String> before = site.snapshot();

    BuildResult assigning = build(LATER, true);

    assertProblem(assigning.problems(), "content/tzgg/b.md:4:1", Severity.ERROR, "date-forged",
        "2023-03-05", "2023-03-10", "--import content/tzgg/b.md");
    assertEquals(before, site.snapshot(), "no number was issued");
    assertEquals(errors(build(LATER, false)), errors(assigning),
        "the next build says the same");
  }

  @Test
  void aCachedRebuildReportsWhatAFreshBuildReports() {
    site.report("content/tzgg/b.md", "通知乙", "2023-03-05");
    build(LATER, true);
    BuildResult cached = build(LATER, true);
    BuildResult fresh = build(LATER, false);
    assertEquals(findings(fresh), findings(cached));
    assertTrue(fresh.hasErrors(), () -> describe(fresh.problems()));
  }

  @Test
  void aDocumentDatedTheDayItIsNumberedIsNumbered() {
    site.report("content/tzgg/b.md", "通知乙", "2023-03-10");
    BuildResult r = build(LATER, true);
    assertFalse(r.hasErrors(), () -> describe(r.problems()));
    assertTrue(site.read("content/tzgg/b.md").contains("index: "));
    BuildResult cached = build(LATER, true);
    assertEquals(findings(build(LATER, false)), findings(cached));
  }

  /** The problems a run finds (not the notes of numbers it issued or recorded). */
  static List<Problem> findings(BuildResult r) {
    return r.problems().stream().filter(p -> p.severity() != Severity.NOTE).toList();
  }

  static List<Problem> errors(BuildResult r) {
    return r.problems().stream().filter(Problem::isError).toList();
  }
}
