package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;

/** The report for people. */
class ReportTextTest {

  @Test
  void theSampleReport() {
    String p = ReportSampleTest.PATH;
    String odd = ReportSampleTest.ODD_PATH;
    assertEquals("""
        Problems (3 errors, 2 warnings)

        (no file) (1 warning)
        (no file): warning: yaml-syntax: the site has no site.yaml

        %2$s (1 error)
        %2$s:1:1: error: organ-code: the organ code \\u001B[31m11100000000000000X\\u001B[0m \
        fails the check
          hint: copy the code again

        %1$s (1 error, 1 warning)
        %1$s:3:7: error: topic: 主题分类 "A&B <x>" is not in the site's list
          hint: did you mean `综合政务/政务公开`?
        %1$s:12: warning: unit-unknown: task 2: the unit `发改委\t(旧)` is not in units.yaml
            second line

        site.yaml (1 error)
        site.yaml: error: index-pattern: indexPattern `C:\\{seq}` is not valid 🚀
          hint: the default is
                {organCode}-{year}

        Notes (1 note)

        content/a.md (1 note)
        content/a.md:5:1: note: link-external: 外部链接 https://example.org/?a=1&b=2

        By rule
          rule           errors  warnings  notes  what it finds
          index-pattern       1         0      0  site.yaml's indexPattern uses only \
        {organCode}, {year}, {month} and {seq:N}
          link-external       0         0      1  links that leave the site
          organ-code          1         0      0  18-character organ codes pass the GB \
        32100-2015 check character
          topic               1         0      0  主题分类 is in the site's list
          unit-unknown        0         1      0  responsible units named in tasks are listed \
        in units.yaml
          yaml-syntax         0         1      0

        Total: 3 errors, 2 warnings, 1 note; 12 documents, 30 pages
        """.formatted(p, odd), Reports.text(ReportSampleTest.sample()));
  }

  @Test
  void aCleanRun() {
    assertEquals("No errors or warnings.\n\nTotal: 0 errors, 0 warnings, 0 notes;"
        + " 3 documents, 7 pages\n", Reports.text(ReportSampleTest.empty()));
  }

  @Test
  void notesAloneComeAfterTheLineThatSaysThereAreNoErrors() {
    ReportInput input = new ReportInput(List.of(ReportSampleTest.problem("a.md", 2, 0,
        Severity.NOTE, "link-external", "a link", "")), ReportSampleTest.RULES, "1", 1, 1, Lang.EN);
    assertEquals("""
        No errors or warnings.

        Notes (1 note)

        a.md (1 note)
        a.md:2: note: link-external: a link

        By rule
          rule           errors  warnings  notes  what it finds
          link-external       0         0      1  links that leave the site

        Total: 0 errors, 0 warnings, 1 note; 1 document, 1 page
        """, Reports.text(input));
  }

  @Test
  void siteTextCannotBreakTheLayoutOrTheTerminal() {
    assertEquals("a\n    b\n    c\n    d\n    e", ReportText.clean("a\r\nb\rc\u2028d\ne", "    "));
    assertEquals("a b", ReportText.clean("a\nb", ""));
    assertEquals("tab\tstays", ReportText.clean("tab\tstays", ""));
    assertEquals("\\u001B[2J\\u0007\\u007F\\u0085", ReportText.clean("\u001B[2J\u0007\u007F\u0085",
        ""));
    // bidirectional overrides and isolates could make a line read differently from what it is
    assertEquals("x\\u202Egpj.md\\u2066", ReportText.clean("x\u202Egpj.md\u2066", ""));
    assertEquals("通知 🚀 é", ReportText.clean("通知 🚀 é", ""));
  }

  @Test
  void aFileNameWithALineBreakStaysOnItsLine() {
    ReportInput input = new ReportInput(List.of(ReportSampleTest.problem("a\nb.md", 1, 1,
        Severity.ERROR, "slug", "bad", "")), ReportSampleTest.RULES, "1", 1, 1, Lang.EN);
    String report = Reports.text(input);
    assertTrue(report.contains("\na b.md (1 error)\na b.md:1:1: error: slug: bad\n"), report);
  }

  @Test
  void linesEndWithLineFeedsOnly() {
    String report = Reports.text(ReportSampleTest.sample());
    assertFalse(report.contains("\r"));
    assertTrue(report.endsWith(" pages\n"));
  }
}
