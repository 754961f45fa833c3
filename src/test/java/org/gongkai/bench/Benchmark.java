package org.gongkai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build benchmark: generates sites of N task-list documents (20 real tasks each, from the
 * sample site's Pinghu list) and times, by the CLI jar in its own process, JVM start included: a
 * full build (no output, no cache), a rebuild with nothing changed, and a rebuild after one task of
 * one document changed; it prints documents, pages, wall seconds, pages per second, peak RSS, peak
 * heap, and the time of each stage the build reported. Then the preview: {@code gongkai serve} in
 * its own process, its start, and 20 edits (a character appended to a task's progress in one
 * file), each timed from the end of the save to the reload event on the preview's event stream,
 * with the median, the 90th percentile and the server's peak RSS.
 *
 * <p>Run: {@code mvn -B -Pbenchmark package} (sizes with {@code -Dbench.sizes="1000 10000"}).
 * Not a test: no timing is asserted anywhere.
 */
public final class Benchmark {

  private static final Pattern PAGES = Pattern.compile("(\\d+) documents?, (\\d+) pages?");
  private static final Pattern HEAP = Pattern.compile("peak heap: (\\d+) MiB");
  private static final Pattern STAGE = Pattern.compile(
      "^gongkai: ([a-z ]+): \\d+ \\w+, ([\\d.]+) s$", Pattern.MULTILINE);
  private static final Pattern URL = Pattern.compile("preview: (http://\\S+/)");
  private static final int EDITS = 20;

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of("").toAbsolutePath();
    Path jar = cliJar(root.resolve("target"));
    List<Integer> sizes = new ArrayList<>();
    for (String a : args) {
      for (String part : a.trim().split("[\\s,]+")) {
        if (!part.isEmpty()) {
          sizes.add(Integer.parseInt(part));
        }
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1000, 10000);
    }
    System.out.printf(Locale.ROOT, "%-22s %-10s %-8s %-8s %-9s %-10s %-10s %s%n", "build",
        "documents", "pages", "wall s", "pages/s", "peak RSS", "peak heap", "(" + Runtime
            .getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version")
            + ")");
    for (int n : sizes) {
      Path site = root.resolve("target/bench/site-" + n);
      SiteGenerator.generate(root, site, n);
      deleteTree(site.resolve("site-output"));
      deleteTree(site.resolve(".gongkai-cache"));
      print("full", build(jar, site, site.resolve("site-output")));
      print("rebuild, no change", build(jar, site, site.resolve("site-output")));
      Path one = site.resolve(SiteGenerator.pathOf(n / 2));
      String before = Files.readString(one, StandardCharsets.UTF_8);
      Files.writeString(one, before.replaceFirst("(?m)^(      \\S.*)$", "$1（本期修订）"),
          StandardCharsets.UTF_8);
      try {
        print("rebuild, 1 doc changed", build(jar, site, site.resolve("site-output")));
      } finally {
        Files.writeString(one, before, StandardCharsets.UTF_8);
      }
      print("rebuild, changed back", build(jar, site, site.resolve("site-output")));
      serve(jar, site, n);
    }
  }

  private static void print(String what, Run run) {
    System.out.printf(Locale.ROOT, "%-22s %-10d %-8d %-8.2f %-9.0f %-10s %-10s %s%n", what,
        run.documents, run.pages, run.seconds, run.pages / run.seconds, run.peakRssMiB + " MiB",
        run.peakHeapMiB + " MiB", run.stages);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * A build's figures; {@code cpuSeconds} is the process's processor time (all threads), {@code
   * stages} the seconds of each stage the build reported.
   */
  record Run(int documents, int pages, double seconds, long peakRssMiB, long peakHeapMiB,
      double cpuSeconds, Map<String, String> stages) {}

  static Run build(Path jar, Path site, Path out) throws IOException, InterruptedException {
    List<String> command = List.of(java(), "-jar", jar.toString(), "--lang", "en", "build",
        "--site", site.toString(), "--output", out.toString(), "--frozen", "--today",
        "2026-11-23", "--stats");
    ProcessMeter.Measured run = ProcessMeter.run(command, Map.of(),
        Path.of("").toAbsolutePath());
    String output = run.output();
    if (run.exitCode() != 0) {
      throw new IllegalStateException("build failed:\n" + output);
    }
    Matcher m = PAGES.matcher(output);
    Matcher h = HEAP.matcher(output);
    if (!m.find() || !h.find()) {
      throw new IllegalStateException("unexpected output:\n" + output);
    }
    Map<String, String> stages = new LinkedHashMap<>();
    Matcher s = STAGE.matcher(output);
    while (s.find()) {
      stages.put(s.group(1), s.group(2));
    }
    return new Run(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), run.seconds(),
        run.peakRssMiB(), Long.parseLong(h.group(1)), run.cpuSeconds(), stages);
  }

  /**
   * Starts {@code gongkai serve} on the built site, listens on its event stream, and times each
   * of {@link #EDITS} saves to the reload event that follows it.
   */
  static void serve(Path jar, Path site, int n) throws Exception {
    List<String> command = List.of(java(), "-jar", jar.toString(), "--lang", "en", "serve",
        "--site", site.toString(), "--port", "0", "--frozen", "--today", "2026-11-23",
        "--quiet");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    URI url = null;
    List<String> said = new ArrayList<>();
    // no read after the address: serve prints nothing more until a file changes
    while (url == null) {
      String line = out.readLine();
      if (line == null) {
        break;
      }
      said.add(line);
      Matcher m = URL.matcher(line);
      if (m.find()) {
        url = URI.create(m.group(1));
      }
    }
    if (url == null) {
      throw new IllegalStateException("serve printed no address:\n" + String.join("\n", said));
    }
    double startSeconds = (System.nanoTime() - start) / 1e9;
    Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
    drain.setDaemon(true);
    drain.start();
    Path one = site.resolve(SiteGenerator.pathOf(n / 3));
    String before = Files.readString(one, StandardCharsets.UTF_8);
    List<Double> latencies = new ArrayList<>();
    try (Socket socket = new Socket(url.getHost(), url.getPort())) {
      OutputStream request = socket.getOutputStream();
      request.write(("GET /__gongkai/events HTTP/1.1\r\nHost: " + url.getAuthority()
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      request.flush();
      BufferedReader events = new BufferedReader(new InputStreamReader(socket.getInputStream(),
          StandardCharsets.UTF_8));
      await(events, "event: hello");
      String text = before;
      for (int i = 0; i < EDITS; i++) {
        text = text.replaceFirst("(?m)^(    progress: \\|-\\n      .*)$", "$1" + (char) ('甲' + i));
        Files.writeString(one, text, StandardCharsets.UTF_8);
        long saved = System.nanoTime();
        await(events, "event: reload");
        latencies.add((System.nanoTime() - saved) / 1e6);
        Thread.sleep(300); // as a person would, between saves
      }
    } finally {
      Files.writeString(one, before, StandardCharsets.UTF_8);
      long peakKb = ProcessMeter.highWaterMark(status);
      new ProcessBuilder("kill", "-s", "TERM", String.valueOf(p.pid())).start().waitFor();
      p.waitFor(60, TimeUnit.SECONDS);
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "%-22s %-10d start %.2f s, save→reload over %d edits: "
          + "median %.0f ms, p90 %.0f ms, max %.0f ms, peak RSS %d MiB%n", "serve", n,
          startSeconds, sorted.size(), percentile(sorted, 50), percentile(sorted, 90),
          sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1), peakKb / 1024);
    }
  }

  private static void await(BufferedReader events, String line) throws IOException {
    for (String l = events.readLine(); l != null; l = events.readLine()) {
      if (l.equals(line)) {
        return;
      }
    }
    throw new IOException("the event stream ended before " + line);
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Path cliJar(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no CLI jar: run mvn package first"));
    }
  }
}
