package org.gongkai.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.IoText;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Reads text files as strict UTF-8: a byte sequence that is not UTF-8 is an error at its line and
 * column, never a silent replacement character. A leading byte-order mark is dropped.
 */
public final class Utf8Text {

  private Utf8Text() {}

  /**
   * The file's text, or empty after reporting why it could not be read (a file larger than
   * {@link InputLimits#FILE_BYTES} is not read).
   */
  public static Optional<String> read(Path file, String displayPath, Consumer<Problem> problems) {
    return read(file, displayPath, InputLimits.FILE_BYTES, problems);
  }

  /** The file's text if it has at most {@code maxBytes}, or empty after reporting why not. */
  public static Optional<String> read(
      Path file, String displayPath, long maxBytes, Consumer<Problem> problems) {
    byte[] bytes;
    try {
      if (!InputLimits.fileSize(Files.size(file), maxBytes, displayPath, problems)) {
        return Optional.empty();
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.accept(Problem.error(Location.of(displayPath), "file-unreadable",
          Text.of("source.unreadable", IoText.of(e)), Text.of("source.unreadable-hint")));
      return Optional.empty();
    }
    return decode(bytes, displayPath, problems);
  }

  /** Decodes bytes, reporting the first invalid sequence with its position. */
  public static Optional<String> decode(byte[] bytes, String displayPath, Consumer<Problem> problems) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      problems.accept(Problem.error(position(bytes, bad, displayPath), "encoding",
          Text.of("source.encoding", String.format("0x%02X", bytes[bad] & 0xff), bad),
          Text.of("source.encoding-hint")));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static Location position(byte[] bytes, int offset, String displayPath) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    try {
      column = StandardCharsets.UTF_8.newDecoder()
          .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).length() + 1;
    } catch (CharacterCodingException e) {
      column = offset - lineStart + 1;
    }
    return new Location(displayPath, line, column);
  }
}
