package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.SampleSite;
import org.gongkai.theme.Browser;
import org.gongkai.theme.SiteServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recall and precision of the real search engine ({@code assets/search.js}) in headless Chromium
 * against the built sample site served over HTTP: for several hundred substrings of the sample's
 * public text (seeded random positions and lengths 2–8 in titles, 索引号, 文号, task content,
 * progress, unit names and report paragraphs, typed in the ways visitors type them) and the edge
 * cases, the engine returns exactly the pages a brute-force scan of the same text finds, and every
 * hit it shows marks the query in its text.
 */
class SearchRecallIT {

  @TempDir static Path output;
  static SiteServer server;
  static Browser browser;
  static SampleIndex sample;

  @BeforeAll
  static void open() {
    if (Browser.unavailable() != null) {
      return;
    }
    SampleSite.build(output);
    sample = SampleIndex.sample();
    server = SiteServer.serve(output);
    browser = Browser.start(1280, 900);
  }

  @BeforeEach
  void requireBrowser() {
    Browser.requireInstalled();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** The edge cases: each a query as a visitor types it. */
  static final List<String> EDGE_CASES = List.of(
      "诸政办发[2023]2号", "诸政办发〔2023〕2号", "诸政办发【2023】2号", "诸政办发(2023)2号",
      "诸政办发（2023）2号", "诸政办发 〔2023〕 2号", "诸政办发［２０２３］２号",
      "2023-141193", "001008006002001/2023", "２０２３－１４１１９３", "2577014t/2023",
      "实现GDP", "GDP 178.5亿元", "gdp178", "ＧＤＰ１７８．５", "p178.5亿",
      "增长6%", "增长６％", "发改局", "农业农村局", "★发改局", "经信局、",
      "重点工作", "平湖市2023年政府工作报告", "绍兴", "不存在的短语甲乙丙",
      "生产总值", "（此件公开发布）", "此件公开", "2.85%以上", "“十三五”成就", "\"十三五\"成就");

  @Test
  void findsExactlyWhatABruteForceScanFinds() {
    Set<String> queries = new LinkedHashSet<>(EDGE_CASES);
    queries.addAll(randomQueries(new Random(20261123L), 400));
    Map<String, Object> found = search(server, new ArrayList<>(queries));
    assertTrue(found.get("error") == null, () -> "search.js failed: " + found.get("error"));
    List<String> wrong = new ArrayList<>();
    int hits = 0;
    for (String q : queries) {
      @SuppressWarnings("unchecked")
      Map<String, Object> r = (Map<String, Object>) found.get(q);
      TreeSet<String> expected = sample.bruteForce(q);
      @SuppressWarnings("unchecked")
      TreeSet<String> actual = new TreeSet<>((List<String>) r.get("paths"));
      if (!expected.equals(actual)) {
        wrong.add(q + ": expected " + expected + ", search.js found " + actual);
      }
      if (!Boolean.TRUE.equals(r.get("allMarked"))) {
        wrong.add(q + ": a hit without the query marked in its text");
      }
      hits += actual.size();
    }
    assertEquals(List.of(), wrong.subList(0, Math.min(20, wrong.size())), wrong.size()
        + " of " + queries.size() + " queries wrong, the first 20 shown");
    assertTrue(queries.size() >= 400 && hits >= queries.size(), queries.size() + " queries, "
        + hits + " hits");
    assertTrue(server.multipartResponses() > 0, "no request read several records at once");
  }

  /**
   * search.js normalises every UTF-16 code unit as {@link SearchText#fold} does, and puts every
   * bigram in the shard {@link SearchIndex#shard} puts it in: otherwise a query would look for
   * other text than the index holds, or in the wrong file.
   */
  @Test
  @SuppressWarnings("unchecked")
  void normalisationAndShardsAreTheSameInJavaAndTheBrowser() throws Exception {
    browser.open(server.url("/search.html"));
    String folded = (String) browser.script("""
        var out = [];
        for (var c = 0; c < 65536; c++) {
          var n = GongkaiSearch.normalize(String.fromCharCode(c));
          out.push(n.length ? n.charCodeAt(0) : -1);
        }
        return JSON.stringify(out);""");
    long[] js = new com.fasterxml.jackson.databind.ObjectMapper().readValue(folded, long[].class);
    List<String> differ = new ArrayList<>();
    for (int c = 0; c < 65536; c++) {
      if (js[c] != SearchText.fold((char) c)) {
        differ.add(Integer.toHexString(c) + ": Java " + SearchText.fold((char) c) + ", JS "
            + js[c]);
      }
    }
    assertEquals(List.of(), differ.subList(0, Math.min(20, differ.size())));
    Random random = new Random(1);
    List<Long> keys = new ArrayList<>(List.of(0L, 0xFFFFFFFFL, 0x4E2D6587L, 0x80000000L));
    for (int i = 0; i < 2000; i++) {
      keys.add(Integer.toUnsignedLong(random.nextInt()));
    }
    for (int bits = SearchIndex.MIN_SHARD_BITS; bits <= SearchIndex.MAX_SHARD_BITS; bits++) {
      List<Long> shards = (List<Long>) browser.driver().executeAsyncScript("""
          var keys = arguments[0], bits = arguments[1], done = arguments[2];
          var e = GongkaiSearch.newEngine();
          e.load().then(function () {
            e.manifest = Object.assign({}, e.manifest, {shardBits: bits});
            done(keys.map(function (k) { return e.shardOf(k | 0); }));
          });""", keys, bits);
      for (int i = 0; i < keys.size(); i++) {
        assertEquals(SearchIndex.shard((int) (long) keys.get(i), bits), (long) shards.get(i),
            "bigram " + Long.toHexString(keys.get(i)) + ", " + bits + " bits");
      }
    }
  }

  /**
   * A server that ignores Range headers (Python's http.server, some CDNs) sends whole files; the
   * engine then slices them itself and finds the same.
   */
  @Test
  void findsTheSameFromAServerThatIgnoresRanges() {
    List<String> queries = new ArrayList<>(EDGE_CASES);
    queries.addAll(randomQueries(new Random(7L), 60));
    try (SiteServer plain = SiteServer.serveIgnoringRanges(output)) {
      Map<String, Object> found = search(plain, queries);
      assertTrue(found.get("error") == null, () -> "search.js failed: " + found.get("error"));
      List<String> wrong = new ArrayList<>();
      for (String q : queries) {
        @SuppressWarnings("unchecked")
        List<String> paths = (List<String>) ((Map<String, Object>) found.get(q)).get("paths");
        if (!sample.bruteForce(q).equals(new TreeSet<>(paths))) {
          wrong.add(q + ": " + paths);
        }
      }
      assertEquals(List.of(), wrong);
    }
  }

  /**
   * Substrings of 2–8 characters at seeded random places of each document's text, each typed in
   * one of five ways: as printed, full-width, upper case, with other brackets, with spaces.
   */
  static List<String> randomQueries(Random random, int count) {
    List<String> sources = new ArrayList<>();
    for (IndexedDocument d : sample.documents) {
      sources.add(d.title());
      sources.add(d.index());
      sources.add(d.docNumber());
      d.segments().forEach(s -> sources.add(s.text()));
    }
    sources.removeIf(s -> SearchText.normalize(s).length() < 2);
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      String text = sources.get(random.nextInt(sources.size()));
      int length = 2 + random.nextInt(7);
      int start = random.nextInt(Math.max(1, text.length() - 1));
      String slice = text.substring(start, Math.min(text.length(), start + length));
      String query = typed(slice, random.nextInt(5));
      if (SearchText.normalize(query).length() >= 2 && !out.contains(query)) {
        out.add(query);
      }
    }
    return out;
  }

