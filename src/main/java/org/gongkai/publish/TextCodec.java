package org.gongkai.publish;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Text;

/**
 * A {@link Text} as one string and back, for the build cache: its key and its arguments (texts
 * from the site, numbers of their own type, nested texts), each with its length, so that any
 * character may appear in them. A text read back is equal to the one written.
 */
final class TextCodec {

  private TextCodec() {}

  static String encode(Text text) {
    StringBuilder out = new StringBuilder();
    write(text, out);
    return out.toString();
  }

  /**
   * @throws IllegalArgumentException when the string is not one {@link #encode} wrote (the cache
   *     is then not used)
   */
  static Text decode(String encoded) {
    int[] at = {0};
    Text text = readText(encoded, at);
    if (at[0] != encoded.length()) {
      throw new IllegalArgumentException("trailing characters in a cached text");
    }
    return text;
  }

  private static void write(Text text, StringBuilder out) {
    string(text.key(), out);
    out.append(text.args().size()).append(':');
    for (Object arg : text.args()) {
      if (arg instanceof Text t) {
        out.append('T');
        write(t, out);
      } else if (arg instanceof Integer i) {
        out.append('i').append(i).append(';');
      } else if (arg instanceof Long l) {
        out.append('l').append(l).append(';');
      } else {
        out.append('s');
        string(arg.toString(), out);
      }
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append(s.length()).append(':').append(s);
  }

  private static Text readText(String in, int[] at) {
    String key = readString(in, at);
    int count = readNumber(in, at, ':');
    List<Object> args = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      char kind = in.charAt(at[0]++);
      args.add(switch (kind) {
        case 'T' -> readText(in, at);
        case 'i' -> readNumber(in, at, ';');
        case 'l' -> (long) readLong(in, at);
        case 's' -> readString(in, at);
        default -> throw new IllegalArgumentException("unknown argument kind " + kind);
      });
    }
    return new Text(key, args);
  }

  private static String readString(String in, int[] at) {
    int length = readNumber(in, at, ':');
    String s = in.substring(at[0], at[0] + length);
    at[0] += length;
    return s;
  }

  private static int readNumber(String in, int[] at, char end) {
    return Math.toIntExact(readLong(in, at, end));
  }

  private static long readLong(String in, int[] at) {
    return readLong(in, at, ';');
  }

  private static long readLong(String in, int[] at, char end) {
    int stop = in.indexOf(end, at[0]);
    long n = Long.parseLong(in.substring(at[0], stop));
    at[0] = stop + 1;
    return n;
  }
}
