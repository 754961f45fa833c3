package org.gongkai.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.UUID;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;

/**
 * Only one run at a time writes an output folder: it holds a lock on {@code .NAME.lock} beside
 * the folder, so that one run never takes another's staging folder for a leftover. The operating
 * system releases the lock when a process dies, however it dies; the file is deleted when the
 * run ends (a run killed leaves it, and the next run takes it over).
 */
final class OutputLock implements AutoCloseable {

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the output folder.
   *
   * @throws IOException when another run holds the lock (the message says so)
   */
  static OutputLock acquire(Path output) throws IOException {
    Path file = output.resolveSibling("." + output.getFileName() + ".lock");
    Files.createDirectories(output.getParent());
    for (int attempt = 0; attempt < 10; attempt++) {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new TextIOException(Text.of("publish.output-busy", output.toString()));
      }
      // the run that held it may have deleted the file just before we opened it: then this lock
      // is on a file no one else sees; a token written through the lock and read back by name
      // tells which file the name is now
      if (owns(file, channel)) {
        return new OutputLock(file, channel, lock);
      }
      lock.release();
      channel.close();
    }
    throw new TextIOException(Text.of("publish.output-busy", output.toString()));
  }

  private static boolean owns(Path file, FileChannel channel) throws IOException {
    byte[] token = UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(token), 0);
    try {
      return Arrays.equals(Files.readAllBytes(file), token);
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      // Windows: a locked file cannot be read through another handle, so the name is ours
      return true;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      // deleted while still locked, so that a run that opened it meanwhile sees it is stale
      Files.deleteIfExists(file);
    } finally {
      lock.release();
      channel.close();
    }
  }
}
