package org.gongkai.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes new files (an imported task list, the workbooks for departments) without ever replacing
 * one silently: when any of them exists, nothing is written unless replacing was asked for. Each
 * file is written to a temporary file beside it, synced, then put in place in one step, so a
 * reader (or a crash) sees no file or the whole file, never half of one.
 */
public final class NewFileWriter {

  /** A file to write. */
  public record File(Path path, byte[] bytes) {}

  /** The files that exist already; nothing was written. */
  public static final class ExistsException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> existing;

    ExistsException(List<Path> existing) {
      super("exists: " + existing);
      this.existing = List.copyOf(existing);
    }

    public List<Path> existing() {
      return existing;
    }
  }

  private NewFileWriter() {}

  /**
   * Writes the files.
   *
   * @param replace whether existing files may be replaced (each atomically)
   * @throws ExistsException when a file exists and {@code replace} is false (nothing written)
   * @throws IOException when a file cannot be written (the files before it are written)
   */
  public static void write(List<File> files, boolean replace) throws IOException {
    List<Path> existing = new ArrayList<>();
    for (File f : files) {
      if (Files.exists(f.path())) {
        existing.add(f.path());
      }
    }
    if (!existing.isEmpty() && !replace) {
      throw new ExistsException(existing);
    }
    for (File f : files) {
      Path target = f.path().toAbsolutePath().normalize();
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".",
          ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
          channel.write(java.nio.ByteBuffer.wrap(f.bytes()));
          channel.force(true);
        }
        if (replace) {
          AtomicFile.replace(temp, target);
        } else {
          place(temp, target);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * Puts a finished file at a name that must be new: a hard link fails if the name is taken (a
   * rename would replace it), so a file created meanwhile is never overwritten.
   */
  private static void place(Path temp, Path target) throws IOException {
    try {
      Files.createLink(target, temp);
    } catch (FileAlreadyExistsException e) {
      throw new ExistsException(List.of(target));
    } catch (UnsupportedOperationException | IOException e) {
      // a disk without hard links: a plain move refuses an existing target too
      Files.move(temp, target);
    }
  }
}
