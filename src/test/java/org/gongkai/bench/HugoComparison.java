package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * gongkai against Hugo on the same N task-list documents, in one run and interleaved (gongkai,
 * Hugo, gongkai, Hugo): full builds (no output folder, no cache), each process measured from
 * outside (wall time, processor time, peak RSS; ProcessMeter). gongkai runs as a user installs it:
 * bin/gongkai from the distribution archive, with the launcher's JVM defaults, and once more per
 * extra {@code GONGKAI_OPTS} given in {@code -Dbench.gongkaiOpts="opts;opts"} (to compare JVM
 * settings). The Hugo site holds the same documents: each one's YAML as front matter, and a plain
 * layout that renders the same task table with links to the units; Hugo writes only the pages
 * (no feeds, sitemap or taxonomies), where gongkai also writes open data, catalogues and more.
 *
 * <p>When {@code hugo} is not on the PATH, the Hugo column is skipped and says so. Run: {@code mvn
 * -B -Pbenchmark package -Dbench.sizes="1000 10000"}. Not a test: no timing is asserted anywhere.
 */
public final class HugoComparison {

  private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

  private HugoComparison() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path launcher = unpackDistribution(root);
    List<String> variants = new ArrayList<>(List.of(""));
    for (String v : System.getProperty("bench.gongkaiOpts", "").split(";")) {
      if (!v.isBlank()) {
        variants.add(v.strip());
      }
    }
    String hugo = onPath("hugo");
    System.out.printf(Locale.ROOT, "gongkai against Hugo, full builds, interleaved (%d cores, "
        + "Java %s, %s)%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"), hugo == null
            ? "hugo not on PATH: the Hugo column is skipped" : version(hugo));
    System.out.printf(Locale.ROOT, "%-9s %-44s %-5s %-8s %-8s %-10s %s%n", "documents", "tool",
        "round", "wall s", "CPU s", "peak RSS", "output");
    for (int n : sizes(args)) {
      Path site = root.resolve("target/bench/site-" + n);
      SiteGenerator.generate(root, site, n);
      Path hugoSite = root.resolve("target/bench/hugo-" + n);
      if (hugo != null) {
        writeHugoSite(site, hugoSite, n);
      }
      Path out = root.resolve("target/bench/compare-out-" + n);
      List<double[]> gongkaiRuns = new ArrayList<>();
      List<double[]> hugoRuns = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        for (String opts : variants) {
          Benchmark.deleteTree(out);
          Benchmark.deleteTree(site.resolve(".gongkai-cache"));
          ProcessMeter.Measured m = ProcessMeter.run(List.of(launcher.toString(), "build",
              "--site", site.toString(), "--output", out.toString(), "--frozen", "--today",
              "2026-11-23"), Map.of("GONGKAI_OPTS", opts), root);
          check(m, "gongkai");
          print(n, "gongkai " + (opts.isEmpty() ? "(launcher defaults)" : opts), round, m, out);
          if (opts.isEmpty()) {
            gongkaiRuns.add(new double[] {m.seconds(), m.cpuSeconds(), m.peakRssMiB()});
          }
        }
        if (hugo != null) {
          Benchmark.deleteTree(out);
          ProcessMeter.Measured m = ProcessMeter.run(List.of(hugo, "--source",
              hugoSite.toString(), "--destination", out.toString(), "--ignoreCache", "--quiet"),
              Map.of(), root);
          check(m, "hugo");
          print(n, "hugo", round, m, out);
          hugoRuns.add(new double[] {m.seconds(), m.cpuSeconds(), m.peakRssMiB()});
        }
      }
      if (hugo != null) {
        double[] g = best(gongkaiRuns);
        double[] h = best(hugoRuns);
        System.out.printf(Locale.ROOT, "%-9d gongkai / hugo (best of %d): wall %.2f×, CPU %.2f×,"
            + " peak RSS %.2f×%n", n, ROUNDS, g[0] / h[0], g[1] / h[1], g[2] / h[2]);
      }
    }
  }

  private static List<Integer> sizes(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      for (String part : a.trim().split("[\\s,]+")) {
        if (!part.isEmpty()) {
          sizes.add(Integer.parseInt(part));
        }
      }
    }
    return sizes.isEmpty() ? List.of(1000, 10000) : sizes;
  }

  /** The smallest of each figure over the rounds: the least disturbed by the shared machine. */
  private static double[] best(List<double[]> runs) {
    double[] best = runs.get(0).clone();
    for (double[] r : runs) {
      for (int i = 0; i < best.length; i++) {
        best[i] = Math.min(best[i], r[i]);
      }
    }
    return best;
  }

  private static void check(ProcessMeter.Measured m, String tool) {
    if (m.exitCode() != 0) {
      throw new IllegalStateException(tool + " failed (exit " + m.exitCode() + "):\n"
          + m.output());
    }
  }

  private static void print(int n, String tool, int round, ProcessMeter.Measured m, Path out)
      throws IOException {
    System.out.printf(Locale.ROOT, "%-9d %-44s %-5d %-8.2f %-8.2f %-10s %d files, %.0f MB%n", n,
        tool, round, m.seconds(), m.cpuSeconds(), m.peakRssMiB() + " MiB", count(out)[0],
        count(out)[1] / 1e6);
  }

  private static long[] count(Path dir) throws IOException {
    long[] filesAndBytes = new long[2];
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(Files::isRegularFile).forEach(f -> {
        filesAndBytes[0]++;
        filesAndBytes[1] += f.toFile().length();
      });
    }
    return filesAndBytes;
  }

  /** bin/gongkai of the archive {@code mvn package} made, unpacked into target/bench/dist. */
  private static Path unpackDistribution(Path root) throws IOException, InterruptedException {
    Path archive;
    try (Stream<Path> files = Files.list(root.resolve("target"))) {
      archive = files.filter(f -> f.getFileName().toString().endsWith("-dist.tar.gz"))
          .findFirst().orElseThrow(() -> new IllegalStateException(
              "no distribution archive: run mvn package first"));
    }
    Path dist = root.resolve("target/bench/dist");
    Benchmark.deleteTree(dist);
    Files.createDirectories(dist);
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dist.toString(),
        "--strip-components=1").inheritIO().start();
    if (tar.waitFor() != 0) {
      throw new IllegalStateException("tar could not unpack " + archive);
    }
    return dist.resolve("bin/gongkai");
  }

  private static String onPath(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static String version(String hugo) throws IOException, InterruptedException {
    ProcessMeter.Measured m = ProcessMeter.run(List.of(hugo, "version"), Map.of(),
        Path.of("").toAbsolutePath());
    return m.output().strip();
  }

  /**
   * The same documents as a Hugo site: each document's YAML becomes the front matter of a page in
   * the same column (Hugo reads {@code published} as its publication date), rendered by a plain
   * layout with the same table (序号, 主要工作任务, 完成情况, 牵头单位 with a link per unit).
   */
  static void writeHugoSite(Path site, Path hugoSite, int n) throws IOException {
    Path marker = hugoSite.resolve(".generated-" + n);
    if (Files.exists(marker)) {
      return;
    }
    Benchmark.deleteTree(hugoSite);
    Files.createDirectories(hugoSite.resolve("layouts/_default"));
    Files.writeString(hugoSite.resolve("config.yaml"), """
        baseURL: https://bench.example.gov.cn/
        title: 基准测试网站
        languageCode: zh-CN
        disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]
        """, StandardCharsets.UTF_8);
    Files.writeString(hugoSite.resolve("layouts/_default/baseof.html"), """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} - {{ .Site.Title }}</title>
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
        <main>{{ block "main" . }}{{ end }}</main>
        </body>
        </html>
        """, StandardCharsets.UTF_8);
    Files.writeString(hugoSite.resolve("layouts/_default/single.html"), """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <dl><dt>索引号</dt><dd>{{ .Params.index }}</dd><dt>发布日期</dt>
        <dd>{{ .PublishDate.Format "2006-01-02 15:04" }}</dd>
        <dt>主题分类</dt><dd>{{ .Params.topic }}</dd></dl>
        <table>
        <thead><tr><th>序号</th><th>{{ .Params.headings.content }}</th>
        <th>{{ .Params.headings.progress }}</th><th>{{ .Params.headings.units }}</th></tr></thead>
        <tbody>
        {{ range .Params.tasks }}
        <tr><td>{{ .seq }}</td><td>{{ .content }}</td><td>{{ .progress }}</td>
        <td>{{ range $i, $u := .units }}{{ if $i }}、{{ end }}<a href="{{ printf "/units/%s/" \
        ($u | urlize) | relURL }}">{{ $u }}</a>{{ end }}</td></tr>
        {{ end }}
        </tbody>
        </table>
        {{ end }}
        """.replace("\\\n", ""), StandardCharsets.UTF_8);
    Files.writeString(hugoSite.resolve("layouts/_default/list.html"), """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        <ul>
        {{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> \
        {{ .PublishDate.Format "2006-01-02" }}</li>
        {{ end }}
        </ul>
        {{ end }}
        """.replace("\\\n", ""), StandardCharsets.UTF_8);
    Path content = site.resolve("content");
    List<Path> documents;
    try (Stream<Path> walk = Files.walk(content)) {
      documents = walk.filter(f -> f.toString().endsWith(".yaml")
          && !f.getFileName().toString().startsWith("_")).sorted().toList();
    }
    for (Path doc : documents) {
      String relative = content.relativize(doc).toString().replaceAll("\\.yaml$", ".md");
      Path page = hugoSite.resolve("content").resolve(relative);
      Files.createDirectories(page.getParent());
      Files.writeString(page, "---\n" + Files.readString(doc, StandardCharsets.UTF_8)
          + "---\n", StandardCharsets.UTF_8);
    }
    Files.writeString(marker, "");
  }
}
