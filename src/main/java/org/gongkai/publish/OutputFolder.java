package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;
import org.gongkai.source.InputSnapshot;

/**
 * Whether a folder may be replaced by a build of a site. Folders are compared by their real paths
 * (symbolic links resolved; for a folder that does not exist yet, the real path of its nearest
 * existing parent and the rest of the name), so that no name for a folder, however many links it
 * goes through, lets a build replace the site it reads.
 */
final class OutputFolder {

  /** Folders inside the site that must not hold the output: what a build reads, its cache, git. */
  private static final List<String> INSIDE_REFUSED;

  static {
    List<String> refused = new ArrayList<>(InputSnapshot.FOLDERS);
    refused.add(BuildCache.FOLDER);
    refused.add(".git");
    INSIDE_REFUSED = List.copyOf(refused);
  }

  private OutputFolder() {}

  /**
   * The real path of an output folder that a build of {@code site} may replace.
   *
   * @throws IOException saying why not: the output holds the site, lies inside what the site
   *     reads, is not a folder, is a non-empty folder gongkai did not write, or holds a git
   *     repository or another site
   */
  static Path check(Path output, Path site) throws IOException {
    Path out = real(output);
    Path siteReal = real(site);
    if (siteReal.startsWith(out)) {
      throw new TextIOException(Text.of("publish.output-holds-site", out.toString(),
          siteReal.resolve("site-output").toString()));
    }
    if (out.startsWith(siteReal)) {
      String first = siteReal.relativize(out).getName(0).toString();
      if (INSIDE_REFUSED.contains(first)) {
        throw new TextIOException(Text.of("publish.output-in-input", out.toString(), first + "/",
            siteReal.resolve("site-output").toString()));
      }
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new TextIOException(Text.of("publish.not-a-folder", out.toString()));
      }
      if (!Files.exists(out.resolve(SiteWriter.MARKER)) && !isEmpty(out)) {
        throw new TextIOException(Text.of("publish.foreign-folder", out.toString()));
      }
      String foreign = sources(out);
      if (foreign != null) {
        throw new TextIOException(Text.of("publish.output-holds-sources", out.toString(),
            foreign));
      }
    }
    return out;
  }

  /**
   * Checks, before the swap, everything that could stop it half-way or leave litter: the parent
   * folder must take new entries, and every folder of the old output must be writable (to be
   * emptied and deleted).
   *
   * @throws IOException naming what cannot be written; nothing has changed then
   */
  static void checkReplaceable(Path out, boolean exists) throws IOException {
    Path parent = out.getParent();
    try {
      Files.delete(Files.createTempFile(parent, "." + out.getFileName() + ".", ".probe"));
    } catch (IOException | SecurityException e) {
      throw new TextIOException(Text.of("publish.output-not-replaceable", out.toString(),
          parent.toString()));
    }
    if (!exists) {
      return;
    }
    String[] refused = {null};
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!Files.isWritable(dir)) {
          refused[0] = dir.toString();
          return FileVisitResult.TERMINATE;
        }
        return FileVisitResult.CONTINUE;
      }
    });
    if (refused[0] != null) {
      throw new TextIOException(Text.of("publish.output-not-replaceable", out.toString(),
          refused[0]));
    }
  }

  /**
   * The real path of a file or folder: symbolic links resolved; for one that does not exist, the
   * real path of its nearest existing parent with the rest of the name.
   */
  static Path real(Path path) throws IOException {
    Path abs = path.toAbsolutePath();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs.normalize();
    }
    return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
  }

  /**
   * The first thing in an old output that is a git repository or a site's sources (a folder with
   * site.yaml and content/), relative to the output; null when there is none. gongkai writes
   * neither, so they were put there by hand, and replacing the folder would delete them.
   */
  private static String sources(Path out) throws IOException {
    String[] found = {null};
    Files.walkFileTree(out, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
          found[0] = rel(out, dir.resolve(".git"));
        } else if (Files.isRegularFile(dir.resolve("site.yaml"), LinkOption.NOFOLLOW_LINKS)
            && Files.isDirectory(dir.resolve("content"), LinkOption.NOFOLLOW_LINKS)) {
          found[0] = rel(out, dir.resolve("site.yaml"));
        }
        return found[0] == null ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
      }
    });
    return found[0];
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
  }
}
