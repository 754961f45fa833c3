package org.gongkai.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;

/**
 * Writes a whole site into a temporary folder beside the output folder, then swaps it in. Until
 * {@link #commit()} the previous output is untouched; {@link #close()} without a commit removes
 * the temporary folder. Thread-safe for concurrent writes of different files.
 *
 * <p>A file whose bytes are the same as in the previous output is not written again but linked
 * (a hard link to the old file), so it keeps its modification time and rsync or a CDN sees
 * nothing new; when nothing at all changed, the output folder is not touched.
 */
public final class SiteWriter implements AutoCloseable {

  /** Marks a folder as gongkai's output, so that gongkai never replaces a folder it did not make. */
  public static final String MARKER = ".gongkai-output";

  private final Path output;
  private final Path staging;
  private final java.util.concurrent.atomic.AtomicInteger files =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger changed =
      new java.util.concurrent.atomic.AtomicInteger();
  private boolean committed;

  private SiteWriter(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
  }

  /**
   * Prepares to write {@code output}.
   *
   * @param protectedDir the site: the output may neither hold it nor lie in what it reads (see
   *     {@link OutputFolder#check})
   * @throws IOException when the output folder cannot be used; the message says why
   */
  public static SiteWriter open(Path output, Path protectedDir) throws IOException {
    Path out = OutputFolder.check(output, protectedDir);
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + out.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectory(staging);
    byte[] marker = ("This folder was written by gongkai and is replaced as a whole by each"
        + " build.\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Path oldMarker = out.resolve(MARKER);
    if (!(sameBytes(oldMarker, marker) && link(staging.resolve(MARKER), oldMarker))) {
      Files.write(staging.resolve(MARKER), marker);
    }
    return new SiteWriter(out, staging);
  }

  /** The output folder this writer will replace. */
  public Path output() {
    return output;
  }

  /** Writes one file (or links the previous output's, when it has these very bytes). */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    files.incrementAndGet();
    Path old = output.resolve(path);
    if (sameBytes(old, bytes) && link(target, old)) {
      return;
    }
    changed.incrementAndGet();
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    }
  }

  /** Copies a file as it is (or links the previous output's, when it is the same). */
  public void copy(Path source, String path) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    files.incrementAndGet();
    Path old = output.resolve(path);
    if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        && Files.size(old) == Files.size(source) && Files.mismatch(old, source) < 0
        && link(target, old)) {
      return;
    }
    changed.incrementAndGet();
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Keeps a file of the previous output as it is (a page whose inputs did not change).
   *
   * @return false when there is no such file to keep (then it must be written)
   */
  public boolean keep(String path) throws IOException {
    Path target = resolve(path);
    Path old = output.resolve(path);
    if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    if (!link(target, old)) {
      Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    files.incrementAndGet();
    return true;
  }

  /** The bytes of a file of the previous output, if there is one (for the leak guard). */
  public java.util.Optional<byte[]> previous(String path) throws IOException {
    Path old = output.resolve(path);
    return Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        ? java.util.Optional.of(Files.readAllBytes(old)) : java.util.Optional.empty();
  }

  /** How many files were new or different from the previous output (so far). */
  public int changedFiles() {
    return changed.get();
  }

  private static boolean sameBytes(Path old, byte[] bytes) throws IOException {
    if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) || Files.size(old) != bytes.length) {
      return false;
    }
    return java.util.Arrays.equals(Files.readAllBytes(old), bytes);
  }

  private static boolean link(Path target, Path old) {
    try {
      Files.createLink(target, old);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false; // e.g. a file system without hard links: write the file instead
    }
  }

  /**
   * The file an output path names inside the staging folder.
   *
   * @throws OutputPathException when the path would leave the output folder
   */
  Path resolve(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.indexOf('\0') >= 0) {
      throw new OutputPathException(Text.of("publish.path-not-relative", path));
    }
    Path target = staging.resolve(path).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new OutputPathException(Text.of("publish.path-leaves", path));
    }
    return target;
  }

  /**
   * Replaces the output folder with what was written; leaves it untouched when every file is the
   * same as before and none went away.
   *
   * @return whether the output folder changed
   */
  public boolean commit() throws IOException {
    if (changed.get() == 0 && Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)
        && countFiles(output) == files.get() + 1) {
      committed = true;
      deleteTree(staging);
      return false;
    }
    Path old = null;
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      old = output.resolveSibling("." + output.getFileName() + ".old-" + UUID.randomUUID());
      move(output, old);
    }
    try {
      move(staging, output);
    } catch (IOException e) {
      if (old != null) {
        move(old, output);
      }
      throw e;
    }
    committed = true;
    if (old != null) {
      deleteTree(old);
    }
    return true;
  }

  /** How many regular files a folder holds (-1 when it cannot be read). */
  public static long countFiles(Path dir) {
    try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).count();
    } catch (IOException | java.io.UncheckedIOException e) {
      return -1;
    }
  }

  /** How many files the output holds after this writer's commit (its own marker included). */
  public long filesWritten() {
    return files.get() + 1L;
  }

  /** Removes the staging folder unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    AtomicFile.move(from, to);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
