package org.gongkai.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The search index read back from its files, independently of the writer (as search.js reads
 * them, per docs/search-index.md): the manifest, every posting list, every stored document.
 */
final class IndexFiles {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The files by path, e.g. {@code search/manifest.json}. */
  final Map<String, byte[]> files;
  final JsonNode manifest;
  /** Every bigram's documents: bigram (two code units) → number → entry. */
  final Map<String, Map<Long, Entry>> postings = new TreeMap<>();
  /** Every stored document by number. */
  final Map<Long, Stored> documents = new TreeMap<>();

  /** A document in a posting list. */
  record Entry(int fields, int numberBase, int bodyBase, List<Integer> positions) {}

  /** A stored document: its header fields and segment lines, as in its text file. */
  record Stored(
      long id, String title, String path, String index, String docNumber, String column,
      String publisher, String date, List<JsonNode> segments, int headerLength,
      List<long[]> sync, byte[] bytes) {}

  IndexFiles(Map<String, byte[]> files) {
    this.files = files;
    try {
      manifest = JSON.readTree(files.get("search/manifest.json"));
      int shards = 1 << manifest.get("shardBits").asInt();
      for (int s = 0; s < shards; s++) {
        readShard(files.get("search/dir/" + s + ".bin"), files.get("search/post/" + s + ".bin"));
      }
      for (String path : files.keySet()) {
        if (path.startsWith("search/records/")) {
          String bucket = path.substring("search/records/".length(), path.length() - 4);
          readText(files.get(path), files.get("search/text/" + bucket + ".json"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IndexFiles of(List<SearchIndex.File> built) {
    Map<String, byte[]> files = new TreeMap<>();
    built.forEach(f -> files.put(f.path(), f.bytes()));
    return new IndexFiles(files);
  }

  /** The index files of a built site. */
  static IndexFiles read(Path output) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(output.resolve("search"))) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(output.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new IndexFiles(files);
  }

  /** An unsigned LEB128 reader. */
  static final class Varints {
    private final byte[] bytes;
    int at;

    Varints(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    long next() {
      long value = 0;
      int shift = 0;
      int b;
      do {
        b = bytes[at++] & 0xFF;
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }
  }

  private void readShard(byte[] dir, byte[] post) {
    Varints d = new Varints(dir, 0);
    long n = d.next();
    long key = 0;
    int offset = 0;
    for (long i = 0; i < n; i++) {
      key += d.next();
      int documents = (int) d.next();
      int positions = (int) d.next();
      String bigram = new String(new char[] {(char) (key >>> 16), (char) (key & 0xFFFF)});
      postings.put(bigram, readList(post, offset, documents));
      offset += documents + positions;
    }
    if (offset != post.length) {
      throw new IllegalStateException("the postings file has " + post.length + " bytes, the"
          + " directory accounts for " + offset);
    }
  }

  private static Map<Long, Entry> readList(byte[] post, int offset, int documentsLength) {
    Varints docs = new Varints(post, offset);
    long count = docs.next();
    List<long[]> heads = new ArrayList<>();
    long id = 0;
    for (long k = 0; k < count; k++) {
      id += docs.next();
      long packed = docs.next();
      long numberBase = -1;
      long bodyBase = -1;
      if ((packed & 3) != 0) {
        numberBase = docs.next();
        bodyBase = docs.next();
      }
      heads.add(new long[] {id, packed >>> 3, packed & 7, numberBase, bodyBase});
    }
    if (docs.at != offset + documentsLength) {
      throw new IllegalStateException("documents part of the wrong length");
    }
    Varints positions = new Varints(post, docs.at);
    Map<Long, Entry> out = new TreeMap<>();
    for (long[] h : heads) {
      List<Integer> list = new ArrayList<>();
      int at = 0;
      for (long k = 0; k < h[1]; k++) {
        at += (int) positions.next();
        list.add(at);
      }
      out.put(h[0], new Entry((int) h[2], (int) h[3], (int) h[4], list));
    }
    return out;
  }

  private void readText(byte[] records, byte[] text) throws IOException {
    Varints r = new Varints(records, 0);
    long offset = r.next();
    long n = r.next();
    long id = 0;
    for (long i = 0; i < n; i++) {
      id += r.next();
      int length = (int) r.next();
      int header = (int) r.next();
      long points = r.next();
      List<long[]> sync = new ArrayList<>();
      long[] last = {0, 0};
      for (long k = 0; k < points; k++) {
        last = new long[] {last[0] + r.next(), last[1] + r.next()};
        sync.add(last);
      }
      String record = new String(text, (int) offset, length, StandardCharsets.UTF_8);
      String[] lines = record.split("\n");
      JsonNode h = JSON.readTree(lines[0].replaceFirst(",$", ""));
      List<JsonNode> segments = new ArrayList<>();
      for (int k = 1; k < lines.length; k++) {
        segments.add(JSON.readTree(lines[k].replaceFirst(",$", "")));
      }
      if (h.get(0).asLong() != id) {
        throw new IllegalStateException("records say " + id + ", the text " + h.get(0));
      }
      documents.put(id, new Stored(id, h.get(1).asText(), h.get(2).asText(), h.get(3).asText(),
          h.get(4).asText(), h.get(5).asText(), h.get(6).asText(), h.get(7).asText(), segments,
          header, sync, java.util.Arrays.copyOfRange(text, (int) offset, (int) offset + length)));
      offset += length;
    }
  }

  /** A stored document's normalised text, laid out as the postings count positions. */
  static String layout(Stored d) {
    StringBuilder out = new StringBuilder();
    for (String field : List.of(d.title(), d.docNumber(), d.index())) {
      out.append(SearchText.normalize(field)).append(SearchText.SEPARATOR);
    }
    for (JsonNode s : d.segments()) {
      out.append(SearchText.normalize(s.get(1).asText())).append(SearchText.SEPARATOR);
    }
    return out.toString();
  }

  /**
   * Each document's text as its postings give it back: every position a bigram holds, its two
   * characters; positions no bigram holds are the separator.
   */
  Map<Long, String> textFromPostings() {
    Map<Long, char[]> texts = new TreeMap<>();
    postings.forEach((bigram, docs) -> docs.forEach((id, e) -> {
      for (int p : e.positions()) {
        char[] t = texts.computeIfAbsent(id, k -> new char[0]);
        if (t.length < p + 2) {
          char[] grown = java.util.Arrays.copyOf(t, Math.max(p + 2, t.length * 2));
          java.util.Arrays.fill(grown, t.length, grown.length, SearchText.SEPARATOR);
          texts.put(id, grown);
          t = grown;
        }
        t[p] = bigram.charAt(0);
        t[p + 1] = bigram.charAt(1);
      }
    }));
    Map<Long, String> out = new TreeMap<>();
    texts.forEach((id, t) -> out.put(id, new String(t)));
    return out;
  }
}
