package org.gongkai.check;

import java.util.Locale;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/**
 * Gambling, casino and lottery-spam terms in published text: hacked or injected content left
 * unhandled fails a site outright (检查指标, 国办秘函〔2019〕19号). The list is built in
 * (spam-terms.txt) and a site may replace or extend it in site.yaml.
 */
final class InjectionTermRule implements Rule {

  @Override
  public String id() {
    return "injection-term";
  }

  @Override
  public String description() {
    return "gambling, casino and lottery-spam terms (injected content) in published text";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    var terms = context.site().config().checks().spamTerms();
    for (Document doc : context.site().documents()) {
      if (!doc.meta().isPublicAt(context.now())) {
        continue;
      }
      for (DocumentTexts.Text text : DocumentTexts.of(doc)) {
        String lower = text.value().toLowerCase(Locale.ROOT);
        for (String term : terms) {
          int at = lower.indexOf(term.toLowerCase(Locale.ROOT));
          if (at >= 0) {
            String matched = text.value().substring(at, at + term.length());
            problems.accept(Problem.error(context.locator().find(text.near(), matched), id(),
                "injected content? the " + text.field() + " contains `" + matched + "`",
                "text that reaches the web team through several hands can carry spam; remove"
                    + " it, or list the word in site.yaml's spamTerms if it is legitimate here"));
          }
        }
      }
    }
  }
}
