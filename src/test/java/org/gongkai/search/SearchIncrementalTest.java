package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.SampleSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change of one document rewrites only the index files that hold it: the shards of its
 * bigrams, its text and records file, the filter files whose counts change, and the manifest
 * (whose version changes with any file).
 * Every other file keeps its bytes (so the output writer keeps the file), and every other
 * document keeps its number.
 */
class SearchIncrementalTest {

  @TempDir Path site;

  @BeforeEach
  void copySample() throws IOException {
    for (String file : List.of("site.yaml", "units.yaml", "index-ledger.yaml")) {
      Files.copy(SampleSite.ROOT.resolve(file), site.resolve(file));
    }
    try (var walk = Files.walk(SampleSite.ROOT.resolve("content"))) {
      for (Path p : walk.toList()) {
        Path to = site.resolve(SampleSite.ROOT.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  private Map<String, byte[]> index() {
    Map<String, byte[]> files = new TreeMap<>();
    SearchIndex.build(new SampleIndex(site).plan, p -> { })
        .forEach(f -> files.put(f.path(), f.bytes()));
    return files;
  }

  private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
    Set<String> out = new TreeSet<>();
    for (String path : after.keySet()) {
      if (!before.containsKey(path) || !Arrays.equals(before.get(path), after.get(path))) {
        out.add(path);
      }
    }
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(out::add);
    return out;
  }

  /** The shards holding any bigram of some normalised texts, as their two files each. */
  private static Set<String> shardsOf(List<String> texts, int shardBits) {
    Set<String> out = new TreeSet<>();
    for (String t : texts) {
      for (int i = 0; i + 1 < t.length(); i++) {
        int s = SearchIndex.shard(Postings.bigram(t.charAt(i), t.charAt(i + 1)), shardBits);
        out.add("search/dir/" + s + ".bin");
        out.add("search/post/" + s + ".bin");
      }
    }
    return out;
  }

  @Test
  void addingADocumentRewritesOnlyTheFilesThatHoldIt() throws IOException {
    Map<String, byte[]> before = index();
    IndexFiles old = new IndexFiles(before);
    Files.writeString(site.resolve("content/zwgk/tzgg/2023-new.md"), """
        ---
        title: 关于开展垃圾分类宣传周活动的通知
        index: 001008006002001/2023-141195
        docNumber: 诸政办发〔2023〕9号
        topic: 综合政务/其他
        publisher: 市政府办公室
        written: 2023-05-19
        published: "2023-05-20 10:00"
        ---

        各镇乡人民政府：垃圾分类宣传周定于五月下旬举行。
        """, StandardCharsets.UTF_8);
    Map<String, byte[]> after = index();
    IndexFiles now = new IndexFiles(after);

    IndexFiles.Stored added = now.documents.values().stream()
        .filter(d -> d.path().contains("2023-new")).findFirst().orElseThrow();
    old.documents.values().forEach(d -> assertEquals(d.path(), now.documents.get(d.id()).path(),
        "document " + d.id() + " was renumbered"));

    int shardBits = now.manifest.get("shardBits").asInt();
    assertEquals(old.manifest.get("shardBits").asInt(), shardBits);
    long bucket = added.id() >> now.manifest.get("bucketBits").asInt();
    Set<String> allowed = new TreeSet<>(shardsOf(List.of(IndexFiles.layout(added)), shardBits));
    allowed.addAll(List.of("search/manifest.json", "search/text/" + bucket + ".json",
        "search/records/" + bucket + ".bin", "search/facets/column-1.bin",
        "search/facets/publisher-0.bin"));
    Set<String> changed = changed(before, after);
    Set<String> unexpected = new TreeSet<>(changed);
    unexpected.removeAll(allowed);
    assertEquals(Set.of(), unexpected);
    assertTrue(changed.contains("search/text/" + bucket + ".json"));
    long untouched = after.keySet().stream().filter(p -> !changed.contains(p)).count();
    assertTrue(untouched > after.size() / 3, untouched + " of " + after.size()
        + " files unchanged");
  }

  /**
   * Editing one task of a list changes the shards of the bigrams of that list (its later
   * positions move) and its text file, nothing of the other documents.
   */
  @Test
  void changingADocumentRewritesOnlyTheFilesThatHoldIt() throws IOException {
    Map<String, byte[]> before = index();
    IndexFiles old = new IndexFiles(before);
    Path list = site.resolve("content/zwgk/zdgz/2023-zhuji-zrqd.yaml");
    String text = Files.readString(list, StandardCharsets.UTF_8);
    String edited = text.replaceFirst("生产总值增长7.5%左右", "生产总值增长7.5%左右（已修订）");
    assertFalse(edited.equals(text));
    Files.writeString(list, edited, StandardCharsets.UTF_8);
    Map<String, byte[]> after = index();
    IndexFiles now = new IndexFiles(after);

    IndexFiles.Stored before1 = old.documents.values().stream()
        .filter(d -> d.path().endsWith("2023-zhuji-zrqd.html")).findFirst().orElseThrow();
    IndexFiles.Stored after1 = now.documents.get(before1.id());
    assertEquals(before1.path(), after1.path());
    int shardBits = now.manifest.get("shardBits").asInt();
    long bucket = after1.id() >> now.manifest.get("bucketBits").asInt();
    Set<String> allowed = new TreeSet<>(shardsOf(List.of(IndexFiles.layout(before1),
        IndexFiles.layout(after1)), shardBits));
    allowed.addAll(List.of("search/text/" + bucket + ".json",
        "search/records/" + bucket + ".bin", "search/manifest.json"));
    Set<String> changed = changed(before, after);
    Set<String> unexpected = new TreeSet<>(changed);
    unexpected.removeAll(allowed);
    assertEquals(Set.of(), unexpected);
    assertTrue(changed.contains("search/text/" + bucket + ".json"));
    assertTrue(after.size() - changed.size() > after.size() / 3);
  }
}
