package org.gongkai.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;

/**
 * Withheld progress (不予公开) written again in a field that is published: a change note, the
 * description, a keyword, an attachment title, another task, another document. The leak guard
 * cannot tell such a copy from the words of a published document, so the copy is an error here,
 * at the field that would publish it.
 */
final class WithheldElsewhereRule implements Rule {

  @Override
  public String id() {
    return "withheld-elsewhere";
  }

  @Override
  public String source() {
    return "《政府信息公开条例》第十四至十六条";
  }

  @Override
  public Text description() {
    return Text.of("rule.withheld-elsewhere");
  }

  /** A sentence of withheld progress and where it is withheld. */
  private record Withheld(String sentence, String path, int seq) {}

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    List<Withheld> withheld = new ArrayList<>();
    for (Document doc : context.site().documents()) {
      if (doc instanceof TaskList list && doc.meta().isPublicAt(context.now())) {
        for (Task t : list.tasks()) {
          if (t.withheld() != null && t.withheld().hidesProgress() && t.progress() != null) {
            for (String s : OutputChecks.sentences(t.progress())) {
              withheld.add(new Withheld(s, doc.source().path(), t.seq()));
            }
          }
        }
      }
    }
    if (withheld.isEmpty()) {
      return;
    }
    Map<String, Problem> found = new LinkedHashMap<>();
    for (Document doc : context.site().documents()) {
      if (!doc.meta().isPublicAt(context.now())) {
        continue;
      }
      for (DocumentTexts.Text text : DocumentTexts.of(doc)) {
        for (Withheld w : withheld) {
          if (text.value().contains(w.sentence())) {
            Location at = context.locator().find(text.near(), w.sentence());
            found.putIfAbsent(at + "|" + w.path() + "|" + w.seq(), Problem.error(at, id(),
                Text.of("check.withheld-elsewhere", text.field(), w.seq(), w.path(),
                    excerpt(w.sentence())), Text.of("check.withheld-elsewhere-hint")));
          }
        }
      }
    }
    found.values().forEach(problems);
  }

  private static String excerpt(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
