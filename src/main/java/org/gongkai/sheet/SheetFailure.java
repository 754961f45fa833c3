package org.gongkai.sheet;

import org.gongkai.model.Text;

/**
 * A workbook (or one of its sheets) that cannot be read, said in gongkai's words: the rule id,
 * message and hint of the problem it becomes, at the file or sheet that failed.
 */
final class SheetFailure extends Exception {

  private static final long serialVersionUID = 1L;

  final String ruleId;
  final transient Text message;
  final transient Text hint;

  SheetFailure(String ruleId, Text message, Text hint) {
    super(ruleId, null, false, false);
    this.ruleId = ruleId;
    this.message = message;
    this.hint = hint;
  }
}
