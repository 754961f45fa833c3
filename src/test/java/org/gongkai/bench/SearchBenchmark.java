package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.search.SearchIndex;
import org.gongkai.theme.Browser;
import org.gongkai.theme.SiteServer;

/**
 * The search benchmark, beside {@link Benchmark} on the same generated sites: builds a site with
 * the CLI jar (its own process, JVM start included), then reports
 *
 * <ul>
 *   <li>the index: its bytes and files, against the site's HTML bytes;
 *   <li>the time {@link SearchIndex#build} takes on the assembled site in this JVM, against the
 *       full build's, as wall time and as processor time (which a machine shared with other
 *       work distorts less);
 *   <li>how many index files a one-task change of one document rewrites;
 *   <li>per typical query, in headless Chromium over a local HTTP server that answers byte ranges
 *       as nginx does (no HTTP cache, no compression): the requests and bytes the search page
 *       fetches for its script and the index (page, stylesheet and gongkai.js left out), and the
 *       time search.js takes to answer once every file it needs has arrived.
 * </ul>
 *
 * <p>Run: {@code mvn -B -Pbenchmark package -Dbench.sizes=10000}. Not a test: nothing is asserted.
 */
public final class SearchBenchmark {

  /** Typical queries: 2–4 characters from the sample's task texts, and a few others. */
  static final List<String> QUERIES = List.of("营商环境", "共同富裕", "数字经济", "老旧小区",
      "垃圾分类", "养老", "人才", "GDP", "强链壮群", "乡村振兴", "平湖市人民政府", "2023-000123");

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path jar = Benchmark.cliJar(root.resolve("target"));
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      for (String part : a.trim().split("[\\s,]+")) {
        if (!part.isEmpty()) {
          sizes.add(Integer.parseInt(part));
        }
      }
    }
    for (int n : sizes.isEmpty() ? List.of(10000) : sizes) {
      run(root, jar, n);
    }
  }

  private static void run(Path root, Path jar, int n) throws Exception {
    Path site = root.resolve("target/bench/site-" + n);
    SiteGenerator.generate(root, site, n);
    Path out = root.resolve("target/bench/search-out-" + n);
    Benchmark.deleteTree(out);
    Benchmark.deleteTree(site.resolve(".gongkai-cache"));
    Benchmark.Run full = Benchmark.build(jar, site, out);
    System.out.printf(Locale.ROOT, "%n%d documents: full build %.2f s (%.1f s of processor"
        + " time), %d pages%n", n, full.seconds(), full.cpuSeconds(), full.pages());

    long html = bytes(out, p -> p.toString().endsWith(".html"));
    Path index = out.resolve(SearchIndex.FOLDER);
    long indexBytes = bytes(index, p -> true);
    long indexFiles = count(index);
    System.out.printf(Locale.ROOT, "index: %s in %d files; HTML pages: %s; index/HTML %.1f %%%n",
        mib(indexBytes), indexFiles, mib(html), 100.0 * indexBytes / html);
    bytesByFolder(index);

    double[] took = indexSeconds(site);
    System.out.printf(Locale.ROOT, "SearchIndex.build on the assembled site: %.2f s (%.1f s of"
        + " processor time): %.1f %% of the full build's wall time, %.1f %% of its processor"
        + " time (adds %.1f %% to the processor time of a build without it)%n", took[0],
        took[1], 100 * took[0] / full.seconds(), 100 * took[1] / full.cpuSeconds(),
        100 * took[1] / (full.cpuSeconds() - took[1]));

    oneDocumentChanged(jar, site, out, index, indexFiles);
    queries(out);
  }

  /**
   * SearchIndex.build on the site's plan in this JVM, once, as a build runs it (after assembling
   * the site, so the JIT has warmed up on that but not on the index).
   */
  private static double[] indexSeconds(Path site) {
    SitePlan plan = new SiteAssembler(new Markdown()).assemble(SiteReader.read(site, p -> { }),
        LocalDate.of(2026, 11, 23).atTime(23, 59, 59), p -> { });
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    List<SearchIndex.File> files = SearchIndex.build(plan, p -> { });
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    if (files.isEmpty()) {
      throw new IllegalStateException("no index");
    }
    return new double[] {seconds, cpuSeconds};
  }

  private static void oneDocumentChanged(
      Path jar, Path site, Path out, Path index, long indexFiles) throws Exception {
    Map<String, FileTime> before = times(index);
    Path one = site.resolve(SiteGenerator.pathOf(4321 % Math.max(1, countDocuments(site))));
    String text = Files.readString(one, StandardCharsets.UTF_8);
    Files.writeString(one, text.replaceFirst("(?m)^(      \\S.*)$", "$1（本期修订）"),
        StandardCharsets.UTF_8);
    try {
      Benchmark.Run r = Benchmark.build(jar, site, out);
      Map<String, FileTime> after = times(index);
      long changed = after.entrySet().stream()
          .filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
      System.out.printf(Locale.ROOT, "one task of one document changed: rebuild %.2f s, %d of %d"
          + " index files rewritten%n", r.seconds(), changed, indexFiles);
    } finally {
      Files.writeString(one, text, StandardCharsets.UTF_8);
    }
  }

  private static int countDocuments(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site.resolve("content"))) {
      return (int) files.filter(p -> p.toString().endsWith(".yaml")
          && !p.getFileName().toString().startsWith("_")).count();
    }
  }

  /**
   * Each query on a freshly loaded search page (no HTTP cache): requests and bytes of search.js
   * and the index, and the time the engine then takes to answer it again with every file it
   * needs already in memory.
   */
  private static void queries(Path out) {
    if (Browser.unavailable() != null) {
      System.out.println("no Chromium: " + Browser.unavailable());
      return;
    }
    System.out.printf(Locale.ROOT, "%-16s %8s %9s %9s %10s %s%n", "query", "results",
        "requests", "kB", "answer ms", "(files)");
    try (SiteServer server = SiteServer.serve(out); Browser browser = Browser.start(1280, 900)) {
      for (String q : QUERIES) {
        browser.open(server.url("/search.html") + "?q="
            + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        Map<String, Object> r = (Map<String, Object>) browser.driver().executeAsyncScript(MEASURE);
        if (r.get("error") != null) {
          throw new IllegalStateException(q + ": " + r.get("error"));
        }
        System.out.printf(Locale.ROOT, "%-16s %8s %9s %9.1f %10.1f %s%n", q, r.get("results"),
            r.get("requests"), ((Number) r.get("bytes")).doubleValue() / 1024,
            ((Number) r.get("ms")).doubleValue(), r.get("files"));
      }
    }
  }

  /**
   * Waits for the page's own search to finish, sums what it fetched of search.js and search/,
   * then times the same query again in the same engine (its files already fetched), five times,
   * keeping the median.
   */
  static final String MEASURE = """
      var done = arguments[arguments.length - 1];
      function settled() {
        var s = document.getElementById('search-status').textContent;
        return s && s.indexOf('正在搜索') < 0;
      }
      (function wait(tries) {
        if (!settled()) { return tries > 600 ? done({error: 'no result'}) : setTimeout(function () { wait(tries + 1); }, 50); }
        var entries = performance.getEntriesByType('resource').filter(function (e) {
          return /\\/search\\//.test(e.name) || /search\\.js/.test(e.name);
        });
        var bytes = entries.reduce(function (s, e) { return s + e.encodedBodySize; }, 0);
        var files = {};
        entries.forEach(function (e) {
          var k = /search\\.js/.test(e.name) ? 'search.js'
            : e.name.replace(/.*\\/search\\//, '').replace(/\\/.*/, '');
          var f = files[k] || (files[k] = {requests: 0, kB: 0});
          f.requests++;
          f.kB = Math.round((f.kB + e.encodedBodySize / 1024) * 10) / 10;
        });
        var q = new URLSearchParams(location.search).get('q');
        var engine = GongkaiSearch.engine();
        var times = [];
        var results = 0;
        (async function () {
          for (var i = 0; i < 5; i++) {
            var t0 = performance.now();
            var found = await engine.find(q, {});
            results = found.total;
            await Promise.all(found.hits.slice(0, 10).map(function (h) { return engine.details(h, found.text); }));
            times.push(performance.now() - t0);
          }
          times.sort(function (a, b) { return a - b; });
          done({results: results, requests: entries.length, bytes: bytes, ms: times[2], files: JSON.stringify(files)});
        })().catch(function (e) { done({error: String(e)}); });
      })(0);
      """;

  private static void bytesByFolder(Path index) throws IOException {
    StringBuilder line = new StringBuilder("  by folder:");
    try (Stream<Path> entries = Files.list(index)) {
      for (Path p : entries.sorted().toList()) {
        line.append(' ').append(p.getFileName()).append(' ').append(mib(bytes(p, x -> true)))
            .append(" (").append(count(p)).append(')');
      }
    }
    System.out.println(line);
  }

  private static long bytes(Path root, java.util.function.Predicate<Path> which)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      long sum = 0;
      for (Path p : files.filter(Files::isRegularFile).filter(which).toList()) {
        sum += Files.size(p);
      }
      return sum;
    }
  }

  private static long count(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).count();
    }
  }

  private static Map<String, FileTime> times(Path root) throws IOException {
    Map<String, FileTime> out = new HashMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    }
    return out;
  }

  private static String mib(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0)
        : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
  }
}
