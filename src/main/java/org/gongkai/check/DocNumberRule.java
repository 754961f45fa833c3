package org.gongkai.check;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * 发文字号 as GB/T 9704-2012 (7.2.4) writes it: 机关代字, the year in full in hexagonal brackets
 * 〔〕, the number without leading zeros and without 第, and 号: {@code 诸政办发〔2023〕2号}.
 */
final class DocNumberRule implements Rule {

  private static final Pattern RIGHT = Pattern.compile("(\\S+?)〔(\\d{4})〕([1-9]\\d*)号");
  private static final Pattern LOOSE = Pattern.compile(
      "(\\S+?)\\s*[〔\\[［(（【{｛〖]\\s*(\\d{2}|\\d{4})\\s*[〕\\]］)）】}｝〗]\\s*第?\\s*0*(\\d+)\\s*号?");

  @Override
  public String id() {
    return "doc-number";
  }

  @Override
  public String source() {
    return "GB/T 9704-2012 党政机关公文格式, 7.2.4 发文字号";
  }

  @Override
  public Text description() {
    return Text.of("rule.doc-number");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      String number = doc.meta().docNumber();
      if (number == null || RIGHT.matcher(number.strip()).matches()) {
        continue;
      }
      Optional<String> fixed = corrected(number);
      problems.accept(Problem.error(doc.source().at("docNumber"), id(),
          Text.of("check.doc-number", number),
          fixed.map(f -> Text.of("check.doc-number-fix", f))
              .orElse(Text.of("check.doc-number-example"))));
    }
  }

  /** The number in the standard form, when it is recognisably one. */
  static Optional<String> corrected(String written) {
    Matcher m = LOOSE.matcher(written.strip());
    if (!m.matches() || m.group(2).length() != 4 || m.group(3).matches("0+")) {
      return Optional.empty(); // a two-digit year or a zero cannot be corrected by guessing
    }
    return Optional.of(m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号");
  }
}
