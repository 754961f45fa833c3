package org.gongkai.check;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/** No two documents may carry one 索引号. */
final class IndexDuplicateRule implements Rule {

  @Override
  public String id() {
    return "index-duplicate";
  }

  @Override
  public String description() {
    return "every 索引号 belongs to one document only";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Map<String, Document> first = new HashMap<>();
    for (Document doc : context.site().documents()) {
      String index = doc.meta().index();
      if (index == null) {
        continue;
      }
      Document other = first.putIfAbsent(index, doc);
      if (other != null) {
        problems.accept(Problem.error(doc.source().at("index"), id(), "索引号 " + index
            + " is also used by " + other.source().path(),
            "an index number identifies one document for ever; remove this line and run"
                + " `gongkai index assign` to give this document its own number"));
      }
    }
  }
}
