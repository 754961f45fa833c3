package org.gongkai.publish;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.check.Findings;
import org.gongkai.source.DocumentParser;
import org.gongkai.source.SiteFolder;
import org.gongkai.source.DocumentSource;

/**
 * The documents parsed by earlier runs, so that a run parses only the files that changed. Each
 * entry is keyed by its file's content (SHA-256 of its bytes) and by the parser's version ({@link
 * #parserVersion}); a file's size and modification time are checked first, and only a file whose
 * size or time differs (or was written too close to when it was read to be sure) is read and
 * hashed. A document that names attachments is reused only while each attachment has its size;
 * one whose attachments were not all found is always parsed again. An entry reused gives the very
 * document and problems its parsing gave.
 *
 * <p>On disk, under {@code .gongkai-cache/parse/}, the entries are spread over {@link #SHARDS}
 * files by path, so that saving after one changed document rewrites one small file. The cache
 * only saves time: deleting it gives the same site. A damaged or older file is ignored.
 */
public final class ParseCache implements DocumentSource, Findings {

  /** The folder of the cache files, under the site's {@code .gongkai-cache/}. */
  public static final String FOLDER = "parse";
  static final int SHARDS = 64;
  private static final int MAGIC = 0x676B7001;
  /** A file modified this close to when it was read might change again unseen in the same tick. */
  private static final long RACY_MILLIS = 2_000;

  private final Path siteDir;
  private final Path folder;
  private final DocumentParser parser;
  private final String version;
  private final Map<String, Entry> previous;
  private final Map<String, Entry> current = new ConcurrentHashMap<>();
  private final Map<String, Found> previousFound;
  private final Map<String, Found> found = new ConcurrentHashMap<>();
  private final boolean[] dirty = new boolean[SHARDS];
  private final AtomicInteger parsed = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger findingsReused = new AtomicInteger();

  /**
   * What is known of one file.
   *
   * @param size its size when read
   * @param modified its modification time (ms) when read
   * @param read when it was read (ms): a file modified within {@link #RACY_MILLIS} before that is
   *     hashed again next time
   * @param hash SHA-256 of its bytes
   * @param attachments the attachments its document names, each with its size
   */
  private record Entry(long size, long modified, long read, byte[] hash,
      Map<String, Long> attachments, Record record) {}

  /**
   * What the text rules found in a document.
   *
   * @param documentKey the key of the document's file they were found in
   * @param settings the settings they were found under
   */
  private record Found(String documentKey, String settings, List<Problem> problems) {}

  /** A document and its problems: encoded, decoded, or both (decoded once, on first use). */
  private static final class Record {
    private byte[] bytes;
    private int offset;
    private int length;
    private DocumentCodec.Decoded decoded;

    Record(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }

    Record(DocumentCodec.Decoded decoded) {
      this.decoded = decoded;
    }

    synchronized DocumentCodec.Decoded decoded() {
      if (decoded == null) {
        decoded = DocumentCodec.decode(bytes, offset, length);
      }
      return decoded;
    }

    synchronized byte[] encoded() {
      if (bytes == null) {
        bytes = DocumentCodec.encode(decoded.document(), decoded.problems());
        offset = 0;
        length = bytes.length;
      }
      return offset == 0 && length == bytes.length ? bytes
          : Arrays.copyOfRange(bytes, offset, offset + length);
    }

    /** Keeps only the decoded form (a long-running server need not hold both). */
    synchronized void dropBytes() {
      if (decoded != null) {
        bytes = null;
      }
    }
  }

  private ParseCache(Path siteDir, Map<String, Entry> previous,
      Map<String, Found> previousFound) {
    this.siteDir = siteDir;
    this.folder = siteDir.resolve(BuildCache.FOLDER).resolve(FOLDER);
    this.parser = new DocumentParser(siteDir);
    this.version = parserVersion();
    this.previous = previous;
    this.previousFound = previousFound;
  }

  /** A cache that knows nothing yet (nothing is read from disk). */
  public static ParseCache empty(Path siteDir) {
    return new ParseCache(siteDir, Map.of(), Map.of());
  }

