package org.gongkai.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;

/**
 * Replaces files of the site itself (documents that get an index number, the ledger, masked
 * personal data). Every file is replaced atomically (a temporary file in the same folder, synced,
 * then renamed over the original), keeping its permissions; and before anything is replaced every
 * folder is tried for writing, so that a read-only folder stops the run with nothing changed.
 */
public final class SourceWriter {

  /** A file and its new content, relative to the site folder. */
  public record Replacement(String path, byte[] bytes) {}

  private SourceWriter() {}

  /**
   * Replaces the files in order.
   *
   * @throws IOException naming every file that cannot be written (then nothing was written), or
   *     the file whose replacement failed
   */
  public static void replaceAll(Path siteDir, List<Replacement> replacements) throws IOException {
    Path site = siteDir.toAbsolutePath().normalize();
    List<Path> targets = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Replacement r : replacements) {
      Path target = site.resolve(r.path()).normalize();
      if (!target.startsWith(site) || target.equals(site)) {
        throw new OutputPathException(Text.of("publish.outside-site", r.path()));
      }
      targets.add(target);
      if (!canReplace(target)) {
        refused.add(r.path());
      }
    }
    if (!refused.isEmpty()) {
      throw new TextIOException(Text.of("publish.read-only", Text.list(refused)));
    }
    for (int i = 0; i < replacements.size(); i++) {
      replace(targets.get(i), replacements.get(i).bytes());
    }
  }

  /**
   * Creates a new site: writes every file into {@code dir}, which must not exist or be empty.
   *
   * @throws IOException when the folder holds something already (nothing is written then)
   */
  public static void createAll(Path dir, java.util.Map<String, byte[]> files) throws IOException {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root)) {
      if (!Files.isDirectory(root)) {
        throw new TextIOException(Text.of("publish.not-a-folder", root.toString()));
      }
      try (java.util.stream.Stream<Path> entries = Files.list(root)) {
        if (entries.findAny().isPresent()) {
          throw new TextIOException(Text.of("publish.init-not-empty", root.toString()));
        }
      }
    }
    for (java.util.Map.Entry<String, byte[]> f : files.entrySet()) {
      Path target = root.resolve(f.getKey()).normalize();
      if (!target.startsWith(root)) {
        throw new OutputPathException(Text.of("publish.outside-folder", f.getKey(),
            root.toString()));
      }
      Files.createDirectories(target.getParent());
      Files.write(target, f.getValue());
    }
  }

  /**
   * Writes a new file of the site (a new document), never replacing one: the file appears whole
   * or not at all (a hard link to a finished temporary file, which fails when the name is
   * taken), its folders created as needed.
   *
   * @param path relative to the site folder
   * @throws java.nio.file.FileAlreadyExistsException when the file exists (it is left as it was)
   * @throws OutputPathException when the path leaves the site folder
   */
  public static void createNew(Path siteDir, String path, byte[] bytes) throws IOException {
    Path site = siteDir.toAbsolutePath().normalize();
    Path target = site.resolve(path).normalize();
    if (!target.startsWith(site) || target.equals(site)) {
      throw new OutputPathException(Text.of("publish.outside-site", path));
    }
    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new java.nio.file.FileAlreadyExistsException(path);
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".",
        ".tmp");
    try {
      Files.write(temp, bytes);
      copyPermissions(target, temp);
      try {
        Files.createLink(target, temp);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        // a disk without hard links: a move that refuses an existing name
        Files.move(temp, target);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static boolean canReplace(Path target) {
    Path dir = target.getParent();
    if (Files.exists(target) && !Files.isWritable(target)) {
      return false;
    }
    try {
      Path probe = Files.createTempFile(dir, ".gongkai-", ".probe");
      Files.delete(probe);
      return true;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  private static void replace(Path target, byte[] bytes) throws IOException {
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        channel.write(java.nio.ByteBuffer.wrap(bytes));
        channel.force(true);
      }
      copyPermissions(target, temp);
      AtomicFile.replace(temp, target);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** The replacement keeps the original's permissions; a new file gets rw-r--r--. */
  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (target == null) {
      return;
    }
    if (Files.exists(from)) {
      PosixFileAttributeView source =
          Files.getFileAttributeView(from, PosixFileAttributeView.class);
      target.setPermissions(source.readAttributes().permissions());
    } else {
      target.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }
}
