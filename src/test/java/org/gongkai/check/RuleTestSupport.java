package org.gongkai.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.config.SiteReader;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;

/** Runs one rule over a site folder read by the real reader. */
final class RuleTestSupport {

  private RuleTestSupport() {}

  /** The problems {@code rule} finds in the site at {@code dir} (reading problems left out). */
  static List<Problem> check(Rule rule, Path dir) {
    List<Problem> reading = new ArrayList<>();
    Site site = SiteReader.read(dir, reading::add);
    List<Problem> found = new ArrayList<>();
    rule.check(CheckContext.of(site, LocalDate.of(2023, 12, 31).atTime(23, 59)), found::add);
    return found;
  }

  /** A report with the given extra front-matter lines. */
  static String report(String title, String extra) {
    return "---\ntitle: " + title + "\nwritten: 2023-01-01\npublished: 2023-01-02\n" + extra
        + "---\n正文\n";
  }
}
