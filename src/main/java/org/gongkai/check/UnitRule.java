package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.UnitRef;

/** A rule about the units named in tasks that units.yaml does not know. */
abstract class UnitRule implements Rule {

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("units.yaml");
  }

  /** Checks one unit name that is neither a unit nor an alias in units.yaml. */
  abstract void checkUnknown(
      CheckContext context, Task task, UnitRef ref, Consumer<Problem> problems);

  @Override
  public final void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      if (doc instanceof TaskList list) {
        for (Task task : list.tasks()) {
          for (UnitRef ref : task.units()) {
            if (context.units().find(ref.name()).isEmpty()) {
              checkUnknown(context, task, ref, problems);
            }
          }
        }
      }
    }
  }
}
