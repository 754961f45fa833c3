package org.gongkai.check;

import java.util.List;
import java.util.function.Consumer;
import org.gongkai.model.Problem;

/** The registry: every content rule, in the order they run. */
public final class Rules {

  private Rules() {}

  public static final List<Rule> ALL = List.of(
      new IndexPatternRule(),
      new OrganCodeRule(),
      new IndexFormatRule(),
      new TopicRule(),
      new PublisherRule(),
      new UnitUnknownRule());

  /** Runs every rule. */
  public static void runAll(CheckContext context, Consumer<Problem> problems) {
    for (Rule rule : ALL) {
      rule.check(context, problems);
    }
  }
}
