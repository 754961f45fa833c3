package org.gongkai.check;

import java.util.Objects;
import org.gongkai.model.Text;

/**
 * What a report says about a rule: its id, one line of what it finds, and the standard or article
 * it comes from.
 *
 * @param id the rule id that problems carry, e.g. {@code organ-code}
 * @param title one line: what the rule finds; empty if not known
 * @param source the standard, regulation or article the rule comes from; empty if none
 */
public record RuleInfo(String id, Text title, String source) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a rule id must not be blank");
    }
    title = title == null ? Text.NONE : title;
    source = source == null ? "" : source;
  }

  /** A rule known only by its id (a problem from a stage, not from a registered rule). */
  static RuleInfo unlisted(String id) {
    return new RuleInfo(id, Text.NONE, "");
  }

  /** The title, or the id when there is no title. */
  Text titleOrId() {
    return title.isEmpty() ? Text.literal(id) : title;
  }
}
