package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.index.ForgedDate;
import org.gongkai.index.LedgerEntry;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * A publication date earlier than the day the document's index number was issued ({@link
 * ForgedDate}, 伪造发布日期). This rule judges the numbers the ledger has issued; a document that
 * is about to get a number (none yet, a hand-written one not in the ledger, one to renumber) is
 * judged by the same test when the number is planned ({@code IndexAssigner}), in a check as in an
 * assignment or a build.
 */
final class ForgedDateRule implements Rule {

  @Override
  public String id() {
    return ForgedDate.RULE;
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号: 伪造发布日期 单项否决";
  }

  @Override
  public Text description() {
    return Text.of("rule.date-forged");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      String index = doc.meta().index();
      LedgerEntry entry = index == null ? null : context.ledger().get(index);
      if (entry == null || !entry.path().equals(doc.source().path())) {
        continue;
      }
      ForgedDate.check(doc, entry.assigned(), entry.imported(), index).ifPresent(problems);
    }
  }
}
