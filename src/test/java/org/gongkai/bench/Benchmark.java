package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build benchmark: generates sites of N task-list documents (20 real tasks each, from the
 * sample site's Pinghu list) and times, by the CLI jar in its own process, JVM start included: a
 * full build (no output, no cache), a rebuild with nothing changed, and a rebuild after one task of
 * one document changed; it prints documents, pages, wall seconds, pages per second, peak RSS and
 * peak heap.
 *
 * <p>Run: {@code mvn -B -Pbenchmark package} (sizes with {@code -Dbench.sizes="1000 10000"}).
 * Not a test: no timing is asserted anywhere.
 */
public final class Benchmark {

  private static final Pattern PAGES = Pattern.compile("(\\d+) documents?, (\\d+) pages?");
  private static final Pattern HEAP = Pattern.compile("peak heap: (\\d+) MiB");

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
      Path out = root.resolve("target/bench/out-" + n);
      deleteTree(out);
      deleteTree(site.resolve(".gongkai-cache"));
      print("full", build(jar, site, out));
      print("rebuild, no change", build(jar, site, out));
      Path one = site.resolve(SiteGenerator.pathOf(n / 2));
      String before = Files.readString(one, StandardCharsets.UTF_8);
      Files.writeString(one, before.replaceFirst("(?m)^(      \\S.*)$", "$1（本期修订）"),
          StandardCharsets.UTF_8);
      try {
        print("rebuild, 1 doc changed", build(jar, site, out));
      } finally {
        Files.writeString(one, before, StandardCharsets.UTF_8);
      }
    }
  }

  private static void print(String what, Run run) {
    System.out.printf(Locale.ROOT, "%-22s %-10d %-8d %-8.2f %-9.0f %-10s %-10s%n", what,
        run.documents, run.pages, run.seconds, run.pages / run.seconds, run.peakRssMiB + " MiB",
        run.peakHeapMiB + " MiB");
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

  /** A build's figures; {@code cpuSeconds} is the process's processor time (all threads). */
  record Run(int documents, int pages, double seconds, long peakRssMiB, long peakHeapMiB,
      double cpuSeconds) {}

  static Run build(Path jar, Path site, Path out) throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-jar", jar.toString(), "build", "--site", site.toString(), "--output",
        out.toString(), "--frozen", "--today", "2026-11-23", "--stats");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    long peakKb = 0;
    java.time.Duration cpu = java.time.Duration.ZERO;
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.append(e);
      }
    });
    reader.start();
    while (p.isAlive()) {
      peakKb = Math.max(peakKb, highWaterMark(status));
      cpu = p.info().totalCpuDuration().orElse(cpu);
      Thread.sleep(2);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    reader.join();
    if (p.exitValue() != 0) {
      throw new IllegalStateException("build failed:\n" + output);
    }
    Matcher m = PAGES.matcher(output);
    Matcher h = HEAP.matcher(output);
    if (!m.find() || !h.find()) {
      throw new IllegalStateException("unexpected output:\n" + output);
    }
    return new Run(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), seconds,
        peakKb / 1024, Long.parseLong(h.group(1)), cpu.toNanos() / 1e9);
  }

  private static long highWaterMark(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process has just ended
    }
    return 0;
  }

  static Path cliJar(Path target) throws IOException {
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no CLI jar: run mvn package first"));
    }
  }
}
