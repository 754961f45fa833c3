package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

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
  public String description() {
    return "a document's 索引号 fits site.yaml's indexPattern";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    context.indexPattern().ifPresent(pattern -> {
      String example = pattern.example(context.site().config().organCode());
      for (Document doc : context.site().documents()) {
        String index = doc.meta().index();
        if (index != null && !pattern.matches(index)) {
          problems.accept(Problem.error(doc.source().at("index"), id(), "索引号 `" + index
              + "` does not fit the pattern " + pattern.source(), "e.g. " + example
              + "; or remove the line and run `gongkai index assign` to get a number"));
        }
      }
    });
  }
}
