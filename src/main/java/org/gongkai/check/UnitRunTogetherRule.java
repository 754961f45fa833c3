package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;

/**
 * Unit names that ran together without separators (as in seed 004,
 * {@code 交通运输局建设局财政局}): a name that is not in units.yaml but splits exactly into names
 * that are.
 */
final class UnitRunTogetherRule extends UnitRule {

  @Override
  public String id() {
    return "unit-run-together";
  }

  @Override
  public String source() {
    return "content model: units.yaml (seed 004 shows names run together)";
  }

  @Override
  public Text description() {
    return Text.of("rule.unit-run-together");
  }

  @Override
  void checkUnknown(CheckContext context, Task task, UnitRef ref, Consumer<Problem> problems) {
    split(ref.name(), context.units()).ifPresent(parts -> problems.accept(
        Problem.warning(ref.location(), id(),
            Text.of("check.unit-run-together", task.seq(), ref.name(), Text.list(parts)),
            Text.of("check.unit-run-together-hint", ref.mark() + String.join(", ", parts)))));
  }

  /** The known names that make up {@code name} exactly (at least two), if there are such. */
  static Optional<List<String>> split(String name, UnitDirectory units) {
    return units.splitRunTogether(name);
  }
}
