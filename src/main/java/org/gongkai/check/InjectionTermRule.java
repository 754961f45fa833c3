package org.gongkai.check;

import java.util.Locale;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

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
  public Text description() {
    return Text.of("rule.injection-term");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#spamTerms", "site.yaml#extraSpamTerms");
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
            Text.of("check.injection", text.field(), matched), Text.of("check.injection-hint")));
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
