package org.gongkai.model;

/**
 * A short, stable fingerprint of some text (64-bit FNV-1a of its UTF-16 code units, and its
 * length), used to tell whether an input changed since the last build. It is not a security
 * measure: it only decides what needs to be rendered again.
 */
public final class ContentKey {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;

  private final StringBuilder parts = new StringBuilder();
  private long hash = OFFSET;
  private long length;

  /** The key of one text. */
  public static String of(String text) {
    return new ContentKey().add(text).toString();
  }

  /** Adds a part (null counts as a part of its own, not as empty text). */
  public ContentKey add(String text) {
    if (text == null) {
      mix('\u0001');
    } else {
      for (int i = 0; i < text.length(); i++) {
        mix(text.charAt(i));
      }
      length += text.length();
    }
    mix('\u0000');
    return this;
  }

  /** Adds a part given as bytes. */
  public ContentKey add(byte[] bytes) {
    for (byte b : bytes) {
      hash ^= b & 0xff;
      hash *= PRIME;
    }
    length += bytes.length;
    mix('\u0000');
    return this;
  }

  private void mix(char c) {
    hash ^= c;
    hash *= PRIME;
  }

  @Override
  public String toString() {
    return String.format("%016x-%x", hash, length);
  }
}
