package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forged publication dates, late disclosure (条例 art. 26) and scheduled documents. */
class DateRulesTest {

  @TempDir
  Path dir;

  /** A site whose ledger already exists, so that new numbers are not imported. */
  TestSite numbered() {
    TestSite site = Checks.site(dir).write("content/tzgg/first.md",
        Checks.report("第一篇", "2023-11-01", "", "正文"));
    site.gongkai(LocalDate.of(2023, 11, 1), false).assign(Set.of(), Set.of());
    return site;
  }

  @Test
  void aPublicationDateBeforeTheNumberWasIssuedIsForged() {
    TestSite site = numbered();
    site.write("content/tzgg/late.md", Checks.report("补发", "2023-12-20", "", "正文"));
    site.gongkai(LocalDate.of(2023, 12, 20), false).assign(Set.of(), Set.of());
    assertEquals(List.of(), Checks.found(site, "date-forged"));
    // someone back-dates the document after its number was issued (both dates: a 发布日期 before
    // its 成文日期 is an error of its own, date-order)
    site.write("content/tzgg/late.md", site.read("content/tzgg/late.md")
        .replace("written: 2023-12-20", "written: 2023-10-08")
        .replace("published: 2023-12-20", "published: 2023-10-08"));
    List<Problem> forged = Checks.found(site, "date-forged");
    assertEquals(1, forged.size(), forged::toString);
    assertEquals("content/tzgg/late.md:5:1", forged.get(0).location().toString());
    assertTrue(forged.get(0).hint().in(Lang.EN).contains("gongkai index assign --import content/tzgg/late.md"));
    site.gongkai(LocalDate.of(2023, 12, 20), false)
        .assign(Set.of(), Set.of("content/tzgg/late.md"));
    assertEquals(List.of(), Checks.found(site, "date-forged"), "imported documents keep dates");
  }

  @Test
  void theFirstRunOnASiteWithoutALedgerImportsOldDocuments() {
    TestSite site = Checks.site(dir).write("content/tzgg/old.md",
        Checks.report("旧文", "2019-05-05", "", "正文"));
    site.gongkai(Checks.TODAY, false).assign(Set.of(), Set.of());
    assertTrue(site.read("index-ledger.yaml").contains("imported: true"));
    assertEquals(List.of(), Checks.found(site, "date-forged"));
  }

  @Test
  void moreThanTwentyWorkingDaysAfterItWasMadeIsLate() {
    // 2023-09-01 (Fri) + 20 working days = 2023-09-29 (Fri)
    TestSite site = Checks.site(dir)
        .write("content/tzgg/ok.md", "---\ntitle: 按时\nwritten: 2023-09-01\npublished:"
            + " 2023-09-29\ntopic: 综合政务/其他\n---\n正文\n")
        .write("content/tzgg/late.md", "---\ntitle: 超时\nwritten: 2023-09-01\npublished:"
            + " 2023-10-02\ntopic: 综合政务/其他\n---\n正文\n");
    List<Problem> late = Checks.found(site, "date-late");
    assertEquals(List.of("content/tzgg/late.md"), late.stream().map(Problem::path).toList());
    assertEquals(Severity.WARNING, late.get(0).severity());
    assertTrue(late.get(0).hint().in(Lang.EN).contains("art. 26"));
    site.write("site.yaml", TestSite.SITE_YAML + "holidays: [2023-09-29]\n");
    assertEquals(List.of(), Checks.found(site, "date-late"), "a holiday moves the deadline");
  }

  @Test
  void scheduledDocumentsAreListed() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md",
        Checks.report("将来", "2024-02-01", "", "正文"));
    List<Problem> scheduled = Checks.found(site, "scheduled");
    assertEquals(1, scheduled.size());
    assertEquals(Severity.NOTE, scheduled.get(0).severity());
    assertTrue(scheduled.get(0).message().in(Lang.EN).startsWith("scheduled for 2024-02-01"));
  }
}
