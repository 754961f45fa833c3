package org.gongkai.check;

import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/** One content check. */
public interface Rule {

  /** The stable id printed with every problem it finds, e.g. {@code unit-unknown}. */
  String id();

  /** One line for reports (their rule lists and "By rule"): what it finds. */
  Text description();

  /** The standard, regulation or article the rule comes from. */
  String source();

  /**
   * The settings the rule judges by ({@code site.yaml#topics}, {@code units.yaml}; see {@link
   * org.gongkai.model.Site#unread}): when one of them could not be read, its error is reported and
   * the rule does not run, rather than judge by the default standing in for it.
   */
  default Set<String> reads() {
    return Set.of();
  }

  void check(CheckContext context, Consumer<Problem> problems);
}