  /** The cache the last run of this site saved (empty when there is none, or it is unusable). */
  public static ParseCache load(Path siteDir) {
    ParseCache blank = empty(siteDir);
    Map<String, Entry> entries = new ConcurrentHashMap<>();
    Map<String, Found> findings = new ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, SHARDS).parallel().forEach(shard -> {
      Path file = blank.folder.resolve(shardName(shard));
      try {
        if (Files.isRegularFile(file)) {
          Map<String, Entry> read = new HashMap<>();
          Map<String, Found> readFound = new HashMap<>();
          readShard(Files.readAllBytes(file), blank.version, read, readFound);
          entries.putAll(read);
          findings.putAll(readFound);
        }
      } catch (IOException | RuntimeException e) {
        // a damaged shard only costs parsing its files again
      }
    });
    return new ParseCache(siteDir, entries, findings);
  }

  /**
   * The cache to use for the next run of a long-running process (the preview server): what this
   * run read, held decoded in memory, without reading the disk again.
   */
  public ParseCache next() {
    current.values().forEach(e -> e.record().dropBytes());
    Map<String, Found> known = new HashMap<>(previousFound);
    known.keySet().retainAll(current.keySet());
    known.putAll(found);
    return new ParseCache(siteDir, Map.copyOf(current), Map.copyOf(known));
  }

  @Override
  public Optional<List<Problem>> get(Document doc, String settings) {
    String path = doc.source().path();
    Found f = found.get(path);
    if (f == null) {
      f = previousFound.get(path);
    }
    if (f == null || !f.documentKey().equals(doc.source().key())
        || !f.settings().equals(settings)) {
      return Optional.empty();
    }
    found.putIfAbsent(path, f);
    findingsReused.incrementAndGet();
    return Optional.of(f.problems());
  }

  @Override
  public void put(Document doc, String settings, List<Problem> problems) {
    String path = doc.source().path();
    found.put(path, new Found(doc.source().key(), settings, List.copyOf(problems)));
    markDirty(path);
  }

  @Override
  public Optional<Document> parse(String relPath, String columnPath, Consumer<Problem> problems) {
    Path file = siteDir.resolve(relPath);
    BasicFileAttributes attrs;
    byte[] bytes;
    try {
      attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Entry old = previous.get(relPath);
      long modified = attrs.lastModifiedTime().toMillis();
      if (old != null && old.size() == attrs.size() && old.modified() == modified
          && old.read() - modified > RACY_MILLIS && attachmentsAsBefore(old)) {
        Optional<Optional<Document>> again = reuse(relPath, old, old, problems);
        if (again.isPresent()) {
          return again.get();
        }
      }
      long read = System.currentTimeMillis();
      bytes = Files.readAllBytes(file);
      byte[] hash = sha256(bytes);
      if (old != null && Arrays.equals(old.hash(), hash) && attachmentsAsBefore(old)) {
        Entry now = new Entry(bytes.length, modified, read, hash, old.attachments(),
            old.record());
        Optional<Optional<Document>> again = reuse(relPath, old, now, problems);
        if (again.isPresent()) {
          return again.get();
        }
      }
      List<Problem> found = new ArrayList<>();
      Optional<Document> doc = parser.parseBytes(bytes, relPath, columnPath, found::add);
      found.forEach(problems);
      parsed.incrementAndGet();
      markDirty(relPath);
      // an attachment missing, or leading out of the site, may be put right without the
      // document changing: such a document is parsed again every time
      if (found.stream().noneMatch(p -> p.ruleId().equals("attachment")
          || p.ruleId().equals(SiteFolder.RULE))) {
        Map<String, Long> attachments = new TreeMap<>();
        doc.ifPresent(d -> d.meta().attachments().forEach(a -> attachments.put(a.path(),
            a.size())));
        current.put(relPath, new Entry(bytes.length, modified, read, hash,
            Map.copyOf(attachments), new Record(new DocumentCodec.Decoded(doc.orElse(null),
                List.copyOf(found)))));
      }
      return doc;
    } catch (IOException e) {
      // the parser says why the file cannot be read, as it would without a cache
      parsed.incrementAndGet();
      markDirty(relPath);
      return parser.parse(relPath, columnPath, problems);
    }
  }

  /** The cached document and problems, or empty when the record cannot be read back. */
  private Optional<Optional<Document>> reuse(
      String relPath, Entry old, Entry now, Consumer<Problem> problems) {
    DocumentCodec.Decoded d;
    try {
      d = old.record().decoded();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    d.problems().forEach(problems);
    current.put(relPath, now);
    if (now != old) {
      markDirty(relPath);
    }
    reused.incrementAndGet();
    return Optional.of(Optional.ofNullable(d.document()));
  }

  private boolean attachmentsAsBefore(Entry entry) {
    for (Map.Entry<String, Long> a : entry.attachments().entrySet()) {
      Path file = siteDir.resolve(a.getKey());
      try {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile() || attrs.size() != a.getValue()) {
          return false;
        }
      } catch (IOException e) {
        return false;
      }
    }
    return true;
  }

  /** How many documents this run parsed, and how many it took from the cache. */
  public int parsedCount() {
    return parsed.get();
  }

  public int reusedCount() {
    return reused.get();
  }

  /** How many documents' text-rule findings this run took from the cache. */
  public int findingsReusedCount() {
    return findingsReused.get();
  }

  /**
   * Saves what this run read, rewriting only the files of entries that changed (and of files
   * that went away); entries of files this run did not read are dropped.
   */
  public void save() throws IOException {
    boolean[] write = dirty.clone();
    for (String path : previous.keySet()) {
      if (!current.containsKey(path)) {
        write[shard(path)] = true;
      }
    }
    List<Map<String, Entry>> shards = new ArrayList<>();
    for (int i = 0; i < SHARDS; i++) {
      shards.add(new TreeMap<>());
    }
    current.forEach((path, entry) -> shards.get(shard(path)).put(path, entry));
    for (int i = 0; i < SHARDS; i++) {
      if (write[i] || !Files.isRegularFile(folder.resolve(shardName(i)))
          && !shards.get(i).isEmpty()) {
        AtomicFile.write(folder.resolve(shardName(i)), shardBytes(shards.get(i)));
      }
    }
  }

  private synchronized void markDirty(String relPath) {
    dirty[shard(relPath)] = true;
  }

  private static int shard(String relPath) {
    return Math.floorMod(relPath.hashCode(), SHARDS);
  }

  private static String shardName(int shard) {
    return String.format("documents-%02d.cache", shard);
  }

  private byte[] shardBytes(Map<String, Entry> entries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeUTF(version);
      out.writeInt(entries.size());
      for (Map.Entry<String, Entry> e : entries.entrySet()) {
        Entry entry = e.getValue();
        out.writeUTF(e.getKey());
        out.writeLong(entry.size());
        out.writeLong(entry.modified());
        out.writeLong(entry.read());
        out.write(entry.hash());
        out.writeInt(entry.attachments().size());
        for (Map.Entry<String, Long> a : entry.attachments().entrySet()) {
          out.writeUTF(a.getKey());
          out.writeLong(a.getValue());
        }
        byte[] record = entry.record().encoded();
        out.writeInt(record.length);
        out.write(record);
        Found f = found.get(e.getKey());
        out.writeBoolean(f != null);
        if (f != null) {
          out.writeUTF(f.documentKey());
          out.writeUTF(f.settings());
          byte[] problems = DocumentCodec.encode(null, f.problems());
          out.writeInt(problems.length);
          out.write(problems);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static void readShard(byte[] bytes, String version, Map<String, Entry> out,
      Map<String, Found> findings) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    if (in.readInt() != MAGIC || !in.readUTF().equals(version)) {
      return;
    }
    int count = in.readInt();
    int at = 0;
    for (int i = 0; i < count; i++) {
      String path = in.readUTF();
      long size = in.readLong();
      long modified = in.readLong();
      long read = in.readLong();
      byte[] hash = in.readNBytes(32);
      int n = in.readInt();
      Map<String, Long> attachments = new TreeMap<>();
      for (int k = 0; k < n; k++) {
        attachments.put(in.readUTF(), in.readLong());
      }
      int length = in.readInt();
      at = bytes.length - in.available();
      if (length < 0 || length > in.available()) {
        throw new IOException("a cached record runs past its file");
      }
      in.skipNBytes(length);
      out.put(path, new Entry(size, modified, read, hash, Map.copyOf(attachments),
          new Record(bytes, at, length)));
      if (in.readBoolean()) {
        String documentKey = in.readUTF();
        String settings = in.readUTF();
        int foundLength = in.readInt();
        int from = bytes.length - in.available();
        if (foundLength < 0 || foundLength > in.available()) {
          throw new IOException("cached findings run past their file");
        }
        in.skipNBytes(foundLength);
        findings.put(path, new Found(documentKey, settings,
            DocumentCodec.decode(bytes, from, foundLength).problems()));
      }
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * The parser's version: gongkai's, and a fingerprint of the classes that parse documents and of
   * the records they make (so that a cache made by another build of the same version, whose
   * parser or model differs, is not used).
   */
  static String parserVersion() {
    ContentKey key = new ContentKey();
    for (String name : PARSER_CLASSES) {
      try (InputStream in = ParseCache.class.getResourceAsStream(name)) {
        key.add(name).add(in == null ? new byte[0] : in.readAllBytes());
      } catch (IOException e) {
        key.add(name + " unreadable");
      }
    }
    return key.toString();
  }

  /**
   * The class files whose code decides what a document file parses to, and the codec's (a test
   * holds every name to an existing class).
   */
  static final List<String> PARSER_CLASSES = List.of(
      "source/DocumentParser", "source/AnnualReportParser", "source/MappingReader",
      "source/Keys", "source/Dates", "source/FrontMatter", "source/Yaml12", "source/Utf8Text",
      "source/Field", "source/FieldSet", "source/Spelling", "source/YamlSlips",
      "source/SiteFolder", "publish/DocumentCodec",
      "publish/ParseCache", "model/AnnualFormat", "model/AnnualFormat$DisclosureRow",
      "model/AnnualFormat$ApplicationRow", "model/AnnualFormat$AppealRow",
      "model/AnnualFormat$OrganKind", "model/Metadata", "model/TaskList", "model/Task",
      "model/Report", "model/AnnualReport", "model/AnnualTables", "model/Disclosure",
      "model/TaskStatus", "model/UnitRef", "model/Withheld$Scope", "model/Severity", "model/Text")
      .stream().map(n -> "/org/gongkai/" + n + ".class").toList();
}
