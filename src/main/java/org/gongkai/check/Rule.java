package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Problem;

/** One content check. */
public interface Rule {

  /** The stable id printed with every problem it finds, e.g. {@code unit-unknown}. */
  String id();

  /** One line for docs/checks.md and {@code --help}: what it finds and where the rule comes from. */
  String description();

  /** The standard, regulation or article the rule comes from. */
  String source();

  void check(CheckContext context, Consumer<Problem> problems);
}
