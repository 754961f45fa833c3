package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai serve} as a process, from the CLI jar: it prints its address, serves, and stops
 * cleanly with exit code 0 on Ctrl-C (SIGINT) or a polite kill (SIGTERM): server stopped, watcher
 * closed, its last words printed.
 */
class ServeProcessIT {

  static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir
  Path dir;

  record Running(Process process, BufferedReader out, URI url, List<String> lines) {}

  Running start(Path site, String... extra) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        cliJar().toString(), "serve", "--site", site.toString(), "--port", "0", "--today",
        "2023-12-31"));
    command.addAll(List.of(extra));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
        StandardCharsets.UTF_8));
    List<String> lines = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      lines.add(line);
      Matcher m = URL.matcher(line);
      if (line.startsWith("预览：") && m.find()) {
        return new Running(p, out, URI.create(m.group(1)), lines);
      }
    }
    throw new AssertionError("serve printed no address:\n" + String.join("\n", lines));
  }

  @Test
  void ctrlCStopsTheServerAndExitsWithZero() throws Exception {
    Path site = TestSites.copy("minimal", dir.resolve("site"));
    Running serve = start(site);
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(serve.url()).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<!--gongkai-preview-->"));
    // a process started by a test may have inherited SIGINT as ignored (a background job): then
    // only SIGTERM, which ends it the same way, can reach it
    String signal = ignores(serve.process().pid(), 2) ? "TERM" : "INT";
    send(serve, signal);
    assertTrue(serve.process().waitFor(60, TimeUnit.SECONDS), "stopped on SIG" + signal);
    List<String> rest = serve.out().lines().toList();
    assertEquals(0, serve.process().exitValue(), String.join("\n", rest));
    assertTrue(rest.contains("预览已停止"), () -> String.join("\n", rest));
    try (Socket s = new Socket(serve.url().getHost(), serve.url().getPort())) {
      throw new AssertionError("the port is still served after stopping");
    } catch (ConnectException expected) {
      // the server is gone
    }
  }

  @Test
  void aPoliteKillStopsItTheSameWay() throws Exception {
    Path site = TestSites.copy("minimal", dir.resolve("site"));
    Running serve = start(site);
    send(serve, "TERM");
    assertTrue(serve.process().waitFor(60, TimeUnit.SECONDS));
    List<String> rest = serve.out().lines().toList();
    assertEquals(0, serve.process().exitValue(), String.join("\n", rest));
    assertTrue(rest.contains("预览已停止"), () -> String.join("\n", rest));
  }

  @Test
  void servingTheWholeNetworkSaysSo() throws Exception {
    Path site = TestSites.copy("minimal", dir.resolve("site"));
    Running serve = start(site, "--bind", "0.0.0.0");
    send(serve, "TERM");
    assertTrue(serve.process().waitFor(60, TimeUnit.SECONDS));
    String all = String.join("\n", serve.lines());
    assertTrue(all.contains("注意：预览在 0.0.0.0 上提供，网络上的其他人也能看到草稿和问题"), all);
    assertFalse(Files.exists(site.resolve("site-output")), "serve writes no output folder");
  }

  /**
   * Sends a signal the way a terminal or a service manager does ({@code Process.destroy} would
   * also close the streams this test reads).
   */
  static void send(Running serve, String signal) throws IOException, InterruptedException {
    assertEquals(0, new ProcessBuilder("kill", "-s", signal,
        String.valueOf(serve.process().pid())).start().waitFor());
  }

  /** Whether a process ignores a signal (from /proc; false where there is no /proc). */
  static boolean ignores(long pid, int signal) throws IOException {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
        return (mask & (1L << (signal - 1))) != 0;
      }
    }
    return false;
  }

  static Path cliJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no CLI jar: run mvn package first"));
    }
  }
}
