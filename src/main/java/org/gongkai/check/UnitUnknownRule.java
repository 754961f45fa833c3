package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.Text;
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
  public Text description() {
    return Text.of("rule.unit-unknown");
  }

  @Override
  void checkUnknown(CheckContext context, Task task, UnitRef ref, Consumer<Problem> problems) {
    if (UnitRunTogetherRule.split(ref.name(), context.units()).isPresent()) {
      return; // the run-together rule names the parts
    }
    Text hint = Spelling.closest(ref.name(), context.units().names())
        .map(n -> Text.of("check.unit-unknown-near", n, ref.name()))
        .orElse(Text.of("check.unit-unknown-none"));
    problems.accept(Problem.warning(ref.location(), id(),
        Text.of("check.unit-unknown", task.seq(), ref.name()), hint));
  }
}
