package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Topics;
import org.gongkai.source.Spelling;

/** A document's 主题分类 must be one of the site's topics. */
final class TopicRule implements Rule {

  @Override
  public String id() {
    return "topic";
  }

  @Override
  public String source() {
    return "国务院政策文件库 主题分类 (topics.yaml)";
  }

  @Override
  public String description() {
    return "主题分类 is in the site's list (default: the State Council subject categories)";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Topics topics = context.site().config().topics();
    for (Document doc : context.site().documents()) {
      String topic = doc.meta().topic();
      if (topic == null || topics.resolve(topic).isPresent()) {
        continue;
      }
      String hint = Spelling.nearest(topic, topics.all())
          .map(n -> "did you mean `" + n + "`?")
          .orElse("write 一级/二级 from the list, e.g. 综合政务/政务公开 (site.yaml may replace the"
              + " list with its own `topics`)");
      problems.accept(Problem.error(doc.source().at("topic"), id(), "主题分类 `" + topic
          + "` is not in the site's list", hint));
    }
  }
}
