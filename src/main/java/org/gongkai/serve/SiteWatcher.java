package org.gongkai.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches what a site is built from (site.yaml, units.yaml, the ledger, and the folders content/,
 * templates/ and static/ with every folder in them) and calls back once the files have been quiet
 * for a moment after a change, so that an editor's save (a temporary file, a rename, several files
 * at once) is one rebuild. Editors' swap and backup files do not count as changes; the rebuild
 * reads the real files anyway. New folders are watched as they appear; when a watched folder is
 * deleted or renamed, every folder is watched afresh (a renamed folder's old watch would report
 * under its old name). Where the JDK can only poll (macOS), it asks for its most sensitive
 * polling, every 2 seconds.
 */
final class SiteWatcher implements AutoCloseable {

  /** The files of the site folder itself that a build reads. */
  static final Set<String> ROOT_FILES = Set.of("site.yaml", "units.yaml", "index-ledger.yaml");
  /** The folders of the site folder that a build reads, watched with everything in them. */
  static final List<String> FOLDERS = List.of("content", "templates", "static");

  private static final WatchEvent.Kind<?>[] KINDS = {StandardWatchEventKinds.ENTRY_CREATE,
      StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY};

  private final Path site;
  private final Duration quiet;
  private final Runnable changed;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;
  private volatile boolean open = true;

  /**
   * @param quiet how long the files must stay unchanged before {@code changed} runs
   * @param changed what to do then (on the watcher's thread: changes meanwhile wait)
   */
  SiteWatcher(Path site, Duration quiet, Runnable changed) throws IOException {
    this.site = site;
    this.quiet = quiet;
    this.changed = changed;
    this.service = FileSystems.getDefault().newWatchService();
    watchAll();
    this.thread = new Thread(this::run, "gongkai-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Whether a file name is an editor's by-product rather than a file of the site: vim's swap
   * files and its write test {@code 4913}, Emacs's lock and backup files, any hidden file, and
   * temporary files.
   */
  static boolean ignored(String name) {
    return name.startsWith(".") || name.endsWith("~") || name.equals("4913")
        || name.endsWith(".tmp") || name.endsWith(".swp") || name.endsWith(".swx")
        || name.startsWith("#") && name.endsWith("#");
  }

  private void run() {
    boolean pending = false;
    while (open) {
      WatchKey key;
      try {
        key = pending ? service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS) : service.take();
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      }
      if (key == null) {
        pending = false;
        try {
          changed.run();
        } catch (RuntimeException e) {
          // the rebuild reports its own faults; the watcher goes on
        }
        continue;
      }
      pending |= events(key);
    }
  }

  /** Reads a key's events; true when one of them is a change of the site. */
  private boolean events(WatchKey key) {
    Path folder = folders.get(key);
    boolean change = false;
    boolean rewatch = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        change = true;
        rewatch = true;
        continue;
      }
      String name = String.valueOf(event.context());
      if (folder == null) {
        continue;
      }
      Path file = folder.resolve(name);
      boolean atRoot = folder.equals(site);
      if (atRoot && !ROOT_FILES.contains(name) && !FOLDERS.contains(name)) {
        continue; // site-output/, .gongkai-cache/, the team's own files
      }
      if (atRoot && FOLDERS.contains(name)
          || event.kind() == StandardWatchEventKinds.ENTRY_DELETE && folders.containsValue(file)
          || event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
        rewatch = true;
      }
      if (!ignored(name)) {
        change = true;
      }
    }
    if (!key.reset()) {
      folders.remove(key);
      rewatch = true;
    }
    if (rewatch && open) {
      watchAll();
    }
    return change;
  }

  /** Watches the site folder and every folder of content/, templates/ and static/, afresh. */
  private void watchAll() {
    folders.keySet().forEach(WatchKey::cancel);
    folders.clear();
    watch(site);
    for (String name : FOLDERS) {
      Path root = site.resolve(name);
      if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            watch(dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // deleted while walking: its deletion is an event
          }
        });
      } catch (IOException e) {
        // a folder that vanished meanwhile: the next event watches again
      }
    }
  }

  private void watch(Path dir) {
    try {
      folders.put(register(dir), dir);
    } catch (IOException e) {
      // deleted or unreadable meanwhile; its parent's events tell
    }
  }

  @SuppressWarnings("restriction")
  private WatchKey register(Path dir) throws IOException {
    try {
      return dir.register(service, KINDS, com.sun.nio.file.SensitivityWatchEventModifier.HIGH);
    } catch (UnsupportedOperationException | LinkageError e) {
      return dir.register(service, KINDS);
    }
  }

  @Override
  public void close() {
    open = false;
    try {
      service.close();
    } catch (IOException e) {
      // closing anyway
    }
    thread.interrupt();
  }
}
