package org.gongkai.index;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forged-date trap: a notice posted a few days after it was signed, with 发布日期 set to the
 * signing day. check, index assign and build all say so, before a number is issued; assign
 * refuses it and writes nothing, and says what to do. Published numbers never change.
 */
class ForgedDateTest {

  static final LocalDate DAY = LocalDate.of(2023, 11, 20);

  @TempDir
  Path dir;

  TestSite site;

  /** A site whose ledger exists (its first document was numbered a week ago). */
  @BeforeEach
  void numberedSite() {
    site = TestSite.create(dir).report("content/tzgg/first.md", "第一篇", "2023-11-13");
    assertFalse(site.gongkai(LocalDate.of(2023, 11, 13), false).assign(Set.of(), Set.of())
        .hasErrors());
  }

  private static List<Problem> forged(BuildResult r) {
    return r.problems().stream().filter(p -> p.ruleId().equals("date-forged")).toList();
  }

  @Test
  void aBackDatedNewDocumentIsForgedForCheckAssignAndBuildAlike() {
    site.report("content/tzgg/late.md", "补发的通知", "2023-11-16");
    Map<String, String> before = site.snapshot();

    BuildResult check = site.gongkai(DAY, false).check();
    Problem p = assertProblem(check.problems(), "content/tzgg/late.md:4:1", Severity.ERROR,
        "date-forged", "2023-11-16 is before today (2023-11-20)",
        "publish it with today's date (2023-11-20)",
        "gongkai index assign --import content/tzgg/late.md");
    assertEquals("发布日期 2023-11-16 早于今天（2023-11-20）：本文档今天才取得索引号、才发布，页面上的发布日期将早于"
        + "实际发布的日期（伪造发布日期）", p.message().in(Lang.ZH));
    assertEquals(1, forged(check).size());

    BuildResult assign = site.gongkai(DAY, false).assign(Set.of(), Set.of());
    assertEquals(List.of(p), forged(assign), "assign says what check said");
    assertTrue(assign.hasErrors());
    assertFalse(assign.written());

    BuildResult build = site.gongkai(DAY, false).build();
    assertEquals(List.of(p), forged(build), "and so does the build");
    assertEquals(before, site.snapshot(), "no number was issued: neither file nor ledger");
    assertFalse(site.exists("out"));
  }

  @Test
  void theCommandLineSaysSoInCheckIndexCheckAndIndexAssign() {
    site.report("content/tzgg/late.md", "补发的通知", "2023-11-16");
    for (String[] command : List.of(new String[] {"check"}, new String[] {"index", "check"},
        new String[] {"index", "assign"})) {
      java.io.StringWriter err = new java.io.StringWriter();
      List<String> args = new java.util.ArrayList<>(List.of(command));
      args.addAll(List.of("--site", dir.toString(), "--today", DAY.toString()));
      int code = org.gongkai.cli.Main.run(args.toArray(String[]::new),
          new java.io.PrintWriter(new java.io.StringWriter(), true),
          new java.io.PrintWriter(err, true), Map.of());
      assertEquals(1, code, String.join(" ", command));
      assertTrue(err.toString().contains("content/tzgg/late.md:4:1: error: date-forged: 发布日期 "
          + "2023-11-16 早于今天（2023-11-20）"), err.toString());
      assertTrue(err.toString().contains("提示：请把发布日期改为今天（2023-11-20）"), err.toString());
    }
    assertFalse(site.read("index-ledger.yaml").contains("late.md"));
  }

  @Test
  void publishedTodayOrImportedTheDocumentIsNumbered() {
    site.report("content/tzgg/late.md", "补发的通知", "2023-11-16");
    BuildResult imported = site.gongkai(DAY, false)
        .assign(Set.of(), Set.of("content/tzgg/late.md"));
    assertFalse(imported.hasErrors(), imported.problems()::toString);
    assertTrue(site.read("index-ledger.yaml").contains("path: \"content/tzgg/late.md\""));
    assertTrue(forged(site.gongkai(DAY, false).build()).isEmpty());

    site.report("content/tzgg/today.md", "今天的通知", DAY + " 09:30");
    assertFalse(site.gongkai(DAY, false).assign(Set.of(), Set.of()).hasErrors());
    assertFalse(site.gongkai(DAY, false).build().hasErrors());
  }

  @Test
  void aHandWrittenNumberOnABackDatedDocumentIsNotRecorded() {
    site.report("content/tzgg/late.md", "补发的通知", "2023-11-16");
    site.write("content/tzgg/late.md", site.read("content/tzgg/late.md")
        .replace("title: 补发的通知\n", "title: 补发的通知\nindex: 11330600002577014T/2023-000040\n"));
    Map<String, String> before = site.snapshot();
    BuildResult assign = site.gongkai(DAY, false).assign(Set.of(), Set.of());
    assertProblem(assign.problems(), "content/tzgg/late.md:5:1", Severity.ERROR, "date-forged",
        "before today");
    assertEquals(before, site.snapshot());
  }

