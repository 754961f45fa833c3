package org.gongkai.search;

import java.util.Arrays;

/**
 * The bytes of a binary index file as they are built: unsigned LEB128 varints (seven bits a byte,
 * low bits first, the high bit set on every byte but the last), as {@code search.js} reads them.
 */
final class VarintBuffer {

  private byte[] bytes;
  private int size;

  VarintBuffer(int capacity) {
    bytes = new byte[Math.max(capacity, 8)];
  }

  /** Appends a non-negative number. */
  void add(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative varint " + value);
    }
    ensure(10);
    long v = value;
    while (v >= 0x80) {
      bytes[size++] = (byte) (v & 0x7F | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /** Appends another buffer's bytes. */
  void add(VarintBuffer other) {
    ensure(other.size);
    System.arraycopy(other.bytes, 0, bytes, size, other.size);
    size += other.size;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Copies the bytes into an array at an offset; returns the offset after them. */
  int copyTo(byte[] out, int at) {
    System.arraycopy(bytes, 0, out, at, size);
    return at + size;
  }

  /** Writes one varint into an array at an offset; returns the offset after it. */
  static int write(long value, byte[] out, int at) {
    int i = at;
    long v = value;
    while (v >= 0x80) {
      out[i++] = (byte) (v & 0x7F | 0x80);
      v >>>= 7;
    }
    out[i++] = (byte) v;
    return i;
  }

  /** The number of bytes {@link #add(long)} takes for a value. */
  static int length(long value) {
    int n = 1;
    for (long v = value; v >= 0x80; v >>>= 7) {
      n++;
    }
    return n;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
