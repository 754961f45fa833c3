package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI jar in its own process, as a web team runs it: an export and an import print gongkai's
 * messages and nothing else on stderr (Apache POI logs through the Log4j API, which would
 * otherwise complain that it has no logging provider).
 */
class SheetCliIT {

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  private Run cli(String... args) throws Exception {
    Path jar = org.gongkai.testing.CliJar.path();
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        jar.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("CI");
    pb.environment().remove(org.gongkai.model.Lang.ENV);
    pb.redirectOutput(dir.resolve("out.txt").toFile());
    pb.redirectError(dir.resolve("err.txt").toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES));
    return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private static void assertNoLogging(Run run) {
    String err = run.err().toLowerCase(Locale.ROOT);
    assertFalse(err.contains("log4j") || err.contains("statuslogger")
        || err.contains("slf4j"), run.err());
  }

  @Test
  void exportAndImportPrintOnlyGongkaisMessages() throws Exception {
    Path site = SheetSites.sample(dir.resolve("site"));
    Path sent = dir.resolve("sent");
    Run export = cli("export", "2023-pinghu-key-tasks", "--whole", "--site", site.toString(),
        "--out", sent.toString(), "--today", "2026-11-23");
    assertEquals(0, export.code(), export.err());
    assertNoLogging(export);
    assertEquals("", export.err());
    assertTrue(export.out().contains("已写入 " + sent.resolve("全部任务.xlsx")), export.out());

    Path target = dir.resolve("site/content/zwgk/zdgz/round-trip.yaml");
    Run imported = cli("import", sent.resolve("全部任务.xlsx").toString(), "--site",
        site.toString(), "--out", target.toString(), "--title", "往返", "--written",
        "2023-10-10", "--published", "2023-10-12", "--topic", "综合政务/政务公开");
    assertEquals(0, imported.code(), imported.err());
    assertNoLogging(imported);
    assertTrue(Files.readString(target).contains("tasks:\n  - seq: 1\n"));

    Path bad = Files.writeString(dir.resolve("坏.xlsx"), "<html><body>not a sheet</body></html>");
    Run refused = cli("import", bad.toString(), "--site", site.toString(), "--out",
        dir.resolve("site/content/zwgk/zdgz/bad.yaml").toString());
    assertEquals(1, refused.code());
    assertNoLogging(refused);
    assertTrue(refused.err().contains(bad + ": error: sheet-unreadable: 该文件实际是网页（HTML）"),
        refused.err());
  }
}
