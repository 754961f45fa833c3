package org.gongkai.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.PageKind;
import org.gongkai.assemble.SitePlan;
import org.gongkai.model.Document;
import org.gongkai.model.JsonString;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * The files of the search index of a planned site (all under {@code search/}; the format is in
 * docs/search-index.md):
 *
 * <ul>
 *   <li>{@code manifest.json}: the numbering, the sharding and the filters (years, columns,
 *       publishers with their document counts);
 *   <li>{@code dir/N.bin} and {@code post/N.bin}: shard N of the positional bigram postings
 *       ({@link Postings}), the directory of its bigrams and their posting lists;
 *   <li>{@code text/N.json} and {@code records/N.bin}: the stored text of the documents of 32
 *       days (by number), and where each document's lines are ({@link TextFiles});
 *   <li>{@code facets/column-N.bin} and {@code facets/publisher-N.bin}: the numbers of the
 *       documents of each column and publisher.
 * </ul>
 *
 * <p>Only the documents of the plan's published pages are indexed, from the views those pages
 * show. Every file depends only on the documents it covers (a shard on those containing its
 * bigrams, a text file on its days), so a one-document change rewrites few files.
 */
public final class SearchIndex {

  /** The output folder of the index. */
  public static final String FOLDER = "search/";
  /** The version of the format, which {@code search.js} checks. */
  static final int FORMAT = 1;
  /** A text file holds 2^5 = 32 days of documents. */
  static final int BUCKET_DAY_BITS = 5;
  static final int MIN_SHARD_BITS = 1;
  static final int MAX_SHARD_BITS = 10;
  /** About how many posting bytes and bigrams a shard holds, which sets the number of shards. */
  static final long SHARD_BYTES = 256 * 1024;
  static final int SHARD_KEYS = 256;
  private static final int BATCH = 256;

  private SearchIndex() {}

  /** One file of the index: its output path and bytes. */
  public record File(String path, byte[] bytes) {}

  /**
   * The index of a site: its files, sorted by path. A file that would take the path of a page
   * or copied file is not made; that is an error.
   */
  public static List<File> build(SitePlan plan, Consumer<Problem> problems) {
    DocumentIds.Numbered numbered = DocumentIds.assign(documents(plan));
    List<File> files = new ArrayList<>();
    List<int[]> segmentStarts = new ArrayList<>();
    Postings postings = postings(numbered, segmentStarts);
    int shardBits = shardBits(postings);
    shards(postings, shardBits, files);
    texts(numbered, segmentStarts, files);
    facets(numbered, files);
    files.add(manifest(numbered, shardBits, version(files)));
    files.sort(Comparator.comparing(File::path));
    return withoutCollisions(plan, files, problems);
  }

  /** The indexed text of every published document, from its page's view. */
  static List<IndexedDocument> documents(SitePlan plan) {
    Map<String, Document> bySource = new HashMap<>();
    plan.published().forEach(d -> bySource.put(d.source().path(), d));
    return plan.pages().parallelStream()
        .filter(p -> p.kind() == PageKind.REPORT || p.kind() == PageKind.TASK_LIST)
        .filter(p -> bySource.containsKey(p.source()))
        .map(p -> IndexedDocument.of(p, bySource.get(p.source())))
        .toList();
  }

  /** The postings of every document; notes where each one's segments start. */
  private static Postings postings(DocumentIds.Numbered numbered, List<int[]> segmentStarts) {
    Postings postings = new Postings();
    List<IndexedDocument> docs = numbered.documents();
    for (int from = 0; from < docs.size(); from += BATCH) {
      int to = Math.min(docs.size(), from + BATCH);
      List<Postings.Layout> layouts = docs.subList(from, to).parallelStream()
          .map(Postings.Layout::of).toList();
      layouts.forEach(l -> segmentStarts.add(l.segmentStarts()));
      postings.add(numbered.ids().subList(from, to), layouts);
    }
    postings.finish();
    return postings;
  }

