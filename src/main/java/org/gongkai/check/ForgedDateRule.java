package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.index.LedgerEntry;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/**
 * A publication date earlier than the day the document's index number was first issued: the
 * document was published after the date it shows, a forged publication date (伪造发布日期, a veto
 * item of the national inspection, 国办秘函〔2019〕19号). Documents the ledger marks as imported
 * from an older site keep their old dates.
 */
final class ForgedDateRule implements Rule {

  @Override
  public String id() {
    return "date-forged";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号: 伪造发布日期 单项否决";
  }

  @Override
  public String description() {
    return "发布日期 earlier than the day the index number was issued (forged publication date)";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      String index = doc.meta().index();
      LedgerEntry entry = index == null ? null : context.ledger().get(index);
      if (entry == null || entry.imported() || doc.meta().published() == null
          || !entry.path().equals(doc.source().path())) {
        continue;
      }
      if (doc.meta().published().date().isBefore(entry.assigned())) {
        problems.accept(Problem.error(doc.source().at("published"), id(), "发布日期 "
            + doc.meta().published() + " is before " + entry.assigned() + ", the day its"
            + " 索引号 " + index + " was issued: the page would show a date on which it was not"
            + " published", "use the real publication date; if the document was published"
            + " earlier on an older site, mark it: gongkai index assign --import "
            + doc.source().path()));
      }
    }
  }
}
