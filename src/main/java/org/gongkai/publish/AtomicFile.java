package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replacing a file so that a reader (or a crash) sees the old file or the new one, never half of
 * one: write a temporary file in the same folder, then rename it over the target.
 */
public final class AtomicFile {

  private AtomicFile() {}

  /** Writes {@code bytes} to {@code target}, creating its folder. */
  public static void write(Path target, byte[] bytes) throws IOException {
    Path file = target.toAbsolutePath().normalize();
    Files.createDirectories(file.getParent());
    Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(temp, bytes);
      replace(temp, file);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Renames a finished temporary file over the target, atomically where the disk allows. */
  static void replace(Path temp, Path target) throws IOException {
    move(temp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Moves a file or folder, atomically where the disk allows. */
  static void move(Path from, Path to, StandardCopyOption... options) throws IOException {
    StandardCopyOption[] atomic = java.util.Arrays.copyOf(options, options.length + 1);
    atomic[options.length] = StandardCopyOption.ATOMIC_MOVE;
    try {
      Files.move(from, to, atomic);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, options);
    }
  }
}
