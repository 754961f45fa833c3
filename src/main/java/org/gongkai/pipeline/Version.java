package org.gongkai.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** This gongkai's version (from the jar), which fixes the bundled theme and the parser. */
public final class Version {

  private static final String VERSION = read();

  private Version() {}

  /** e.g. {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("/org/gongkai/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }
}
