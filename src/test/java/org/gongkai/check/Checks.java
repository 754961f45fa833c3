package org.gongkai.check;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;

/** Runs the whole check of a small site (as `gongkai check` does) and picks one rule's findings. */
final class Checks {

  static final LocalDate TODAY = LocalDate.of(2023, 12, 31);

  private Checks() {}

  /** A site with one column of notices and one of tasks, numbered, checked clean. */
  static TestSite site(Path dir) {
    return TestSite.create(dir);
  }

  static BuildResult check(TestSite site) {
    return site.gongkai(TODAY, false).check();
  }

  static List<Problem> found(TestSite site, String ruleId) {
    return check(site).problems().stream().filter(p -> p.ruleId().equals(ruleId)).toList();
  }

  /** A report published on {@code day} with the given extra header lines and body. */
  static String report(String title, String day, String header, String body) {
    return "---\ntitle: " + title + "\nwritten: " + day + "\npublished: " + day
        + "\ntopic: 综合政务/其他\n" + header + "---\n" + body + "\n";
  }

  /** A task list published on {@code day} with the given tasks (YAML under tasks:). */
  static String tasks(String title, String day, String tasksYaml) {
    return "title: " + title + "\nwritten: " + day + "\npublished: " + day
        + "\ntopic: 综合政务/政务公开\ntasks:\n" + tasksYaml;
  }
}
