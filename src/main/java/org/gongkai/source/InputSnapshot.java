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
    SiteFolder site = SiteFolder.of(siteDir);
    for (String name : FILES) {
      add(key, site, siteDir.resolve(name));
    }
    for (String name : FOLDERS) {
      Path folder = siteDir.resolve(name);
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          for (Path file : walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .sorted().toList()) {
            add(key, site, file);
          }
        }
      }
    }
    return key.toString();
  }

  /**
   * A file by name and bytes; a link by name and target, and by the bytes it leads to when they
   * are inside the site (the only ones a build reads), so that retargeting it is a change.
   */
  private static void add(ContentKey key, SiteFolder site, Path file) throws IOException {
    String name = site.dir().relativize(file).toString();
    if (Files.isSymbolicLink(file)) {
      key.add(name).add("-> " + Files.readSymbolicLink(file));
      if (Files.isRegularFile(file) && site.inside(file)) {
        key.add(Files.readAllBytes(file));
      }
    } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      key.add(name).add(Files.readAllBytes(file));
    }
  }
}
