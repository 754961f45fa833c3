package org.gongkai.index;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * The forged-publication-date rule (伪造发布日期, a veto item of the national inspection,
 * 国办秘函〔2019〕19号) as one function, for every run that decides it: the check of numbers
 * already issued (the ledger's day) and a run about to issue one (today's). A document's 发布日期
 * may not precede the day its index number was first issued, unless it came with its number from
 * an older site (imported).
 */
public final class ForgedDate {

  public static final String RULE = "date-forged";

  private ForgedDate() {}

  /**
   * The problem, if the document's publication date is earlier than the day its number was (or
   * is about to be) issued.
   *
   * @param index the number issued, or null for one this run would issue
   * @param issued the day the number was issued (today, for one this run would issue)
   * @param imported whether the number came from an older site
   */
  public static Optional<Problem> check(
      Document doc, String index, LocalDate issued, boolean imported) {
    if (imported || doc.meta().published() == null
        || !doc.meta().published().date().isBefore(issued)) {
      return Optional.empty();
    }
    Text message = index == null
        ? Text.of("check.date-forged-new", doc.meta().published().toString(), issued.toString())
        : Text.of("check.date-forged", doc.meta().published().toString(), issued.toString(),
            index);
    return Optional.of(Problem.error(doc.source().at("published"), RULE, message,
        Text.of("check.date-forged-hint", doc.source().path())));
  }
}
