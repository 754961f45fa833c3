package org.gongkai.index;

import java.time.LocalDate;
import java.util.Optional;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * 伪造发布日期 (a forged publication date, a veto item of the national inspection, 国办秘函〔2019〕19号):
 * a document showing a 发布日期 earlier than the day its index number was issued was published
 * after the date it shows. The number is issued the day the document is first published (or
 * numbered), so this is the one test of it, shared by {@code gongkai check} (its rule {@code
 * date-forged}), {@code gongkai index assign} (which refuses to issue such a number) and every
 * build: all three say the same thing about the same document, before any number is written.
 *
 * <p>A document imported from an older site keeps its old dates: its ledger entry is marked
 * {@code imported} (the first assignment on a site without a ledger, or {@code gongkai index
 * assign --import PATH}).
 */
public final class ForgedDate {

  /** The rule id of every finding. */
  public static final String RULE = "date-forged";

  private ForgedDate() {}

  /**
   * The finding for a document, if its date is forged.
   *
   * @param doc the document
   * @param issued the day its number was issued (the ledger's {@code assigned}), or today for a
   *     document about to get one
   * @param imported whether the document comes from an older site with its dates
   * @param index its number, or null when it is about to get one
   */
  public static Optional<Problem> check(
      Document doc, LocalDate issued, boolean imported, String index) {
    if (imported || doc.meta().published() == null
        || !doc.meta().published().date().isBefore(issued)) {
      return Optional.empty();
    }
    String published = doc.meta().published().toString();
    String path = doc.source().path();
    return Optional.of(index == null
        ? Problem.error(doc.source().at("published"), RULE,
            Text.of("index.date-forged-new", published, issued.toString()),
            Text.of("index.date-forged-new-hint", issued.toString(), path))
        : Problem.error(doc.source().at("published"), RULE,
            Text.of("index.date-forged", published, issued.toString(), index),
            Text.of("index.date-forged-hint", path)));
  }
}
