package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/** Every document needs a 发布机构, its own or the site's. */
final class PublisherRule implements Rule {

  @Override
  public String id() {
    return "publisher-missing";
  }

  @Override
  public String source() {
    return "政府信息公开目录: every document names its 发布机构";
  }

  @Override
  public Text description() {
    return Text.of("rule.publisher-missing");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#publisher");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    if (!context.site().config().publisher().isBlank()) {
      return;
    }
    for (Document doc : context.site().documents()) {
      String publisher = doc.meta().publisher();
      if (publisher == null || publisher.isBlank()) {
        problems.accept(Problem.error(doc.source().at("publisher"), id(),
            Text.of("check.publisher"), Text.of("check.publisher-hint")));
      }
    }
  }
}
