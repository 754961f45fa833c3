package org.gongkai.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;
import org.gongkai.source.FileHash;

/**
 * Writes a whole site into a staging folder beside the output folder, then swaps it in. Until
 * {@link #commit()} the previous output is untouched; {@link #close()} without a commit removes
 * the staging folder. Thread-safe for concurrent writes of different files.
 *
 * <p>A file whose bytes are the same as in the previous output is not written again but linked
 * (a hard link to the old file), so it keeps its modification time and rsync or a CDN sees
 * nothing new; when nothing at all changed, the output folder is not touched. The SHA-256 of
 * every file placed in the output is recorded ({@link #hashes()}), so that a later build can tell
 * whether the output is still exactly what was written ({@link #matches}).
 *
 * <p>The swap is two renames in the output's parent folder: the finished staging folder is first
 * renamed {@code .NAME.new-*} (it is complete), then the output to {@code .NAME.old-*}, then the
 * new folder to the output's name, and the old one is deleted. Between the two renames of the
 * swap the output folder does not exist for an instant; a run killed there (or anywhere else)
 * leaves folders that the next run puts right before anything else ({@link #prepare}): a missing
 * output folder is restored from the complete new folder, else from the old one, and every
 * leftover that gongkai made (named by its pattern and holding its marker, or empty) is deleted.
 * Only one run at a time writes an output folder (a lock file {@code .NAME.lock} beside it).
 */
public final class SiteWriter implements AutoCloseable {

  /** Marks a folder as gongkai's output, so that gongkai never replaces a folder it did not make. */
  public static final String MARKER = ".gongkai-output";

  private static final byte[] MARKER_BYTES = ("This folder was written by gongkai and is replaced"
      + " as a whole by each build.\n").getBytes(StandardCharsets.UTF_8);

  private static final String STAGING = ".tmp-";
  private static final String FINISHED = ".new-";
  private static final String SWAPPED_OUT = ".old-";

  private final Path output;
  private final Path staging;
  private final OutputLock lock;
  private final AtomicInteger files = new AtomicInteger();
  private final AtomicInteger changed = new AtomicInteger();
  private final Map<String, String> hashes = new ConcurrentHashMap<>();
  private boolean committed;
  /** Whether the marker was written anew (it is not counted among the files changed). */
  private boolean markerWritten;

  private SiteWriter(Path output, Path staging, OutputLock lock) {
    this.output = output;
    this.staging = staging;
    this.lock = lock;
  }

  /**
   * Checks that a build of {@code site} may replace {@code output} and puts right what an
   * interrupted build left beside it (see the class comment), writing nothing else. A build calls
   * this before it changes anything, so that a bad output folder stops it first, and so that an
   * output folder a crash left missing is back even when this build fails.
   *
   * @throws IOException when the output folder cannot be used; the message says why
   */
  public static void prepare(Path output, Path site) throws IOException {
    Path out = OutputFolder.check(output, site);
    try (OutputLock lock = OutputLock.acquire(out)) {
      recover(out);
    }
  }

