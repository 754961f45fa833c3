package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.UnitRef;
import org.gongkai.source.Spelling;

/** Every responsible unit named in a task should be in units.yaml (a name or an alias). */
final class UnitUnknownRule extends UnitRule {

  @Override
  public String id() {
    return "unit-unknown";
  }

  @Override
  public String source() {
    return "content model: units.yaml";
  }

  @Override
  public String description() {
    return "responsible units named in tasks are listed in units.yaml";
  }

  @Override
  void checkUnknown(CheckContext context, Task task, UnitRef ref, Consumer<Problem> problems) {
    if (UnitRunTogetherRule.split(ref.name(), context.units()).isPresent()) {
      return; // the run-together rule names the parts
    }
    String hint = Spelling.closest(ref.name(), context.units().names())
        .map(n -> "the nearest known unit is `" + n + "`; if it is not meant, add `"
            + ref.name() + "` to units.yaml (as a unit or an alias)")
        .orElse("units.yaml lists no units yet; add it there");
    problems.accept(Problem.warning(task.location(), id(), "task " + task.seq()
        + ": the unit `" + ref.name() + "` is not in units.yaml", hint));
  }
}
