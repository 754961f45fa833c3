package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Zero-width and bidirectional control characters in published text: invisible on the page, they
 * hide or reorder text (spliced spam, links that read otherwise than they go; Unicode TR36).
 */
final class HiddenCharacterRule extends TextRule {

  @Override
  public String id() {
    return "hidden-char";
  }

  @Override
  public String source() {
    return "Unicode Technical Report #36 (invisible and bidirectional characters); 国办秘函〔2019〕19号";
  }

  @Override
  public Text description() {
    return Text.of("rule.hidden-char");
  }

  static boolean hidden(int c) {
    return c >= 0x200B && c <= 0x200F || c >= 0x202A && c <= 0x202E
        || c >= 0x2060 && c <= 0x2064 || c >= 0x2066 && c <= 0x2069 || c == 0xFEFF
        || c == 0x180E || c == 0x061C;
  }

  @Override
  void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems) {
    String value = text.value();
    for (int i = 0; i < value.length(); i = value.offsetByCodePoints(i, 1)) {
      int c = value.codePointAt(i);
      if (hidden(c)) {
        String before = value.substring(Math.max(0, i - 8), i);
        before = before.substring(before.lastIndexOf('\n') + 1);
        Location found = context.locator().find(text.near(),
            before + new String(Character.toChars(c)));
        Location at = found.equals(text.near()) ? found
            : new Location(found.path(), found.line(),
                found.column() + before.codePointCount(0, before.length()));
        problems.accept(Problem.error(at, id(), Text.of("check.hidden-char",
            String.format("U+%04X", c), text.field(), before.strip()),
            Text.of("check.hidden-char-hint")));
      }
    }
  }
}
