package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.index.ForgedDate;
import org.gongkai.index.LedgerEntry;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * A publication date earlier than the day the document's index number was first issued: the
 * document was published after the date it shows, a forged publication date (伪造发布日期, a veto
 * item of the national inspection, 国办秘函〔2019〕19号). Documents the ledger marks as imported
 * from an older site keep their old dates. The rule itself is {@link ForgedDate}, which a run that
 * issues numbers applies too.
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
      if (entry != null && entry.path().equals(doc.source().path())) {
        ForgedDate.check(doc, index, entry.assigned(), entry.imported()).ifPresent(problems);
      }
    }
  }
}
