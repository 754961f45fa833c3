package org.gongkai.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The output path a request names, read strictly: percent-escapes decoded once, as UTF-8 that
 * must be valid (an overlong form such as {@code %C0%AE} is not), and then refused when a segment
 * is {@code .} or {@code ..}, empty, or when the path holds a backslash, a NUL or another control
 * character. Only a path that names an output file exactly is served, so nothing outside the
 * preview's files can be reached whatever the request says.
 */
final class RequestPath {

  private RequestPath() {}

  /**
   * The output path of a raw request path under the site's root path ({@code /} or the path of
   * the site's base URL): {@code a/b.html}, or {@code a/} for a folder; empty when the request is
   * outside the site or names no possible file.
   */
  static Optional<String> of(String rawPath, String root) {
    if (rawPath == null || !rawPath.startsWith(root)) {
      return Optional.empty();
    }
    Optional<String> decoded = decode(rawPath.substring(root.length()));
    if (decoded.isEmpty()) {
      return Optional.empty();
    }
    String path = decoded.get();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return Optional.empty();
      }
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      boolean last = i == segments.length - 1;
      if (s.equals(".") || s.equals("..") || s.isEmpty() && !last && !(i == 0
          && segments.length == 1)) {
        return Optional.empty();
      }
    }
    return Optional.of(path);
  }

  /** Decodes percent-escapes once; empty when one is broken or the bytes are not UTF-8. */
  static Optional<String> decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else if (c > 0xff) {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      } else {
        // the server reads the request line's bytes one char each: they are UTF-8 bytes
        bytes.write(c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
