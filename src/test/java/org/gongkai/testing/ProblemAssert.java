package org.gongkai.testing;

import org.gongkai.model.Lang;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/** Finds the one problem a test expects, and prints every problem when it is not there. */
public final class ProblemAssert {

  private ProblemAssert() {}

  /**
   * The problem at {@code location} ({@code path:line:column}, as {@link Problem#headline()} prints
   * it) with this severity and rule id, whose message and hint together contain every one of
   * {@code words}.
   */
  public static Problem assertProblem(Collection<Problem> problems, String location,
      Severity severity, String ruleId, String... words) {
    List<Problem> found = problems.stream()
        .filter(p -> p.location().toString().equals(location))
        .filter(p -> p.severity() == severity && p.ruleId().equals(ruleId))
        .filter(p -> containsAll(p.message().in(Lang.EN) + "\n" + p.hint().in(Lang.EN), words))
        .toList();
    if (found.isEmpty()) {
      fail("expected " + location + ": " + severity.label() + ": " + ruleId + " with "
          + List.of(words) + "; the problems were:\n" + describe(problems));
    }
    return found.get(0);
  }

  /** Asserts that no problem has this rule id. */
  public static void assertNoProblem(Collection<Problem> problems, String ruleId) {
    List<Problem> found = problems.stream().filter(p -> p.ruleId().equals(ruleId)).toList();
    if (!found.isEmpty()) {
      fail("expected no " + ruleId + " problem, found:\n" + describe(found));
    }
  }

  /** Asserts that there is no error at all. */
  public static void assertNoErrors(Collection<Problem> problems) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      fail("expected no errors, found:\n" + describe(errors));
    }
  }

  /** Every problem, one {@link Problem#format()} per line. */
  public static String describe(Collection<Problem> problems) {
    return problems.isEmpty() ? "  (none)" : problems.stream().map(p -> "  " + p.format())
        .collect(Collectors.joining("\n"));
  }

  private static boolean containsAll(String text, String... words) {
    for (String w : words) {
      if (!text.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
