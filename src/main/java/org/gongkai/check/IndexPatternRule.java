package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.index.IndexPattern;
import org.gongkai.model.Problem;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;

/** site.yaml's {@code indexPattern} must be a valid pattern. */
final class IndexPatternRule implements Rule {

  @Override
  public String id() {
    return "index-pattern";
  }

  @Override
  public String source() {
    return "政府信息公开目录系统实施指引（试行）: 索引号 前段码/后段码";
  }

  @Override
  public Text description() {
    return Text.of("rule.index-pattern");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    SiteConfig config = context.site().config();
    try {
      IndexPattern.compile(config.indexPattern());
    } catch (TextException e) {
      problems.accept(Problem.error(config.at("indexPattern"), id(),
          Text.of("check.index-pattern", config.indexPattern(), e.text()),
          Text.of("check.index-pattern-hint", SiteConfig.DEFAULT_INDEX_PATTERN)));
    }
  }
}
