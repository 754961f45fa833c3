package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs one process to its end and measures it from outside: wall time, processor time of all its
 * threads, and peak resident memory (the kernel's high-water mark, VmHWM, polled every 2 ms).
 * Linux only (/proc).
 */
final class ProcessMeter {

  /** What one run cost; {@code output} is its standard output and error together. */
  record Measured(int exitCode, double seconds, double cpuSeconds, long peakRssMiB,
      String output) {}

  private ProcessMeter() {}

  static Measured run(List<String> command, Map<String, String> env, Path directory)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .directory(directory.toFile());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process p = builder.start();
    Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
    StringBuilder output = new StringBuilder();
    Thread reader = new Thread(() -> {
      try {
        output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        output.append(e);
      }
    });
    reader.start();
    long peakKb = 0;
    Duration cpu = Duration.ZERO;
    while (p.isAlive()) {
      peakKb = Math.max(peakKb, highWaterMark(status));
      cpu = p.info().totalCpuDuration().orElse(cpu);
      Thread.sleep(2);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    reader.join();
    return new Measured(p.exitValue(), seconds, cpu.toNanos() / 1e9, peakKb / 1024,
        output.toString());
  }

  /** The process's peak resident memory so far, in KiB; 0 once it has ended. */
  static long highWaterMark(Path status) {
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
}
