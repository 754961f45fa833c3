package org.gongkai.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in list of gambling, casino and lottery-spam terms that hacked government pages are
 * found carrying ({@code spam-terms.txt}). Legitimate words of government work (福利彩票, 体育彩票,
 * 打击赌博) are deliberately not in it.
 */
public final class SpamTerms {

  private static final String RESOURCE = "/org/gongkai/spam-terms.txt";
  private static final List<String> BUILT_IN = load();

  private SpamTerms() {}

  public static List<String> builtIn() {
    return BUILT_IN;
  }

  private static List<String> load() {
    try (InputStream in = SpamTerms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String term = line.strip();
        if (!term.isEmpty() && !term.startsWith("#")) {
          out.add(term);
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
