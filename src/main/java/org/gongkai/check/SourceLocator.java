package org.gongkai.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.model.Location;

/**
 * Points a finding at the exact line and column of the matched text in its source file: the text
 * is searched from the line of the field it was found in. Files are read only when something is
 * found.
 */
public final class SourceLocator {

  private final Path siteDir;
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  public SourceLocator(Path siteDir) {
    this.siteDir = siteDir;
  }

  /** Where {@code match} is, at or after {@code near}'s line; {@code near} if not found. */
  public Location find(Location near, String match) {
    if (siteDir == null || match.isEmpty()) {
      return near;
    }
    String text = texts.computeIfAbsent(near.path(), this::read);
    int from = lineStart(text, Math.max(1, near.line()));
    int at = text.indexOf(match, from);
    if (at < 0) {
      at = text.indexOf(match);
    }
    if (at < 0) {
      return near;
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(near.path(), line, text.codePointCount(lineStart, at) + 1);
  }

  private String read(String path) {
    try {
      return Files.readString(siteDir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private static int lineStart(String text, int line) {
    int pos = 0;
    for (int l = 1; l < line && pos >= 0; l++) {
      pos = text.indexOf('\n', pos);
      if (pos >= 0) {
        pos++;
      }
    }
    return Math.max(0, pos);
  }
}
