package org.gongkai.sheet;

import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.model.Problem;
import org.gongkai.source.DocumentParser;

/**
 * Reads a task list made from spreadsheets back with gongkai's own parser before it is written, so
 * that a value the options gave (a malformed date, an unknown status) is reported at its line and
 * nothing is written. The lines left for the team to fill in are expected to be missing.
 */
public final class DraftCheck {

  private static final Set<String> EXPECTED = Set.of("missing-field");

  private DraftCheck() {}

  /**
   * @param relPath where the file will be, relative to the site (for messages)
   * @return whether the text reads as a task list without errors besides the expected ones
   */
  public static boolean verify(
      Draft draft, Path siteDir, String relPath, Consumer<Problem> problems) {
    boolean[] ok = {true};
    String column = relPath.startsWith("content/") && relPath.lastIndexOf('/') > 8
        ? relPath.substring(8, relPath.lastIndexOf('/')) : "";
    new DocumentParser(siteDir).parseText(draft.yaml(), relPath, column, p -> {
      if (p.isError() && !EXPECTED.contains(p.ruleId())) {
        ok[0] = false;
        problems.accept(p);
      }
    });
    return ok[0];
  }
}