  /**
   * Prepares to write {@code output} (after {@link #prepare}'s checks and repairs).
   *
   * @param site the site: the output may neither hold it nor lie in what it reads (see
   *     {@link OutputFolder#check})
   * @throws IOException when the output folder cannot be used; the message says why
   */
  public static SiteWriter open(Path output, Path site) throws IOException {
    Path out = OutputFolder.check(output, site);
    OutputLock lock = OutputLock.acquire(out);
    try {
      recover(out);
      Path staging = out.resolveSibling(leftoverName(out, STAGING));
      Files.createDirectory(staging);
      SiteWriter writer = new SiteWriter(out, staging, lock);
      writer.placeMarker();
      return writer;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  private void placeMarker() throws IOException {
    Path old = output.resolve(MARKER);
    if (!(sameBytes(old, MARKER_BYTES) && link(staging.resolve(MARKER), old))) {
      markerWritten = true;
      Files.write(staging.resolve(MARKER), MARKER_BYTES);
    }
    hashes.put(MARKER, FileHash.of(MARKER_BYTES));
  }

  /** The output folder this writer will replace (its real path). */
  public Path output() {
    return output;
  }

  /** Writes one file (or links the previous output's, when it has these very bytes). */
  public void write(String path, byte[] bytes) throws IOException {
    Path target = resolve(path);
    Files.createDirectories(target.getParent());
    int n = files.incrementAndGet();
    if (n == CrashPoint.WRITING_AFTER) {
      CrashPoint.reach(CrashPoint.WRITING);
    }
    hashes.put(path, FileHash.of(bytes));
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
    if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
      // the reader never lists a link; a copy never follows one out of the site
      throw new TextIOException(Text.of("publish.copy-not-a-file", source.toString()));
    }
    Files.createDirectories(target.getParent());
    files.incrementAndGet();
    Path old = output.resolve(path);
    if (Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        && Files.size(old) == Files.size(source) && Files.mismatch(old, source) < 0
        && link(target, old)) {
      hashes.put(path, FileHash.of(target));
      return;
    }
    changed.incrementAndGet();
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    hashes.put(path, FileHash.of(target));
  }

  /**
   * Keeps a file of the previous output as it is (a page whose inputs did not change), when its
   * bytes are still those the build that wrote it recorded.
   *
   * @param hash the SHA-256 recorded when the file was written ({@link #hashes()})
   * @return false when there is no such file, or it is not what was written (then it must be
   *     rendered again)
   */
  public boolean keep(String path, String hash) throws IOException {
    Path target = resolve(path);
    Path old = output.resolve(path);
    if (hash == null || !Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Files.createDirectories(target.getParent());
    if (!link(target, old)) {
      Files.copy(old, target, StandardCopyOption.COPY_ATTRIBUTES);
    }
    // the hash of what was linked, not of the old name, which anyone could change meanwhile
    if (!FileHash.of(target).equals(hash)) {
      Files.delete(target);
      return false;
    }
    files.incrementAndGet();
    hashes.put(path, hash);
    return true;
  }

  /** How many files were new or different from the previous output (so far). */
  public int changedFiles() {
    return changed.get();
  }

  /** The SHA-256 of every file of this writer's output by path, its marker included. */
  public Map<String, String> hashes() {
    return new TreeMap<>(hashes);
  }

  /**
   * Whether a folder holds exactly these files with these SHA-256 hashes, and nothing else (no
   * other file, folder or link).
   */
  public static boolean matches(Path output, Map<String, String> expected) {
    if (expected.isEmpty()) {
      return false;
    }
    Map<String, Path> found = tree(output, expected.keySet());
    if (found == null) {
      return false;
    }
    try {
      for (Map.Entry<String, Path> f : found.entrySet()) {
        if (!expected.get(f.getKey()).equals(FileHash.of(f.getValue()))) {
          return false;
        }
      }
    } catch (IOException e) {
      return false;
    }
    return true;
  }

  /**
   * The regular files of a folder by relative path when they are exactly {@code paths} and the
   * folder holds nothing else (no other file, no link, no folder that none of them is in); else
   * null.
   */
  private static Map<String, Path> tree(Path root, java.util.Set<String> paths) {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    java.util.Set<String> folders = new java.util.HashSet<>();
    for (String p : paths) {
      for (int slash = p.indexOf('/'); slash > 0; slash = p.indexOf('/', slash + 1)) {
        folders.add(p.substring(0, slash));
      }
    }
    Map<String, Path> found = new TreeMap<>();
    boolean[] other = {false};
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && !folders.contains(rel(root, dir))) {
            other[0] = true;
            return FileVisitResult.TERMINATE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String rel = rel(root, file);
          if (!attrs.isRegularFile() || !paths.contains(rel)) {
            other[0] = true;
            return FileVisitResult.TERMINATE;
          }
          found.put(rel, file);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      return null;
    }
    return other[0] || found.size() != paths.size() ? null : found;
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
   * same as before and nothing else is there. Everything that could stop the swap half-way (a
   * folder that cannot be written, renamed or emptied) is checked before the new site goes live.
   *
   * @return whether the output folder changed
   * @throws IOException when the output cannot be replaced; then it is as it was
   */
  public boolean commit() throws IOException {
    // every file was linked from an old one with the same bytes: the rest is in the names
    if (changed.get() == 0 && !markerWritten && tree(output, hashes.keySet()) != null) {
      committed = true;
      deleteTree(staging);
      return false;
    }
    boolean hadOutput = Files.exists(output, LinkOption.NOFOLLOW_LINKS);
    OutputFolder.checkReplaceable(output, hadOutput);
    Path finished = output.resolveSibling(leftoverName(output, FINISHED));
    AtomicFile.move(staging, finished);
    committed = true;
    CrashPoint.reach(CrashPoint.FINISHED);
    Path old = null;
    if (hadOutput) {
      old = output.resolveSibling(leftoverName(output, SWAPPED_OUT));
      AtomicFile.move(output, old);
    }
    CrashPoint.reach(CrashPoint.SWAP);
    try {
      AtomicFile.move(finished, output);
    } catch (IOException e) {
      if (old != null) {
        AtomicFile.move(old, output);
      }
      deleteQuietly(finished);
      throw e;
    }
    CrashPoint.reach(CrashPoint.SWAPPED);
    if (old != null) {
      // the new site is live; an old folder that cannot be deleted now is the next run's
      deleteQuietly(old);
    }
    return true;
  }

  /** How many files the output holds after this writer's commit (its own marker included). */
  public long filesWritten() {
    return files.get() + 1L;
  }

  /** Removes the staging folder unless it was committed, and lets another build write. */
  @Override
  public void close() throws IOException {
    try {
      if (!committed) {
        deleteTree(staging);
      }
    } finally {
      lock.close();
    }
  }

  /** {@code .NAME.tmp-…}, {@code .NAME.new-…}, {@code .NAME.old-…} beside the output. */
  private static String leftoverName(Path output, String kind) {
    return "." + output.getFileName() + kind + UUID.randomUUID();
  }

  /**
   * Puts right what interrupted builds left beside the output (the caller holds the lock): a
   * missing output is restored from a complete new folder, else from an old one; then every
   * leftover gongkai made is deleted.
   */
  private static void recover(Path out) throws IOException {
    Path parent = out.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      return;
    }
    List<Path> finished = new ArrayList<>();
    List<Path> old = new ArrayList<>();
    List<Path> leftovers = new ArrayList<>();
    String prefix = "." + out.getFileName();
    try (var entries = Files.list(parent)) {
      for (Path p : entries.sorted().toList()) {
        String name = p.getFileName().toString();
        Optional<String> kind = List.of(STAGING, FINISHED, SWAPPED_OUT).stream()
            .filter(k -> name.startsWith(prefix + k)).findFirst();
        if (kind.isEmpty() || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        boolean ours = Files.isRegularFile(p.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
        if (!ours && !isEmpty(p)) {
          continue; // not made by gongkai: never touched
        }
        leftovers.add(p);
        if (ours && kind.get().equals(FINISHED)) {
          finished.add(p);
        } else if (ours && kind.get().equals(SWAPPED_OUT)) {
          old.add(p);
        }
      }
    }
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      List<Path> candidates = finished.isEmpty() ? old : finished;
      Optional<Path> newest = candidates.stream().max(java.util.Comparator.comparing(p -> {
        try {
          return Files.getLastModifiedTime(p);
        } catch (IOException e) {
          return java.nio.file.attribute.FileTime.fromMillis(0);
        }
      }));
      if (newest.isPresent()) {
        AtomicFile.move(newest.get(), out);
        leftovers.remove(newest.get());
      }
    }
    for (Path p : leftovers) {
      deleteQuietly(p);
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static String rel(Path root, Path p) {
    return root.relativize(p).toString().replace(java.io.File.separatorChar, '/');
  }

  private static void deleteQuietly(Path root) {
    try {
      deleteTree(root);
    } catch (IOException e) {
      // left for the next run, which deletes leftovers holding the marker
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
