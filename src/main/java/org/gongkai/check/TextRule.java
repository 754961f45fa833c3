package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/**
 * A rule that reads the published texts of documents one at a time. {@link Rules} walks every
 * document's texts once, in parallel, and hands each text to all such rules.
 */
abstract class TextRule implements Rule {

  /**
   * Checks one published text.
   *
   * @param doc the document it is in, or null for a text of the site's settings
   */
  abstract void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems);

  @Override
  public final void check(CheckContext context, Consumer<Problem> problems) {
    for (DocumentTexts.Text text : ConfigTexts.of(context.site())) {
      checkText(context, null, text, problems);
    }
    for (Document doc : context.site().documents()) {
      if (doc.meta().isPublicAt(context.now())) {
        for (DocumentTexts.Text text : DocumentTexts.of(doc)) {
          checkText(context, doc, text, problems);
        }
      }
    }
  }
}
