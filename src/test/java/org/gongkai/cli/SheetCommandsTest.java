package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.SampleSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import} and {@code gongkai export} through {@link Main#run}. */
class SheetCommandsTest {

  @TempDir
  Path dir;
  Path site;
  private StringWriter out;
  private StringWriter err;

  @BeforeEach
  void site() throws IOException {
    site = dir.resolve("site");
    Files.createDirectories(site);
    for (String f : List.of("site.yaml", "units.yaml", "index-ledger.yaml")) {
      Files.copy(SampleSite.ROOT.resolve(f), site.resolve(f));
    }
    Path content = SampleSite.ROOT.resolve("content");
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path p : walk.toList()) {
        Path to = site.resolve("content").resolve(content.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
  }

  private int run(Map<String, String> env, String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  private int run(String... args) {
    return run(Map.of(), args);
  }

  private Path csv(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importWritesTheListAndSaysWhatIsLeftToFillIn() throws Exception {
    Path file = csv("进展.csv", "序号,主要任务,完成情况,牵头单位\n1,生产总值增长。,增长6.1%。,★发改局\n");
    Path target = site.resolve("content/zwgk/zdgz/2023-pinghu-key-tasks-1-9月.yaml");
    int code = run("import", file.toString(), "--site", site.toString(), "--series",
        "2023-pinghu-key-tasks", "--period", "1-9月", "--today", "2026-11-23");
    assertEquals(0, code, err.toString());
    assertTrue(out.toString().contains("已写入 " + target), out.toString());
    assertTrue(out.toString().contains("完成：写入 1 个文件，1 项任务，0 个错误，1 个警告"),
        out.toString());
    assertTrue(err.toString().contains(target + ": warning: sheet-fill-in: 以下元数据留空待填写："
        + "written, published"), err.toString());
    String yaml = Files.readString(target);
    assertTrue(yaml.contains("title: 平湖市2023年政府工作报告重点工作任务1-9月完成情况\n"), yaml);
    assertTrue(yaml.contains("written:  # 待填写：成文日期，格式 YYYY-MM-DD\n"), yaml);
    assertTrue(yaml.contains("published:  # 待填写：发布日期"), yaml);
    assertTrue(yaml.contains("topic: 综合政务/政务公开\n"), yaml);
    assertTrue(yaml.contains("series: 2023-pinghu-key-tasks\nperiod: 1-9月\n"), yaml);

    // the check flags the lines left to fill in until they are filled in
    assertEquals(1, run("check", "--site", site.toString(), "--today", "2026-11-23"));
    String yamlPath = "content/zwgk/zdgz/2023-pinghu-key-tasks-1-9月.yaml";
    assertTrue(err.toString().contains(yamlPath + ":2:1: error: missing-field: 任务清单：缺少 `published（发布日期）`"),
        err.toString());
    assertTrue(err.toString().contains(yamlPath + ":2:1: error: missing-field: 任务清单：缺少 `written（成文日期）`"),
        err.toString());
  }

  @Test
  void aBadFileExitsWithOneAndTheLocatedErrorAndWritesNothing() throws Exception {
    Path file = csv("坏.csv", "序号,主要任务\n一,生产总值增长。\n");
    Path target = site.resolve("content/zwgk/zdgz/x.yaml");
    assertEquals(1, run("import", file.toString(), "--site", site.toString(), "--out",
        target.toString(), "--title", "t", "--written", "2023-01-01", "--published",
        "2023-01-02", "--topic", "综合政务/政务公开"));
    assertTrue(err.toString().contains(file + "!A2: error: sheet-seq: 序号“一”不是整数"),
        err.toString());
    assertTrue(err.toString().contains("gongkai：失败，未写入任何文件"), err.toString());
    assertFalse(Files.exists(target));
  }

  @Test
  void aBadDateOptionIsReportedAtItsLineAndNothingIsWritten() throws Exception {
    Path file = csv("进展.csv", "序号,主要任务\n1,生产总值增长。\n");
    Path target = site.resolve("content/zwgk/zdgz/x.yaml");
    assertEquals(1, run("import", file.toString(), "--site", site.toString(), "--out",
        target.toString(), "--title", "t", "--written", "2023/01/01", "--published",
        "2023-01-02", "--topic", "综合政务/政务公开"));
    assertTrue(err.toString().contains("content/zwgk/zdgz/x.yaml:3:10: error: date-format:"),
        err.toString());
    assertFalse(Files.exists(target));
  }

  @Test
  void usageErrorsExitWithTwo() throws Exception {
    Path file = csv("a.csv", "序号,主要任务\n1,x\n");
    assertEquals(2, run("export", "2023-pinghu-key-tasks", "--site", site.toString()));
    assertTrue(err.toString().contains("请给出 --by-unit"), err.toString());
    assertEquals(2, run("import", file.toString(), file.toString(), "--site", site.toString()));
    assertTrue(err.toString().contains("请只给出一个表格文件"), err.toString());
    assertEquals(2, run("import", "--merge", file.toString(), "--site", site.toString()));
    assertTrue(err.toString().contains("--merge 需要同时给出 --series 和 --period"), err.toString());
    assertEquals(2, run("import"));
  }

  @Test
  void exportWritesOneWorkbookPerUnitAndTheHelpIsInTheUsersLanguage() throws Exception {
    Path folder = dir.resolve("发出");
    assertEquals(0, run("export", "2023-zhuji-zrqd", "--by-unit", "--site", site.toString(),
        "--out", folder.toString(), "--today", "2026-11-23"), err.toString());
    assertTrue(out.toString().contains("已写入 " + folder.resolve("发改局.xlsx")), out.toString());
    assertTrue(Files.size(folder.resolve("发改局.xlsx")) > 1000);
    assertEquals(1, run("export", "2023-zhuji-zrqd", "--by-unit", "--site", site.toString(),
        "--out", folder.toString(), "--today", "2026-11-23"));
    assertTrue(err.toString().contains("sheet-exists"), err.toString());

    assertEquals(0, run("import", "--help"));
    assertTrue(out.toString().contains("从表格（.xlsx、.xls、.csv）导入一张任务表"), out.toString());
    assertTrue(out.toString().contains("手工指定各列"), out.toString());
    assertEquals(0, run(Map.of("GONGKAI_LANG", "en"), "export", "--help"));
    assertTrue(out.toString().contains("Write the latest period of a task list as workbooks"),
        out.toString());
    assertTrue(out.toString().contains("one workbook per lead or assisting unit"), out.toString());
    assertEquals(0, run("--help"));
    assertTrue(out.toString().contains("import") && out.toString().contains("export"),
        out.toString());
  }

  @Test
  void aFrozenRunImportsNothing() throws Exception {
    Path file = csv("进展.csv", "序号,主要任务\n1,生产总值增长。\n");
    Path target = site.resolve("content/zwgk/zdgz/x.yaml");
    assertEquals(1, run(Map.of("CI", "true"), "import", file.toString(), "--site",
        site.toString(), "--out", target.toString()));
    assertTrue(err.toString().contains("--frozen: error: sheet-write: 冻结模式"), err.toString());
    assertFalse(Files.exists(target));
  }
}
