package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
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
  public Text description() {
    return Text.of("rule.topic");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#topics");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Topics topics = context.site().config().topics();
    for (Document doc : context.site().documents()) {
      String topic = doc.meta().topic();
      if (topic == null || topics.resolve(topic).isPresent()) {
        continue;
      }
      Text hint = Spelling.nearest(topic, topics.all())
          .map(n -> Text.of("common.did-you-mean", n))
          .orElse(Text.of("check.topic-hint"));
      problems.accept(Problem.error(doc.source().at("topic"), id(),
          Text.of("check.topic", topic), hint));
    }
  }
}
