package org.gongkai.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.model.ContentKey;

/**
 * A fingerprint of every file a build reads (site.yaml, units.yaml, the ledger, content/,
 * static/ and templates/), so that a rebuild can tell that nothing changed without parsing or
 * even reading anything: each file counts by its name, size and modification time, as make and
 * git count them. A file modified in the last moments counts by its content too: another save
 * within the same tick of the clock would leave its size and time as they were, so its
 * fingerprint then differs from any taken later, and the build after it runs in full.
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
   * A file by name, size and modification time (and bytes, when just modified); a link by name
   * and target, and by the bytes it leads to when they are inside the site (the only ones a build
   * reads), so that retargeting it is a change.
   */
  private static void add(ContentKey key, SiteFolder site, Path file) throws IOException {
    BasicFileAttributes attrs;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (java.nio.file.NoSuchFileException e) {
      return;
    }
    String name = site.dir().relativize(file).toString();
    if (attrs.isSymbolicLink()) {
      key.add(name).add("-> " + Files.readSymbolicLink(file));
      if (Files.isRegularFile(file) && site.inside(file)) {
        key.add(Files.readAllBytes(file));
      }
    } else if (attrs.isRegularFile()) {
      long modified = attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      key.add(name).add(attrs.size() + "@" + modified);
      if (System.currentTimeMillis() - attrs.lastModifiedTime().toMillis() < RACY_MILLIS) {
        key.add(Files.readAllBytes(file));
      }
    }
  }

  /** A file modified this recently might be saved again unseen within the same clock tick. */
  private static final long RACY_MILLIS = 2_000;
}
