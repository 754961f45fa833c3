package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.index.OrganCode;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;

/**
 * An 18-character organ code (统一社会信用代码) must end in its GB 32100-2015 check character.
 */
final class OrganCodeRule implements Rule {

  @Override
  public String id() {
    return "organ-code";
  }

  @Override
  public String source() {
    return "GB 32100-2015 法人和其他组织统一社会信用代码编码规则";
  }

  @Override
  public Text description() {
    return Text.of("rule.organ-code");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    String siteCode = context.site().config().organCode();
    verify(siteCode, context.site().config().at("organCode"), problems);
    for (Unit unit : context.site().units()) {
      verify(unit.organCode(), unit.location(), problems);
    }
  }

  private void verify(String code, Location at, Consumer<Problem> problems) {
    if (!OrganCode.isCreditCode(code) || OrganCode.isValidCreditCode(code)) {
      return;
    }
    Text message = OrganCode.expectedCheck(code)
        .map(c -> Text.of("check.organ-code", code, String.valueOf(c),
            String.valueOf(code.charAt(17))))
        .orElse(Text.of("check.organ-code-alphabet", code));
    problems.accept(Problem.error(at, id(), message, Text.of("check.organ-code-hint")));
  }
}
