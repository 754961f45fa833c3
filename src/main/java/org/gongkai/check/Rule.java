package org.gongkai.check;

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

  void check(CheckContext context, Consumer<Problem> problems);
}
