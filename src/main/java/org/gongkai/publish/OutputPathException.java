package org.gongkai.publish;

/** An output path that would leave the output folder. */
public final class OutputPathException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public OutputPathException(String message) {
    super(message);
  }
}
