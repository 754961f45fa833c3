package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

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
  public String description() {
    return "documents scheduled for later (a future 发布日期): listed, not published";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      var m = doc.meta();
      if (m.published() != null && m.published().value().isAfter(context.now()) && !m.draft()
          && m.disclosure() == Disclosure.ACTIVE) {
        problems.accept(Problem.note(doc.source().at("published"), id(), "scheduled for "
            + m.published() + ": not published before then", ""));
      }
    }
  }
}
