package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

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
  public String description() {
    return "every document has a 发布机构 (its own publisher or site.yaml's)";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    if (!context.site().config().publisher().isBlank()) {
      return;
    }
    for (Document doc : context.site().documents()) {
      String publisher = doc.meta().publisher();
      if (publisher == null || publisher.isBlank()) {
        problems.accept(Problem.error(doc.source().at("publisher"), id(), "the document has"
            + " no 发布机构 and site.yaml gives no default", "add `publisher: …` to the document"
            + " or to site.yaml"));
      }
    }
  }
}
