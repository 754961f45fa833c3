package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/** A document's 索引号 must fit the site's {@code indexPattern}. */
final class IndexFormatRule implements Rule {

  @Override
  public String id() {
    return "index-format";
  }

  @Override
  public String source() {
    return "政府信息公开目录系统实施指引（试行）; site.yaml indexPattern";
  }

  @Override
  public Text description() {
    return Text.of("rule.index-format");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#indexPattern");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    context.indexPattern().ifPresent(pattern -> {
      String example = pattern.example(context.site().config().organCode());
      for (Document doc : context.site().documents()) {
        String index = doc.meta().index();
        if (index != null && !pattern.matches(index)) {
          problems.accept(Problem.error(doc.source().at("index"), id(),
              Text.of("check.index-format", index, pattern.source()),
              Text.of("check.index-format-hint", example)));
        }
      }
    });
  }
}