  @Test
  void aPublishedNumberIsNotRenumbered() {
    String number = IndexNumbersTest.indexOf(site, "content/tzgg/first.md");
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(DAY, false).assign(Set.of("content/tzgg/first.md"), Set.of());
    Problem p = assertProblem(r.problems(), "content/tzgg/first.md:3:1", Severity.ERROR,
        "index-renumber", number, "was published with this document", "never changes");
    assertEquals("索引号 " + number + " 已随本文档发布（发布日期 2023-11-13）：索引号一经发布就不再更改",
        p.message().in(Lang.ZH));
    assertEquals(before, site.snapshot());
  }

  /**
   * A number an earlier gongkai issued with init's placeholder organ code: the identity check
   * names it, and it is renumbered although published, keeping its document's date.
   */
  @Test
  void aNumberMadeWithAPlaceholderOrganCodeIsRenumberedAndTheDateStands() {
    String placeholder = "000000000000000000/2023-000001";
    site.report("content/tzgg/old.md", "旧示例通知", "2023-11-13");
    site.write("content/tzgg/old.md", site.read("content/tzgg/old.md")
        .replace("title: 旧示例通知\n", "title: 旧示例通知\nindex: " + placeholder + "\n"));
    site.write("index-ledger.yaml", site.read("index-ledger.yaml") + "- index: \"" + placeholder
        + "\"\n  path: \"content/tzgg/old.md\"\n  title: \"旧示例通知\"\n"
        + "  assigned: 2023-11-13\n  state: active\n  imported: true\n");
    Problem named = assertProblem(site.gongkai(DAY, false).check().problems(),
        "content/tzgg/old.md:3:1", Severity.WARNING, "identity-placeholder", placeholder,
        "gongkai index assign --renumber content/tzgg/old.md");
    assertEquals(Severity.ERROR, site.gongkai(DAY, false).build().problems().stream()
        .filter(p -> p.location().equals(named.location())).findFirst().orElseThrow()
        .severity(), "a build stops at it");

    BuildResult r = site.gongkai(DAY, false).assign(Set.of("content/tzgg/old.md"), Set.of());
    assertFalse(r.hasErrors(), r.problems()::toString);
    assertEquals("11330600002577014T/2023-000002",
        IndexNumbersTest.indexOf(site, "content/tzgg/old.md"));
    assertTrue(site.read("index-ledger.yaml").contains("- index: \"" + placeholder
        + "\"\n  path: \"content/tzgg/old.md\"\n  title: \"旧示例通知\"\n"
        + "  assigned: 2023-11-13\n  state: retired\n"));
    assertFalse(site.gongkai(DAY, false).build().hasErrors(), "no forged date: it stands");
  }

  @Test
  void afterTheOrganCodeChangesOnlyUnpublishedDocumentsAreRenumbered() {
    // a scheduled notice that was given its number by hand, then the organ code is corrected
    site.report("content/tzgg/later.md", "定时发布的通知", "2023-12-01");
    site.write("content/tzgg/later.md", site.read("content/tzgg/later.md").replace(
        "title: 定时发布的通知\n", "title: 定时发布的通知\nindex: 11330600002577014T/2023-000002\n"));
    assertFalse(site.gongkai(DAY, false).assign(Set.of(), Set.of()).hasErrors());
    String published = IndexNumbersTest.indexOf(site, "content/tzgg/first.md");
    site.write("site.yaml", TestSite.SITE_YAML.replace("11330600002577014T",
        "11330600MB0123456N"));

    BuildResult r = site.gongkai(DAY, false).assign(Set.of(), Set.of(), true);
    assertFalse(r.hasErrors(), r.problems()::toString);
    assertEquals("11330600MB0123456N/2023-000001",
        IndexNumbersTest.indexOf(site, "content/tzgg/later.md"), "the new organ code");
    assertEquals(published, IndexNumbersTest.indexOf(site, "content/tzgg/first.md"),
        "a published number stays");
    String ledger = site.read("index-ledger.yaml");
    assertTrue(ledger.contains("- index: \"11330600002577014T/2023-000002\"\n"
        + "  path: \"content/tzgg/later.md\"\n  title: \"定时发布的通知\"\n  assigned: 2023-11-20\n"
        + "  state: retired\n"), ledger);
  }

  @Test
  void aDocumentWithoutANumberThatIsNotYetPublishedIsNotForged() {
    site.report("content/tzgg/later.md", "定时发布的通知", "2023-12-01");
    assertTrue(forged(site.gongkai(DAY, false).check()).isEmpty());
    assertNull(IndexNumbersTest.indexOf(site, "content/tzgg/later.md"));
  }
}
