package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file could not be read or written, in our words and with the path. */
class IoTextTest {

  @TempDir
  Path dir;

  @Test
  void aMissingFileIsNamed() {
    IOException e = assertThrows(() -> Files.readAllBytes(dir.resolve("无.md")));
    assertEquals("找不到 " + dir.resolve("无.md"), IoText.of(e).in(Lang.ZH));
    assertEquals(dir.resolve("无.md") + " does not exist", IoText.of(e).in(Lang.EN));
  }

  @Test
  void theCommonFailuresAreSaidInOurWords() {
    assertEquals("没有权限访问 /srv/a", IoText.of(new AccessDeniedException("/srv/a")).in(Lang.ZH));
    assertEquals("磁盘空间不足，无法写入 /srv/a", IoText.of(new FileSystemException("/srv/a", null,
        "No space left on device")).in(Lang.ZH));
    assertEquals("/srv/a is on a read-only disk", IoText.of(new FileSystemException("/srv/a",
        null, "Read-only file system")).in(Lang.EN));
    assertEquals("文件不是有效的 UTF-8 文本", IoText.of(new MalformedInputException(1))
        .in(Lang.ZH));
    assertEquals("找不到 a", IoText.of(new NoSuchFileException("a")).in(Lang.ZH));
  }

  /**
   * A write that fills the disk fails with a plain IOException without a path (the review saw
   * the JDK's "No space left on device" reach the user); /dev/full fails every write that way.
   */
  @Test
  void aFullDiskIsSaidInOurWords() {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")),
        "needs Linux's /dev/full");
    IOException e = assertThrows(() -> {
      try (java.io.OutputStream out = Files.newOutputStream(Path.of("/dev/full"))) {
        out.write(new byte[64 * 1024]);
        out.flush();
      }
    });
    assertEquals("磁盘空间不足，请清理磁盘后重试（原有输出保持不变）", IoText.of(e).in(Lang.ZH));
    assertFalse(IoText.of(e).in(Lang.EN).contains("No space left on device"));
  }

  @Test
  void ourOwnRefusalsAreShownAsTheyAreAndTheRestQuotesTheSystemInsideOurSentence() {
    Text refusal = Text.of("common.io.not-empty", "/srv/site");
    assertEquals(refusal, IoText.of(new TextIOException(refusal)));
    Text other = IoText.of(new FileSystemException("/srv/a", null, "Stale file handle"));
    assertEquals("读写 /srv/a 时出错（系统提示：Stale file handle）", other.in(Lang.ZH));
    assertFalse(IoText.of(new IOException()).in(Lang.EN).contains("null"));
  }

  private interface Io {
    void run() throws IOException;
  }

  private static IOException assertThrows(Io io) {
    try {
      io.run();
    } catch (IOException e) {
      return e;
    }
    throw new AssertionError("no IOException");
  }
}