  /** Enough shards for about {@link #SHARD_BYTES} and {@link #SHARD_KEYS} each, a power of 2. */
  static int shardBits(Postings postings) {
    long wanted = Math.max(postings.bytes() / SHARD_BYTES, postings.size() / SHARD_KEYS);
    int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, wanted - 1));
    return Math.max(MIN_SHARD_BITS, Math.min(MAX_SHARD_BITS, bits));
  }

  /** The shard of a bigram: the top bits of a multiplicative hash ({@code search.js} agrees). */
  static int shard(int bigram, int shardBits) {
    return (bigram * 0x9E3779B1) >>> (32 - shardBits);
  }

  private static void shards(Postings postings, int shardBits, List<File> files) {
    int count = 1 << shardBits;
    List<List<Integer>> keysOf = new ArrayList<>();
    for (int s = 0; s < count; s++) {
      keysOf.add(new ArrayList<>());
    }
    for (int key : postings.keys()) {
      keysOf.get(shard(key, shardBits)).add(key);
    }
    java.util.stream.IntStream.range(0, count).parallel().mapToObj(s -> {
      List<Integer> keys = keysOf.get(s);
      VarintBuffer dir = new VarintBuffer(16 + 8 * keys.size());
      dir.add(keys.size());
      long previous = 0;
      int total = 0;
      for (int key : keys) {
        long unsigned = Integer.toUnsignedLong(key);
        Postings.PostingList list = postings.list(key);
        dir.add(unsigned - previous);
        dir.add(list.documentsLength());
        dir.add(list.positionsLength());
        total += list.documentsLength() + list.positionsLength();
        previous = unsigned;
      }
      byte[] post = new byte[total];
      int at = 0;
      for (int key : keys) {
        at = postings.list(key).writeTo(post, at);
      }
      return List.of(new File(FOLDER + "dir/" + s + ".bin", dir.toByteArray()),
          new File(FOLDER + "post/" + s + ".bin", post));
    }).toList().forEach(files::addAll);
  }

  /** The text file (and its records file) of each 32 days of documents. */
  private static void texts(
      DocumentIds.Numbered numbered, List<int[]> segmentStarts, List<File> files) {
    int shift = numbered.bits() + BUCKET_DAY_BITS;
    Map<Long, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < numbered.ids().size(); i++) {
      buckets.computeIfAbsent(numbered.ids().get(i) >> shift, k -> new ArrayList<>()).add(i);
    }
    buckets.entrySet().parallelStream().map(bucket -> {
      List<TextFiles.Entry> entries = bucket.getValue().stream().map(i -> new TextFiles.Entry(
          numbered.ids().get(i), numbered.documents().get(i), segmentStarts.get(i))).toList();
      return TextFiles.of(bucket.getKey(), entries);
    }).toList().forEach(files::addAll);
  }

  private static void facets(DocumentIds.Numbered numbered, List<File> files) {
    int i = 0;
    for (Facet f : columns(numbered)) {
      files.add(new File(FOLDER + "facets/column-" + i++ + ".bin", f.bytes()));
    }
    i = 0;
    for (Facet f : publishers(numbered)) {
      files.add(new File(FOLDER + "facets/publisher-" + i++ + ".bin", f.bytes()));
    }
  }

  /** A filter value and its documents' numbers, in increasing order. */
  private record Facet(String key, String label, List<Long> ids) {

    byte[] bytes() {
      VarintBuffer out = new VarintBuffer(ids.size() + 4);
      out.add(ids.size());
      long previous = 0;
      for (long id : ids) {
        out.add(id - previous);
        previous = id;
      }
      return out.toByteArray();
    }
  }

  /** The columns that hold documents, by folder. */
  private static List<Facet> columns(DocumentIds.Numbered numbered) {
    Map<String, Facet> out = new TreeMap<>();
    for (int i = 0; i < numbered.ids().size(); i++) {
      IndexedDocument d = numbered.documents().get(i);
      out.computeIfAbsent(d.columnPath(), k -> new Facet(k, d.columnTitle(), new ArrayList<>()))
          .ids().add(numbered.ids().get(i));
    }
    return List.copyOf(out.values());
  }

  /** The publishers (发布机构), by name. */
  private static List<Facet> publishers(DocumentIds.Numbered numbered) {
    Map<String, Facet> out = new TreeMap<>();
    for (int i = 0; i < numbered.ids().size(); i++) {
      IndexedDocument d = numbered.documents().get(i);
      out.computeIfAbsent(d.publisher(), k -> new Facet(k, k, new ArrayList<>()))
          .ids().add(numbered.ids().get(i));
    }
    return List.copyOf(out.values());
  }

  /**
   * A fingerprint of the other index files (paths and bytes). search.js asks for every file
   * with it in the query, so that a browser never mixes files of two builds from its cache.
   */
  static String version(List<File> files) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    org.gongkai.model.ContentKey key = new org.gongkai.model.ContentKey();
    for (File f : files) {
      crc.reset();
      crc.update(f.bytes());
      key.add(f.path()).add(Long.toHexString(crc.getValue()));
    }
    return key.toString().replace("-", "");
  }

  private static File manifest(DocumentIds.Numbered numbered, int shardBits, String version) {
    StringBuilder m = new StringBuilder("{\n");
    m.append("\"format\": ").append(FORMAT).append(",\n");
    m.append("\"version\": ");
    JsonString.quote(version, m);
    m.append(",\n");
    m.append("\"documents\": ").append(numbered.ids().size()).append(",\n");
    m.append("\"idBits\": ").append(numbered.bits()).append(",\n");
    m.append("\"bucketBits\": ").append(numbered.bits() + BUCKET_DAY_BITS).append(",\n");
    m.append("\"shardBits\": ").append(shardBits).append(",\n");
    m.append("\"years\": [");
    Map<Integer, Integer> years = new TreeMap<>(Collections.reverseOrder());
    numbered.documents().forEach(d -> years.merge(d.published().getYear(), 1, Integer::sum));
    String sep = "\n";
    for (Map.Entry<Integer, Integer> y : years.entrySet()) {
      long from = DocumentIds.day(LocalDate.of(y.getKey(), 1, 1)) << numbered.bits();
      long to = DocumentIds.day(LocalDate.of(y.getKey() + 1, 1, 1)) << numbered.bits();
      m.append(sep).append('[').append(y.getKey()).append(", ").append(y.getValue())
          .append(", ").append(from).append(", ").append(to).append(']');
      sep = ",\n";
    }
    m.append("\n],\n\"columns\": [");
    appendFacets(columns(numbered), true, m);
    m.append("\n],\n\"publishers\": [");
    appendFacets(publishers(numbered), false, m);
    m.append("\n]\n}\n");
    return new File(FOLDER + "manifest.json", m.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void appendFacets(List<Facet> facets, boolean withLabel, StringBuilder m) {
    String sep = "\n";
    for (Facet f : facets) {
      m.append(sep).append('[');
      JsonString.quote(f.key(), m);
      if (withLabel) {
        m.append(", ");
        JsonString.quote(f.label(), m);
      }
      m.append(", ").append(f.ids().size()).append(']');
      sep = ",\n";
    }
  }

  /** Leaves out (and reports) index files whose path a page or copied file already has. */
  private static List<File> withoutCollisions(
      SitePlan plan, List<File> files, Consumer<Problem> problems) {
    Map<String, Location> taken = new HashMap<>();
    for (Page p : plan.pages()) {
      taken.put(p.path().toLowerCase(Locale.ROOT),
          Location.of(p.source() == null ? "content/" : p.source()));
    }
    for (SitePlan.Copy c : plan.copies()) {
      taken.put(c.to().toLowerCase(Locale.ROOT), Location.of(c.from()));
    }
    List<File> out = new ArrayList<>();
    for (File f : files) {
      Location at = taken.get(f.path().toLowerCase(Locale.ROOT));
      if (at == null) {
        out.add(f);
      } else {
        problems.accept(Problem.error(at, "permalink-collision",
            Text.of("search.path-taken", f.path()), Text.of("search.path-taken-hint",
                FOLDER)));
      }
    }
    return out;
  }
}
