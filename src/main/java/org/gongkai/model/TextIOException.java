package org.gongkai.model;

import java.io.IOException;

/**
 * A file operation gongkai refuses itself (an output folder that holds other files, a site folder
 * that is not empty), worded as a {@link Text}; {@link IoText#of(IOException)} shows it as it is.
 */
public final class TextIOException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Text text;

  public TextIOException(Text text) {
    super(text.in(Lang.EN));
    this.text = text;
  }

  public Text text() {
    return text;
  }
}
