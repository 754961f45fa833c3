package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.gongkai.TestSite;
import org.gongkai.model.Lang;
import org.gongkai.model.Progress.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long run shows its progress on standard error: a line per stage in a log, a live line on a
 * terminal, nothing with --quiet, and nothing in the log of a small site.
 */
class ProgressTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
  }

  /** A site of {@code n} short notices. */
  private Path site(int n) {
    TestSite site = TestSite.create(root.resolve("site-" + n));
    for (int i = 0; i < n; i++) {
      site.report(String.format("content/tzgg/n%03d.md", i), "通知" + i, "2023-05-02");
    }
    return site.dir();
  }

  /** The lines of standard error that are progress (the rest are the problems, e.g. notes). */
  private List<String> progressLines() {
    return err.toString().lines().filter(l -> l.startsWith("gongkai: ")).toList();
  }

  @Test
  void aBuildOfManyDocumentsLogsEveryStageWithItsCountAndTime() {
    Path site = site(ProgressLine.LOGGED_FROM);
    assertEquals(0, run("build", "--site", site.toString(), "--today", "2023-12-31"),
        err::toString);
    List<String> lines = progressLines();
    assertEquals(List.of("读取", "检查", "编排页面", "生成", "写入"),
        lines.stream().map(l -> l.replaceFirst("^gongkai: ([^：]+)：.*", "$1")).toList(),
        err::toString);
    Pattern line = Pattern.compile("gongkai: [^：]+：\\d+ (篇文档|个页面|个文件)，用时 \\d+\\.\\d\\d 秒");
    lines.forEach(l -> assertTrue(line.matcher(l).matches(), l));
    assertTrue(lines.get(0).contains("：100 篇文档"), lines.get(0));
    assertTrue(out.toString().contains("已构建"), out::toString);
  }

  @Test
  void checkLogsItsStagesInEnglishToo() {
    Path site = site(ProgressLine.LOGGED_FROM);
    assertEquals(0, run("--lang", "en", "check", "--site", site.toString(), "--today",
        "2023-12-31"), err::toString);
    List<String> lines = progressLines();
    assertTrue(lines.get(0).startsWith("gongkai: reading: 100 documents, "), lines::toString);
    assertTrue(lines.get(3).startsWith("gongkai: rendering: "), lines::toString);
    assertEquals(4, lines.size(), () -> "check writes nothing: " + lines);
  }

  @Test
  void quietShowsNoProgress() {
    Path site = site(ProgressLine.LOGGED_FROM);
    assertEquals(0, run("build", "--quiet", "--site", site.toString(), "--today",
        "2023-12-31"), err::toString);
    assertEquals(List.of(), progressLines());
  }

  @Test
  void aSmallSiteLogsNoStages() {
    Path site = site(3);
    assertEquals(0, run("build", "--site", site.toString(), "--today", "2023-12-31"),
        err::toString);
    assertEquals(List.of(), progressLines());
  }

  @Test
  void onATerminalOneLineIsRewrittenInPlaceAndErasedAtTheEnd() {
    StringWriter screen = new StringWriter();
    AtomicLong now = new AtomicLong();
    ProgressLine progress = new ProgressLine(new PrintWriter(screen, true), Lang.ZH, true,
        now::get);
    progress.started(Stage.RENDER, 200);
    progress.advanced(Stage.RENDER, 1, 200);
    assertEquals("", screen.toString(), "nothing in the first moments: it would only flicker");
    now.set(Duration.ofMillis(500).toNanos());
    progress.advanced(Stage.RENDER, 120, 200);
    assertEquals("\rgongkai: 生成 120/200，0.50 秒", screen.toString());
    now.set(Duration.ofMillis(550).toNanos());
    progress.advanced(Stage.RENDER, 130, 200);
    assertEquals("\rgongkai: 生成 120/200，0.50 秒", screen.toString(), "at most ten a second");
    progress.finished(Stage.RENDER, 200, Duration.ofMillis(700));
    String erased = screen.toString().substring(screen.toString().lastIndexOf("\r", screen
        .toString().length() - 2));
    assertTrue(erased.endsWith("\r") && erased.strip().isEmpty(), () -> "erased: " + screen);
  }
}
