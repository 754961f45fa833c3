package org.gongkai.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Writes a whole site into a temporary folder beside the output folder, then swaps it in. Until
 * {@link #commit()} the previous output is untouched; {@link #close()} without a commit removes
 * the temporary folder. Thread-safe for concurrent writes of different files.
 */
public final class SiteWriter implements AutoCloseable {

  /** Marks a folder as gongkai's output, so that gongkai never replaces a folder it did not make. */
  public static final String MARKER = ".gongkai-output";

  private final Path output;
  private final Path staging;
  private boolean committed;

  private SiteWriter(Path output, Path staging) {
    this.output = output;
    this.staging = staging;
  }

  /**
   * Prepares to write {@code output}.
   *
   * @param protectedDir a folder the output must neither be nor contain (the site itself)
   * @throws IOException when the output folder cannot be used; the message says why
   */
  public static SiteWriter open(Path output, Path protectedDir) throws IOException {
    Path out = output.toAbsolutePath().normalize();
    Path site = protectedDir.toAbsolutePath().normalize();
    if (site.startsWith(out)) {
      throw new IOException("the output folder " + out + " contains the site itself; choose"
          + " another folder such as " + site.resolve("site-output"));
    }
    if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(out + " exists and is not a folder");
      }
      if (!Files.exists(out.resolve(MARKER)) && !isEmpty(out)) {
        throw new IOException(out + " is not empty and was not written by gongkai; gongkai"
            + " replaces its output folder as a whole, so choose an empty or new folder");
      }
    }
    Path parent = out.getParent();
    Files.createDirectories(parent);
    Path staging = parent.resolve("." + out.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectory(staging);
    Files.writeString(staging.resolve(MARKER), "This folder was written by gongkai and is"
        + " replaced as a whole by each build.\n");
    return new SiteWriter(out, staging);
  }

  /** The output folder this writer will replace. */
  public Path output() {
    return output;
  }

  /** Writes one file. */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    try (OutputStream out = Files.newOutputStream(target)) {
      out.write(bytes);
    }
  }

  /** Copies a file as it is. */
  public void copy(Path source, String path) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * The file an output path names inside the staging folder.
   *
   * @throws OutputPathException when the path would leave the output folder
   */
  Path resolve(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")
        || path.indexOf('\0') >= 0) {
      throw new OutputPathException("output path `" + path + "` is not a plain relative path");
    }
    Path target = staging.resolve(path).normalize();
    if (!target.startsWith(staging) || target.equals(staging)) {
      throw new OutputPathException("output path `" + path + "` would leave the output folder");
    }
    return target;
  }

  /** Replaces the output folder with what was written. */
  public void commit() throws IOException {
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
  }

  /** Removes the staging folder unless it was committed. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      deleteTree(staging);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    }
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