  private static String typed(String slice, int how) {
    StringBuilder out = new StringBuilder();
    for (char c : slice.toCharArray()) {
      switch (how) {
        case 1 -> out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : c);
        case 2 -> out.append(Character.toUpperCase(c));
        case 3 -> out.append(c == '〔' ? '[' : c == '〕' ? ']' : c == '(' ? '（' : c == ')' ? '）'
            : c == '（' ? '【' : c == '）' ? '】' : c);
        case 4 -> out.append(c).append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs every query through search.js on the search page: found pages per query. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> search(SiteServer from, List<String> queries) {
    browser.open(from.url("/search.html"));
    return (Map<String, Object>) browser.driver().executeAsyncScript(FIND_ALL, queries);
  }

  /**
   * For each query: the pages of its hits, and whether every hit's details mark the query in
   * the title, 索引号, 文号 or a segment (the positions and the stored text agree). The records of
   * all hits are read together, several byte ranges of a text file in one request.
   */
  static final String FIND_ALL = """
      var queries = arguments[0], done = arguments[arguments.length - 1];
      var engine = GongkaiSearch.newEngine(), out = {};
      (async function () {
        for (var q of queries) {
          var r = await engine.find(q, {});
          var paths = [], allMarked = true;
          for (var d of await engine.describe(r.hits, r.text)) {
            paths.push(d.doc.path);
            if (!(d.title.length || d.index.length || d.docNumber.length || d.segments.length)) {
              allMarked = false;
            }
          }
          out[q] = {paths: paths, allMarked: allMarked};
        }
        return out;
      })().then(done, function (e) { done({error: String(e && e.stack || e)}); });
      """;
}
