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
final class InjectionTermRule extends TextRule {

  @Override
  public String id() {
    return "injection-term";
  }

  @Override
  public String source() {
    return "政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号): 单项否决 — 网站被攻击篡改、挂马";
  }

  @Override
  public String description() {
    return "gambling, casino and lottery-spam terms (injected content) in published text";
  }

  @Override
  void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems) {
    String value = text.value();
    String lower = null;
    for (String term : context.site().config().checks().spamTerms()) {
      int at;
      if (hasLetters(term)) {
        // only terms with Latin letters need a case-blind search, and only in text with letters
        if (lower == null) {
          lower = hasLetters(value) ? value.toLowerCase(Locale.ROOT) : "";
        }
        at = lower.indexOf(term.toLowerCase(Locale.ROOT));
      } else {
        at = value.indexOf(term);
      }
      if (at >= 0) {
        String matched = value.substring(at, at + term.length());
        problems.accept(Problem.error(context.locator().find(text.near(), matched), id(),
            "injected content? the " + text.field() + " contains `" + matched + "`",
            "text that reaches the web team through several hands can carry spam; remove"
                + " it, or list the word in site.yaml's spamTerms if it is legitimate here"));
      }
    }
  }

  private static boolean hasLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return true;
      }
    }
    return false;
  }
}
