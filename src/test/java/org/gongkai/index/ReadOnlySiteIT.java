package org.gongkai.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read-only content folder stops `gongkai index assign` with an error and nothing written. The
 * CLI runs as a real process; when the tests run as root (who may write anywhere), it runs as the
 * user nobody through setpriv, so that the permissions mean something.
 */
class ReadOnlySiteIT {

  @TempDir
  Path temp;

  @Test
  void aReadOnlyFolderIsAnErrorAndNothingIsHalfWritten() throws Exception {
    Path dir = temp.resolve("site");
    TestSite site = TestSite.create(dir)
        .report("content/tzgg/a.md", "通知甲", "2023-03-01")
        .report("content/zcwj/b.md", "通知乙", "2023-03-02");
    Path jar = org.gongkai.testing.CliJar.path();
    Path jarCopy = temp.resolve("gongkai-cli.jar");
    Files.copy(jar, jarCopy);
    try (Stream<Path> all = Files.walk(temp)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
            Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
      }
    }
    Files.setPosixFilePermissions(dir.resolve("content/zcwj"),
        PosixFilePermissions.fromString("r-xr-xr-x"));
    Map<String, String> before = site.snapshot();

    List<String> command = new ArrayList<>();
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
    }
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jarCopy.toString(), "index", "assign", "--site", dir.toString(),
        "--today", "2023-12-31"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("CI");
    // the default language: the messages are Chinese
    pb.environment().remove("GONGKAI_LANG");
    pb.environment().put("HOME", temp.toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    Files.setPosixFilePermissions(dir.resolve("content/zcwj"),
        PosixFilePermissions.fromString("rwxrwxrwx"));

    assertEquals(1, p.exitValue(), output);
    assertTrue(output.contains("无法写入 content/zcwj/b.md（文件或文件夹只读？）"), output);
    assertTrue(output.contains("没有做任何修改"), output);
    assertEquals(before, site.snapshot(), "a document was changed although the run failed");
  }
}
