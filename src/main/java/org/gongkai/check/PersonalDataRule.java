package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Allowance;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Personal data in published text, one rule per kind: resident ID numbers (GB 11643-1999), mobile
 * numbers and bank card numbers (Luhn). 条例 art. 15 forbids disclosing personal privacy; the
 * State Council's 2018 disclosure priorities require de-identification. A document may allow a
 * value on purpose (a public hotline) with {@code allow: [{value, reason}]}; the allowance is
 * listed as a note.
 */
final class PersonalDataRule extends TextRule {

  private final PersonalData.Kind kind;

  PersonalDataRule(PersonalData.Kind kind) {
    this.kind = kind;
  }

  @Override
  public String id() {
    return kind.ruleId;
  }

  @Override
  public String source() {
    return switch (kind) {
      case ID -> "GB 11643-1999 公民身份号码; 《政府信息公开条例》第十五条; 国办 2018 政务公开工作要点 (去标识化)";
      case MOBILE -> "《政府信息公开条例》第十五条 (personal privacy); 《个人信息保护法》";
      case BANK_CARD -> "ISO/IEC 7812 (Luhn check); 《政府信息公开条例》第十五条";
    };
  }

  @Override
  public Text description() {
    return switch (kind) {
      case ID -> Text.of("rule.personal-id");
      case MOBILE -> Text.of("rule.personal-mobile");
      case BANK_CARD -> Text.of("rule.personal-bankcard");
    };
  }

  @Override
  void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems) {
    for (PersonalData.Finding f : PersonalData.find(text.value(), context.now().toLocalDate())) {
      if (f.kind() != kind) {
        continue;
      }
      Location at = context.locator().find(text.near(), f.value());
      Allowance allowed = allowance(doc, f.value());
      if (allowed != null) {
        problems.accept(Problem.note(at, id(), Text.of("check.personal-allowed", kind.label,
            f.value(), text.field(), allowed.reason()), Text.NONE));
      } else {
        problems.accept(Problem.error(at, id(), Text.of("check.personal", kind.label,
            text.field(), f.value()), Text.of("check.personal-hint", f.masked())));
      }
    }
  }

  /** The document's allowance of a value; the site's settings allow nothing. */
  private static Allowance allowance(Document doc, String value) {
    if (doc == null) {
      return null;
    }
    String wanted = PersonalData.normalized(value);
    return doc.meta().allow().stream()
        .filter(a -> PersonalData.normalized(a.value()).equals(wanted))
        .findFirst().orElse(null);
  }
}
