package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    // an empty environment: the tests must behave the same on a laptop and in CI (CI=true)
    return runWith(Map.of(), args);
  }

  private int runWith(Map<String, String> env, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
  }

  /** The command line in English, for the tests that read English wording. */
  private int runEn(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return run(all);
  }

  @Test
  void aGoodBuildExitsWithZeroAndSaysWhatItDid() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    Path output = root.resolve("out");
    int code = runEn("build", "--site", site.toString(), "--output", output.toString(),
        "--today", "2023-12-31");
    assertEquals(0, code, err::toString);
    assertTrue(out.toString().contains("built " + output), out.toString());
    assertTrue(out.toString().contains("3 documents, 26 pages (45 files changed), 0 errors, 0 warnings"),
        out.toString());
    assertEquals("", err.toString());
    assertTrue(Files.isRegularFile(output.resolve("index.html")));
  }

  @Test
  void contentErrorsExitWithOneAndPrintTheLocatedMessage() {
    Path site = TestSites.copy("impossible-date", root.resolve("site"));
    Path output = root.resolve("out");
    int code = runEn("build", "-s", site.toString(), "-o", output.toString(), "--today",
        "2023-12-31");
    assertEquals(Main.CONTENT_ERRORS, code);
    assertEquals(1, code);
    String stderr = err.toString();
    assertTrue(stderr.contains("content/tzgg/date.md:3:10: error: date-format: written (成文日期):"
        + " `2023-13-45` is not a real date"), stderr);
    assertTrue(stderr.contains("  hint: write a date that exists, as YYYY-MM-DD"), stderr);
    assertTrue(stderr.contains("gongkai: failed: 1 document"), stderr);
    assertFalse(Files.exists(output));
  }

  @Test
  void warningsArePrintedButTheExitCodeIsZero() {
    Path site = TestSites.copy("unknown-unit", root.resolve("site"));
    int code = run("build", "--site", site.toString(), "--output", root.resolve("o").toString(),
        "--today", "2023-12-31");
    assertEquals(0, code, err::toString);
    assertTrue(err.toString().contains(
        "content/zdgz/list.yaml:8:14: warning: unit-unknown:"), err.toString());
  }

  @Test
  void checkExitsWithOneOnErrorsAndWritesNothing() {
    Path site = TestSites.copy("many-problems", root.resolve("site"));
    assertEquals(1, runEn("check", "--site", site.toString(), "--today", "2023-12-31"));
    assertTrue(err.toString().contains("12 errors, 3 warnings"), err.toString());
    assertFalse(Files.exists(site.resolve("site-output")));
  }

  @Test
  void checkOfAGoodSiteExitsWithZero() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(0, runEn("check", "--site", site.toString(), "--today", "2023-12-31"),
        err::toString);
    assertTrue(out.toString().startsWith("checked: 3 documents"), out.toString());
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitTwo() {
    assertEquals(2, runEn("build", "--frobnicate"));
    assertEquals("""
        gongkai: unknown option `--frobnicate`
          did you mean: --frozen?
        see `gongkai build --help`
        """, err.toString());
    assertEquals(2, run("build", "--frobnicate"));
    assertEquals("""
        gongkai: 未知选项 `--frobnicate`
          是不是：--frozen？
        用法见 `gongkai build --help`
        """, err.toString());
  }

  @Test
  void anUnknownCommandIsAUsageError() {
    assertEquals(2, run("publish"));
    assertTrue(err.toString().contains("publish"), err.toString());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, runEn());
    assertTrue(err.toString().contains("name a command: build, check"), err.toString());
  }

  @Test
  void aBadDateOptionIsAUsageError() {
    assertEquals(2, run("build", "--today", "2023-13-45"));
    assertTrue(err.toString().contains("--today"), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    assertEquals(0, runEn("--help"));
    String help = out.toString();
    assertTrue(help.contains("Usage: gongkai"), help);
    assertTrue(help.contains("build") && help.contains("check"), help);
    assertEquals("", err.toString());
  }

  @Test
  void helpOfACommandListsItsOptions() {
    assertEquals(0, run("build", "--help"));
    assertTrue(out.toString().contains("--output"), out.toString());
    assertTrue(out.toString().contains("--today"), out.toString());
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().strip().matches("gongkai \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        out.toString());
  }

  @Test
  void aMissingSiteIsAContentErrorNamingSiteYaml() {
    assertEquals(1, runEn("check", "--site", root.resolve("nowhere").toString()));
    assertTrue(err.toString().contains("site.yaml: error: site-layout: no site.yaml"),
        err.toString());
  }

  @Test
  void withoutLangMessagesHintsAndTheSummaryAreChinese() {
    Path site = TestSites.copy("impossible-date", root.resolve("site"));
    int code = run("build", "-s", site.toString(), "-o", root.resolve("out").toString(),
        "--today", "2023-12-31");
    assertEquals(1, code);
    String stderr = err.toString();
    // the severity word and the rule id stay English: editors and CI log parsers read them
    assertTrue(stderr.contains("content/tzgg/date.md:3:10: error: date-format:"
        + " `written（成文日期）`：`2023-13-45` 不是实际存在的日期（没有13月）"), stderr);
    assertTrue(stderr.contains("  提示：请填写实际存在的日期，格式为 YYYY-MM-DD"), stderr);
    assertTrue(stderr.contains("问题（1 个错误）"), stderr);
    assertTrue(stderr.contains("gongkai: 失败：1 篇文档，"), stderr);
    assertTrue(stderr.contains("，1 个错误，0 个警告，用时 "), stderr);
    assertFalse(stderr.contains("is not a real date"), stderr);
    assertFalse(stderr.contains("hint:"), stderr);
  }

  @Test
  void aGoodBuildSaysWhatItDidInChinese() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    Path output = root.resolve("out");
    assertEquals(0, run("build", "--site", site.toString(), "--output", output.toString(),
        "--today", "2023-12-31"), err::toString);
    assertTrue(out.toString().startsWith("已构建 " + output + "：3 篇文档，26 个页面"
        + "（45 个文件有变化），0 个错误，0 个警告，用时 "), out.toString());
    assertTrue(out.toString().strip().endsWith(" 秒"), out.toString());
  }

  @Test
  void gongkaiLangChoosesTheLanguageWhenTheOptionDoesNot() {
    Path site = TestSites.copy("impossible-date", root.resolve("site"));
    String[] args = {"check", "-s", site.toString(), "--today", "2023-12-31"};
    assertEquals(1, runWith(Map.of("GONGKAI_LANG", "en"), args));
    assertTrue(err.toString().contains("`2023-13-45` is not a real date (there is no month 13)"),
        err.toString());
    assertTrue(err.toString().contains("gongkai: failed: 1 document, "), err.toString());
    // the option wins over the environment
    String[] chinese = {"--lang", "zh", "check", "-s", site.toString(), "--today", "2023-12-31"};
    assertEquals(1, runWith(Map.of("GONGKAI_LANG", "en"), chinese));
    assertTrue(err.toString().contains("不是实际存在的日期"), err.toString());
    // and it may come after the command, as --lang=en too
    assertEquals(1, run("check", "-s", site.toString(), "--today", "2023-12-31", "--lang=en"));
    assertTrue(err.toString().contains("is not a real date"), err.toString());
  }

  @Test
  void anUnknownLanguageIsAUsageError() {
    assertEquals(2, run("--lang", "klingon", "build"));
    assertTrue(err.toString().contains("不认识的语言 `klingon`"), err.toString());
    assertTrue(err.toString().contains("提示：可用 zh（中文）、en（English）或 auto"),
        err.toString());
    assertEquals(2, runWith(Map.of("GONGKAI_LANG", "fr"), "--help"));
    assertTrue(err.toString().contains("`fr`"), err.toString());
  }

  @Test
  void theHelpIsChineseByDefaultAndEnglishWithLangEn() {
    assertEquals(0, run("--help"));
    String zh = out.toString();
    assertTrue(zh.startsWith("用法：gongkai "), zh);
    assertTrue(zh.contains("生成和检查政务公开网站。"), zh);
    assertTrue(zh.contains("命令：") && zh.contains("选项："), zh);
    assertTrue(zh.contains("显示本帮助并退出。"), zh);
    assertTrue(zh.contains("显示某个命令的帮助。"), zh);
    assertFalse(zh.contains("Usage") || zh.contains("Show this help"), zh);

    assertEquals(0, run("--lang", "en", "--help"));
    String en = out.toString();
    assertTrue(en.startsWith("Usage: gongkai "), en);
    assertTrue(en.contains("Builds and checks open-government disclosure sites"), en);
    assertTrue(en.contains("Show this help message and exit."), en);

    assertEquals(0, run("build", "--help"));
    String build = out.toString();
    assertTrue(build.startsWith("用法：gongkai build "), build);
    assertTrue(build.contains("检查站点并写入输出文件夹。"), build);
    assertTrue(build.contains("站点的写入位置（默认：站点文件夹中的 site-output）"), build);
    assertTrue(build.contains("报告格式：text、json、sarif（代码扫描）或 junit"), build);

    assertEquals(0, run("build", "--lang", "en", "--help"));
    assertTrue(out.toString().contains("where to write the site (default: site-output"),
        out.toString());
    assertEquals(0, run("help", "index"));
    assertTrue(out.toString().startsWith("用法：gongkai index "), out.toString());
    assertTrue(out.toString().contains("索引号：编号、列出、核对。"), out.toString());
  }

  @Test
  void eachCommandOffersOnlyTheOptionsItUses() {
    assertEquals(0, run("index", "list", "--help"));
    String list = out.toString();
    assertTrue(list.contains("--year") && list.contains("--organ") && list.contains("--site"),
        list);
    assertFalse(list.contains("--today") || list.contains("--frozen"), list);
    assertEquals(2, run("index", "list", "--today", "2023-12-31"));
    assertTrue(err.toString().contains("未知选项 `--today`"), err.toString());

    assertEquals(0, run("index", "assign", "--help"));
    assertTrue(out.toString().contains("--today") && out.toString().contains("--frozen"),
        out.toString());
    assertEquals(0, run("init", "--help"));
    assertFalse(out.toString().contains("--site=DIR") || out.toString().contains("--today"),
        out.toString());
    assertTrue(out.toString().contains("--lang"), out.toString());
  }

  @Test
  void aDateOptionInAnotherFormGetsOurMessageAndTheCorrectedForm() {
    assertEquals(2, run("build", "--today", "2023/07/31"));
    assertEquals("""
        gongkai: 选项 --today 的值 `2023/07/31` 无效：`2023/07/31` 不是 YYYY-MM-DD 格式的日期
          提示：请写成 `2023-07-31`
        用法见 `gongkai build --help`
        """, err.toString());
    assertEquals(2, runEn("check", "--today", "2023-02-30"));
    assertEquals("""
        gongkai: invalid value `2023-02-30` for option --today: `2023-02-30` is not a real date \
        (February has no 30th)
          hint: write a date that exists, as YYYY-MM-DD
        see `gongkai check --help`
        """, err.toString());
    for (String java : new String[] {"Invalid", "cannot convert", "DateTime", "Exception"}) {
      assertFalse(err.toString().contains(java), err.toString());
    }
  }

  @Test
  void picocliErrorsAreInOurWordsInBothLanguages() {
    assertEquals(2, run("check", "--site"));
    assertTrue(err.toString().startsWith("gongkai: 选项 --site 需要一个值（DIR）\n"),
        err.toString());
    assertEquals(2, runEn("check", "--site"));
    assertTrue(err.toString().startsWith("gongkai: option --site needs a value (DIR)\n"),
        err.toString());
    assertEquals(2, run("init"));
    assertTrue(err.toString().startsWith("gongkai: 缺少参数 DIR\n"), err.toString());
    assertEquals(2, run("index", "list", "--year", "abc"));
    assertTrue(err.toString().startsWith("gongkai: 选项 --year 需要整数，不能是 `abc`\n"),
        err.toString());
    assertEquals(2, runEn("bild"));
    assertEquals("gongkai: unknown command `bild`\n  did you mean: build?\n"
        + "see `gongkai --help`\n", err.toString());
    assertEquals(2, run());
    assertTrue(err.toString().startsWith("gongkai: 请指定命令：build、check、serve、index、init 或 new"),
        err.toString());
    assertEquals(2, run("index"));
    assertTrue(err.toString().startsWith("gongkai: 请指定命令：assign、list 或 check"),
        err.toString());
    for (String picocli : new String[] {"Unknown", "Missing", "Unmatched", "Invalid"}) {
      assertFalse(err.toString().contains(picocli), err.toString());
    }
  }

  @Test
  void initCountsTheFilesItCreatedAndTheDocumentsItNumbered() {
    Path dir = root.resolve("new-site");
    assertEquals(0, run("init", dir.toString(), "--organ-code", "11330600002577014T",
        "--site-code", "3306000001"), err::toString);
    String stdout = out.toString();
    assertTrue(stdout.contains("已创建 " + dir + "：创建 9 个文件，编号 2 篇文档，0 个错误，"
        + "0 个警告，用时 "), stdout);
    assertTrue(stdout.contains("note: index-assigned: 已编索引号 11330600002577014T/"), stdout);
    assertTrue(stdout.contains("下一步：cd " + dir + " && mvn package"), stdout);
    assertFalse(stdout.contains("0 篇文档") || stdout.contains("documents"), stdout);

    assertEquals(0, runEn("init", root.resolve("other").toString()), err::toString);
    assertTrue(out.toString().contains(": 9 files created, 0 documents numbered, 0 errors, "
        + "0 warnings, "), out.toString());
  }

  @Test
  void indexAssignCountsTheDocumentsItNumbered() throws java.io.IOException {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    Files.writeString(site.resolve("content/tzgg/new.md"), "---\ntitle: 新通知\nwritten: "
        + "2023-12-31\npublished: 2023-12-31\ntopic: 综合政务/其他\n---\n正文。\n");
    assertEquals(0, run("index", "assign", "--site", site.toString(), "--today", "2023-12-31"),
        err::toString);
    assertTrue(out.toString().contains("已写入索引号：编号 1 篇文档，0 个错误，0 个警告，用时 "),
        out.toString());
    assertEquals(0, runEn("index", "assign", "--site", site.toString(), "--today",
        "2023-12-31"), err::toString);
    assertTrue(out.toString().startsWith("nothing to assign: 0 documents numbered, 0 errors, "),
        out.toString());
  }

  @Test
  void fixMaskingCountsWhatItMasked() throws java.io.IOException {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    Path notice = site.resolve("content/tzgg/notice.md");
    Files.writeString(notice, Files.readString(notice) + "\n联系电话：13812341234、13912341234。\n");
    assertEquals(0, run("check", "--fix-masking", "--site", site.toString(), "--today",
        "2023-12-31"), err::toString);
    assertTrue(out.toString().contains("note: masked: `13812341234` → `138****1234`"),
        out.toString());
    assertTrue(out.toString().contains("已遮盖个人信息：在 1 个文件中遮盖 2 处个人信息，0 个错误，"),
        out.toString());
    assertTrue(Files.readString(notice).contains("138****1234、139****1234"));
  }

  @Test
  void theLedgerListIsInTheChosenLanguage() {
    Path site = TestSites.copy("minimal", root.resolve("site"));
    assertEquals(0, run("index", "list", "--site", site.toString()), err::toString);
    String zh = out.toString();
    assertTrue(zh.startsWith("索引号"), zh);
    assertTrue(zh.contains("在用"), zh);
    assertTrue(zh.strip().endsWith("共 3 个索引号"), zh);
    assertEquals(0, runEn("index", "list", "--site", site.toString()), err::toString);
    assertTrue(out.toString().startsWith("index number"), out.toString());
    assertTrue(out.toString().strip().endsWith("3 numbers"), out.toString());
  }
}
