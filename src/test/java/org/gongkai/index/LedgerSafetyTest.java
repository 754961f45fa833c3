package org.gongkai.index;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.gongkai.testing.ProblemAssert.assertNoProblem;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.gongkai.testing.ProblemAssert.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger survives any title, a deleted ledger is noticed and never makes a number issued
 * twice from what the documents show, and a ledger that lost entries does not turn their numbers
 * into numbers issued today.
 */
class LedgerSafetyTest {

  static final LocalDate DAY = LocalDate.of(2023, 11, 20);
  static final IndexPattern PATTERN = IndexPattern.compile("{organCode}/{year}-{seq:6}");

  @TempDir
  Path dir;

  /** The review's case: a title with U+0086 and U+FFFE broke every later run at 1:1. */
  @Test
  void aTitleWithCharactersYamlDoesNotAllowIsWrittenEscapedAndReadsBack() {
    String title = "通知\u0086甲\uFFFE乙\u0085\u2028\u001B";
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知", "2023-03-01");
    // a YAML file may not hold these characters as they are, but may write them escaped
    site.write("content/tzgg/a.md", site.read("content/tzgg/a.md").replace("title: 通知\n",
        "title: \"通知\\x86甲\\uFFFE乙\\N\\L\\e\"\n"));
    BuildResult first = site.gongkai(DAY, false).build();
    assertNoErrors(first.problems());
    BuildResult second = site.gongkai(DAY, false).build();
    assertNoErrors(second.problems());
    Optional<Ledger> ledger = Ledger.read(dir, p -> { });
    assertEquals(title, ledger.orElseThrow().entries().get(0).title());
  }

  /** Every code point, in titles and paths, reads back from the ledger as it was written. */
  @Test
  void everyCodePointReadsBack() {
    List<LedgerEntry> entries = new ArrayList<>();
    int seq = 1;
    for (int from = 0; from <= 0x10FFFF; from += 0x1000) {
      StringBuilder title = new StringBuilder();
      for (int c = from; c < from + 0x1000; c++) {
        title.appendCodePoint(c);
      }
      entries.add(new LedgerEntry(String.format("X/2023-%06d", seq++), "content/a/"
          + title.substring(0, 40) + ".md", title.toString(), DAY,
          LedgerEntry.State.ACTIVE, false, 0));
    }
    byte[] bytes = new Ledger(entries, true).format(PATTERN);
    List<Problem> problems = new ArrayList<>();
    Optional<Ledger> read = Ledger.parse(new String(bytes, StandardCharsets.UTF_8),
        problems::add);
    assertEquals(List.of(), problems);
    List<String> titles = read.orElseThrow().entries().stream().map(LedgerEntry::title).toList();
    assertEquals(entries.stream().map(LedgerEntry::title).toList(), titles);
    assertEquals(entries.stream().map(LedgerEntry::path).toList(),
        read.get().entries().stream().map(LedgerEntry::path).toList());
  }

  /** The review's case: the ledger deleted, a retired number went out again without a word. */
  @Test
  void aDeletedLedgerIsAWarningThatSaysHowToRestoreItWithGit() {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/tzgg/b.md", "通知乙", "2023-03-02");
    assertNoErrors(site.gongkai(DAY, false).build().problems());
    site.delete("index-ledger.yaml");
    site.report("content/tzgg/c.md", "通知丙", "2023-11-20");

    BuildResult r = site.gongkai(DAY, false).build();

    assertProblem(r.problems(), "index-ledger.yaml", Severity.WARNING, "ledger-missing",
        "2 documents", "git log --diff-filter=D -- index-ledger.yaml",
        "git checkout");
    assertNoErrors(r.problems());
  }

  @Test
  void aDeletedLedgerIsAnErrorInAFrozenBuild() {
    TestSite site = TestSite.create(dir).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    assertNoErrors(site.gongkai(DAY, false).build().problems());
    site.delete("index-ledger.yaml");
    BuildResult r = site.gongkai(DAY, true).build();
    assertProblem(r.problems(), "index-ledger.yaml", Severity.ERROR, "ledger-missing",
        "1 document", "git checkout");
    assertFalse(site.exists("index-ledger.yaml"));
  }

  /** Numbers are never issued at or below the highest one any document carries. */
  @Test
  void aNewNumberFollowsTheHighestNumberAnyDocumentCarries() {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/tzgg/draft.md", "草稿", "2023-03-02");
    site.write("content/tzgg/a.md", site.read("content/tzgg/a.md").replace("title: 通知甲\n",
        "title: 通知甲\nindex: 11330600002577014T/2023-000001\n"));
    site.write("content/tzgg/draft.md", site.read("content/tzgg/draft.md").replace(
        "title: 草稿\n", "title: 草稿\nindex: 11330600002577014T/2023-000007\ndraft: true\n"));
    site.report("content/tzgg/c.md", "通知丙", "2023-11-20");
    BuildResult r = site.gongkai(DAY, false).build();
    assertNoErrors(r.problems());
    assertTrue(site.read("content/tzgg/c.md").contains("index: 11330600002577014T/2023-000008"),
        site.read("content/tzgg/c.md"));
    assertProblem(r.problems(), "index-ledger.yaml", Severity.WARNING, "ledger-missing",
        "2 documents");
  }

  /** The review's case: entries lost from the end of the ledger came back dated today. */
  @Test
  void aNumberMissingFromTheLedgerIsRecordedAsImportedNotAsIssuedToday() {
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/tzgg/b.md", "通知乙", "2023-03-01");
    assertNoErrors(site.gongkai(LocalDate.of(2023, 3, 1), false).build().problems());
    String ledger = site.read("index-ledger.yaml");
    // the entry of the first number is lost (the ledger issued a higher one since)
    int first = ledger.indexOf("- index:");
    site.write("index-ledger.yaml", ledger.substring(0, first)
        + ledger.substring(ledger.indexOf("- index:", first + 1)));

    BuildResult r = site.gongkai(DAY, false).build();

    assertNoProblem(r.problems(), "date-forged");
    assertNoErrors(r.problems());
    BuildResult again = site.gongkai(DAY, false).build();
    assertNoProblem(again.problems(), "date-forged");
    LedgerEntry a = Ledger.read(dir, p -> { }).orElseThrow().entries().stream()
        .filter(e -> e.path().equals("content/tzgg/a.md")).findFirst().orElseThrow();
    assertTrue(a.imported(), () -> describe(again.problems()));
  }
}
