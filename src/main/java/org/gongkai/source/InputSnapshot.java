package org.gongkai.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.ContentKey;

/**
 * A fingerprint of every file a build reads (site.yaml, units.yaml, the ledger, content/,
 * static/ and templates/, by name and content), so that a rebuild can tell that nothing changed
 * without parsing anything.
 */
public final class InputSnapshot {

  private static final List<String> FILES = List.of("site.yaml", "units.yaml",
      "index-ledger.yaml");
  /** The folders of the site that a build reads; no output may be written inside them. */
  public static final List<String> FOLDERS = List.of("content", "static", "templates");

  private InputSnapshot() {}

  /**
   * The fingerprint of the site's inputs, and of {@code extra} (what else decides the output:
   * gongkai's version, the options, the day).
   */
  public static String key(Path siteDir, List<String> extra) throws IOException {
    ContentKey key = new ContentKey();
    extra.forEach(key::add);
    for (String name : FILES) {
      add(key, siteDir, siteDir.resolve(name));
    }
    for (String name : FOLDERS) {
      Path folder = siteDir.resolve(name);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          for (Path file : walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
              .sorted().toList()) {
            add(key, siteDir, file);
          }
        }
      }
    }
    return key.toString();
  }

  private static void add(ContentKey key, Path siteDir, Path file) throws IOException {
    if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      key.add(siteDir.relativize(file).toString()).add(Files.readAllBytes(file));
    }
  }
}
