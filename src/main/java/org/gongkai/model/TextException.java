package org.gongkai.model;

/**
 * A value gongkai refuses (an index pattern, a report format, a language, an output path), with
 * what is wrong and what to do as {@link Text}s, so that each adapter shows it in its language.
 * {@link #getMessage()} is the English wording, for stack traces and logs of developers; a user
 * sees {@link #text()} and {@link #hint()}.
 */
public class TextException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Text text;
  private final transient Text hint;

  public TextException(Text text, Text hint) {
    super(text.in(Lang.EN));
    this.text = text;
    this.hint = hint == null ? Text.NONE : hint;
  }

  public TextException(Text text) {
    this(text, Text.NONE);
  }

  /** What is wrong. */
  public Text text() {
    return text;
  }

  /** What to do about it, or {@link Text#NONE}. */
  public Text hint() {
    return hint;
  }
}
