package org.gongkai.publish;

import org.gongkai.model.Text;
import org.gongkai.model.TextException;

/** An output path that would leave the output folder. */
public final class OutputPathException extends TextException {

  private static final long serialVersionUID = 1L;

  public OutputPathException(Text text) {
    super(text);
  }
}
