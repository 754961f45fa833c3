package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/** Documents whose publication time is still to come are listed, so nobody wonders where they are. */
final class ScheduledRule implements Rule {

  @Override
  public String id() {
    return "scheduled";
  }

  @Override
  public String source() {
    return "content model: a future 发布日期 means scheduled";
  }

  @Override
  public Text description() {
    return Text.of("rule.scheduled");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      var m = doc.meta();
      if (m.published() != null && m.published().value().isAfter(context.now()) && !m.draft()
          && m.disclosure() == Disclosure.ACTIVE) {
        problems.accept(Problem.note(doc.source().at("published"), id(),
            Text.of("check.scheduled", m.published().toString()), Text.NONE));
      }
    }
  }
}
