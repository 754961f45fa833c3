package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.TestSite;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An old output that cannot be emptied (a read-only folder in it) stops the build before the new
 * site goes live: exit 1 with the folder named, the old output exactly as it was, nothing left
 * beside it. The CLI runs as a real process; as root (who may write anywhere) it runs as the user
 * nobody through setpriv, so that the permissions mean something.
 */
class ReadOnlyOutputIT {

  @TempDir
  Path temp;

  @Test
  void aReadOnlyFolderInTheOldOutputStopsTheBuildBeforeTheNewSiteIsLive() throws Exception {
    Path site = temp.resolve("site");
    Path out = temp.resolve("www");
    TestSite s = TestSite.create(site).report("content/tzgg/a.md", "通知甲", "2023-03-01");
    Path jar = temp.resolve("gongkai-cli.jar");
    Files.copy(cliJar(), jar);
    assertEquals(0, run(jar, site, out, false).exitCode, "the first build");
    s.report("content/tzgg/b.md", "通知乙", "2023-12-31");
    try (Stream<Path> all = Files.walk(temp)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
            Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
      }
    }
    Files.setPosixFilePermissions(out.resolve("tzgg"), PosixFilePermissions.fromString(
        "r-xr-xr-x"));
    Map<String, String> before = TestSites.snapshot(out);

    Run r = run(jar, site, out, true);
    Files.setPosixFilePermissions(out.resolve("tzgg"), PosixFilePermissions.fromString(
        "rwxrwxrwx"));

    assertEquals(1, r.exitCode, r.output);
    assertTrue(r.output.contains("无法替换输出文件夹"), r.output);
    assertTrue(r.output.contains("新站点没有发布"), r.output);
    assertEquals(before, TestSites.snapshot(out), "the old output is as it was");
    try (Stream<Path> entries = Files.list(temp)) {
      assertEquals(List.of("gongkai-cli.jar", "site", "www"), entries
          .map(p -> p.getFileName().toString()).sorted().toList(), "nothing is left beside");
    }
  }

  private record Run(int exitCode, String output) {}

  private Run run(Path jar, Path site, Path out, boolean unprivileged) throws Exception {
    List<String> command = new ArrayList<>();
    if (unprivileged && "root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toString(), "build", "--site", site.toString(), "--output", out.toString(),
        "--today", "2023-12-31"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CI");
    pb.environment().remove("GONGKAI_LANG");
    pb.environment().put("HOME", temp.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    return new Run(p.exitValue(), output);
  }

  static Path cliJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith("-cli.jar")).findFirst()
          .orElseThrow(() -> new AssertionError("no CLI jar in target/: run mvn package first"));
    }
  }
}
