package org.gongkai.model;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in gongkai's words and with the path, for a message:
 * the JDK's own wording ({@code NoSuchFileException: /a/b}, {@code No space left on device}) means
 * little to a web team. The common cases each have a sentence; for the rare others the system's
 * own reason is quoted inside one.
 */
public final class IoText {

  private IoText() {}

  /** The failure as a text naming the file. */
  public static Text of(IOException e) {
    if (e instanceof TextIOException t) {
      return t.text();
    }
    if (e instanceof CharacterCodingException) {
      return Text.of("common.io.encoding");
    }
    if (!(e instanceof FileSystemException f)) {
      // a write that fills the disk fails with a plain IOException, without a path
      if (reason(e.getMessage()).toLowerCase(Locale.ROOT).contains("no space left")
          || reason(e.getMessage()).toLowerCase(Locale.ROOT).contains("not enough space")) {
        return Text.of("common.io.disk-full-any");
      }
      return Text.of("common.io.failed", Text.literal(reason(e.getMessage())));
    }
    String path = f.getFile() == null ? "" : f.getFile();
    String reason = f.getReason() == null ? "" : f.getReason().toLowerCase(Locale.ROOT);
    if (e instanceof NoSuchFileException) {
      return Text.of("common.io.no-such-file", path);
    }
    if (e instanceof AccessDeniedException || reason.contains("permission denied")
        || reason.contains("operation not permitted")) {
      return Text.of("common.io.access-denied", path);
    }
    if (e instanceof FileAlreadyExistsException) {
      return Text.of("common.io.exists", path);
    }
    if (e instanceof DirectoryNotEmptyException) {
      return Text.of("common.io.not-empty", path);
    }
    if (e instanceof NotDirectoryException || reason.contains("not a directory")) {
      return Text.of("common.io.not-a-folder", path);
    }
    if (e instanceof FileSystemLoopException) {
      return Text.of("common.io.loop", path);
    }
    if (reason.contains("no space left") || reason.contains("not enough space")) {
      return Text.of("common.io.disk-full", path);
    }
    if (reason.contains("read-only file system")) {
      return Text.of("common.io.read-only", path);
    }
    if (reason.contains("is a directory")) {
      return Text.of("common.io.is-a-folder", path);
    }
    if (reason.contains("file name too long")) {
      return Text.of("common.io.name-too-long", path);
    }
    return Text.of("common.io.failed-at", path, Text.literal(reason(f.getReason())));
  }

  private static String reason(String message) {
    return message == null || message.isBlank() ? "?" : message.strip();
  }
}
