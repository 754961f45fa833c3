package org.gongkai.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * The site folder as the file system sees it: its real path (symbolic links resolved). No input
 * file is read through a symbolic link whose target lies outside it (a link committed to the
 * repository, {@code templates/assets/gongkai.js → /proc/self/environ}, would publish the CI
 * environment): such a link is an error ({@code symlink-outside}) at the link. Links that stay
 * inside the site are followed.
 */
public final class SiteFolder {

  public static final String RULE = "symlink-outside";

  private final Path dir;
  private final Path real;

  private SiteFolder(Path dir, Path real) {
    this.dir = dir;
    this.real = real;
  }

  /** The site folder {@code siteDir} (which need not exist). */
  public static SiteFolder of(Path siteDir) {
    Path dir = siteDir.toAbsolutePath().normalize();
    Path real;
    try {
      real = dir.toRealPath();
    } catch (IOException e) {
      real = dir;
    }
    return new SiteFolder(dir, real);
  }

  /** The folder as it was given (absolute). */
  public Path dir() {
    return dir;
  }

  /**
   * Whether a file or folder, reached by its path, really lies inside the site: true when every
   * link on the way stays inside, and for a path that does not exist (nothing is read through
   * it).
   */
  public boolean inside(Path file) {
    try {
      return file.toRealPath().startsWith(real);
    } catch (IOException e) {
      // missing, or a dangling link: nothing can be read through it
      return !Files.isSymbolicLink(file) || danglingInside(file);
    }
  }

  private boolean danglingInside(Path link) {
    try {
      Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
      return target.startsWith(dir) || target.startsWith(real);
    } catch (IOException e) {
      return false;
    }
  }

  /** The error for a path (relative to the site) that leads outside it. */
  public static Problem outside(String rel) {
    return Problem.error(Location.of(rel), RULE, Text.of("source.symlink-outside", rel),
        Text.of("source.symlink-outside-hint"));
  }

  /**
   * A text file of the site (site.yaml, units.yaml, the ledger) as strict UTF-8, or empty after
   * reporting why it cannot be read: a link out of the site, an unreadable file, bad UTF-8.
   *
   * @param rel the path relative to the site folder
   */
  public Optional<String> readText(String rel, Consumer<Problem> problems) {
    Path file = dir.resolve(rel);
    if (!inside(file)) {
      problems.accept(outside(rel));
      return Optional.empty();
    }
    return Utf8Text.read(file, rel, problems);
  }

  /**
   * Reports every symbolic link in a folder of the site (the folder itself included) that leads
   * outside the site. Links are not followed.
   *
   * @param rel the folder relative to the site, e.g. {@code templates}
   */
  public void reportLinksOut(String rel, Consumer<Problem> problems) {
    Path root = dir.resolve(rel);
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isSymbolicLink() && !inside(file)) {
            problems.accept(outside(ContentTree.rel(dir, file)));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE; // reported by whatever reads it
        }
      });
    } catch (IOException e) {
      // reported by whatever reads the folder
    }
  }
}
