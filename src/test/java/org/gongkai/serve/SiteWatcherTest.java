package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The watcher calls back once per burst of saves, not for editors' by-products, and keeps
 * watching through new, deleted and renamed folders.
 */
class SiteWatcherTest {

  /** Long enough for any change to be seen on a busy machine; only a failure waits this long. */
  static final long PATIENCE_SECONDS = 60;

  @TempDir
  Path site;

  final AtomicInteger calls = new AtomicInteger();
  final Semaphore called = new Semaphore(0);

  SiteWatcher watch() throws IOException {
    Files.writeString(site.resolve("site.yaml"), "name: 测试\n");
    Files.createDirectories(site.resolve("content/tzgg"));
    return new SiteWatcher(site, Duration.ofMillis(100), () -> {
      calls.incrementAndGet();
      called.release();
    });
  }

  void awaitCall() throws InterruptedException {
    assertTrue(called.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS), "no call back");
  }

  @ParameterizedTest
  @ValueSource(strings = {".a.md.swp", ".a.md.swx", "a.md~", ".#a.md", "4913", "a.md.tmp",
      "#a.md#", ".hidden"})
  void editorsByProductsAreIgnored(String name) {
    assertTrue(SiteWatcher.ignored(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.md", "list.yaml", "_column.yaml", "清单.pdf", "site.yaml"})
  void filesOfTheSiteAreNot(String name) {
    assertFalse(SiteWatcher.ignored(name));
  }

  @Test
  void aBurstOfSavesIsOneCallAndSwapFilesNone() throws Exception {
    try (SiteWatcher watcher = watch()) {
      Path doc = site.resolve("content/tzgg/a.md");
      // what vim does on :w, then the real save, then two more files saved together
      Files.writeString(site.resolve("content/tzgg/4913"), "");
      Files.delete(site.resolve("content/tzgg/4913"));
      Files.writeString(site.resolve("content/tzgg/.a.md.swp"), "swap");
      Files.writeString(doc, "第一版");
      Files.writeString(site.resolve("content/tzgg/b.md"), "另一篇");
      Files.writeString(site.resolve("site.yaml"), "name: 测试网站\n");
      awaitCall();
      int afterBurst = calls.get();
      assertTrue(afterBurst <= 2, "a burst is one call (two on a slow machine): " + afterBurst);
      // a swap file alone: no call; then a real save: one
      Files.writeString(site.resolve("content/tzgg/.a.md.swp"), "swap again");
      Files.writeString(site.resolve("content/tzgg/a.md~"), "backup");
      Thread.sleep(1_000);
      assertEquals(afterBurst, calls.get(), "editors' files alone rebuild nothing");
      Files.writeString(doc, "第二版");
      awaitCall();
    }
  }

  @Test
  void newFoldersAreWatchedAndRenamedOrDeletedOnesDoNotStopIt() throws Exception {
    try (SiteWatcher watcher = watch()) {
      Path column = site.resolve("content/xxgk/2023");
      Files.createDirectories(column);
      awaitCall();
      drain();
      Files.writeString(column.resolve("a.md"), "新栏目里的文档");
      awaitCall();
      drain();
      // a folder renamed: changes inside it under its new name are still seen
      Path renamed = site.resolve("content/xxgk/2024");
      Files.move(column, renamed);
      awaitCall();
      drain();
      Files.writeString(renamed.resolve("a.md"), "改名以后的修改");
      awaitCall();
      drain();
      Files.createDirectories(renamed.resolve("sub"));
      awaitCall();
      drain();
      Files.writeString(renamed.resolve("sub/b.md"), "改名以后新建的子栏目");
      awaitCall();
      drain();
      // a folder deleted with everything in it, and the content folder itself replaced
      Files.delete(renamed.resolve("sub/b.md"));
      Files.delete(renamed.resolve("sub"));
      Files.delete(renamed.resolve("a.md"));
      Files.delete(renamed);
      awaitCall();
      drain();
      Files.writeString(site.resolve("content/tzgg/c.md"), "删除以后的修改");
      awaitCall();
    }
  }

  /** Forgets calls already made, so that the next wait is for the next change. */
  private void drain() throws InterruptedException {
    Thread.sleep(300);
    called.drainPermits();
  }
}
