package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai init} as a new user runs it: without the organ code it writes placeholders,
 * says in Chinese what to fill in and numbers nothing, and nothing builds or numbers until the
 * codes are real; with them the examples are numbered and the site builds. The new folder becomes
 * a Git repository, unless it is inside one.
 */
class InitTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
  }

  @Test
  void withoutCodesInitWritesPlaceholdersSaysWhatToFillInAndNumbersNothing() {
    Path site = root.resolve("my-site");
    assertEquals(0, run("init", site.toString(), "--name", "某市人民政府"), err::toString);
    String stdout = out.toString();
    assertTrue(stdout.contains("note: identity-placeholder: 机构代码（organCode）`000000000000000000`"
        + " 是占位值，不是本单位的代码"), stdout);
    assertTrue(stdout.contains("note: identity-placeholder: 网站标识码（siteCode）`0000000000` 是占位值"),
        stdout);
    assertTrue(stdout.contains("提示：请在 site.yaml 中填写本单位的机构代码"), stdout);
    assertTrue(stdout.contains("编号 0 篇文档"), stdout);
    assertTrue(stdout.contains("下一步：按上面的说明，在 " + site + "/site.yaml 中把占位值改为本单位的代码，"
        + "然后 cd " + site + " && mvn package"), stdout);
    assertFalse(Files.exists(site.resolve("index-ledger.yaml")), "no number was issued");
    assertFalse(TestSites.read(site.resolve("content/tzgg/first-notice.md")).contains("index:"));
    assertTrue(TestSites.read(site.resolve(".gitignore")).contains("\ntarget/\n"));

    // nothing is numbered or built with the placeholders; a check warns
    assertEquals(1, run("index", "assign", "--site", site.toString()));
    assertTrue(err.toString().contains("error: identity-placeholder: 机构代码（organCode）"),
        err.toString());
    assertFalse(Files.exists(site.resolve("index-ledger.yaml")));
    assertEquals(1, run("build", "--site", site.toString()));
    assertTrue(err.toString().contains("site.yaml:11:1: error: identity-placeholder: 网站标识码"),
        err.toString());
    assertFalse(Files.exists(site.resolve("site-output")));
    assertEquals(0, run("check", "--site", site.toString()), err::toString);
    assertTrue(err.toString().contains("warning: identity-placeholder:"), err.toString());
    // and names each footer item the new site still lacks, with the key to add
    for (String key : List.of("主办单位（sponsor）", "承办单位（organizer）", "联系电话（phone）",
        "地址（address）", "ICP备案号（icp）", "公安机关备案号（policeRecord）")) {
      assertTrue(err.toString().contains("warning: identity-missing: site.yaml 没有写" + key),
          key + " in " + err);
    }
    assertTrue(err.toString().contains("党政机关网站标识（partyGovMark）"), err.toString());

    // the team fills in its codes: numbers carry the real organ code and the site builds
    String yaml = TestSites.read(site.resolve("site.yaml"));
    TestSites.write(site, "site.yaml", yaml.replace("\"000000000000000000\"",
        "\"11330600002577014T\"").replace("\"0000000000\"", "\"3306000001\""));
    assertEquals(0, run("build", "--site", site.toString()), err::toString);
    assertTrue(TestSites.read(site.resolve("index-ledger.yaml"))
        .contains("\"11330600002577014T/"));
  }

  @Test
  void withBothCodesTheExamplesAreNumberedAndTheSiteBuilds() {
    Path site = root.resolve("my-site");
    assertEquals(0, run("init", site.toString(), "--organ-code", "11330600002577014T",
        "--site-code", "3306000001"), err::toString);
    assertTrue(out.toString().contains("编号 2 篇文档"), out.toString());
    assertTrue(TestSites.read(site.resolve("site.yaml")).contains("siteCode: \"3306000001\""));
    assertEquals(0, run("build", "--site", site.toString()), err::toString);
    assertTrue(Files.isRegularFile(site.resolve("site-output/index.html")));
  }

  @Test
  void withTheOrganCodeAloneNothingIsNumberedAndTheSiteCodeIsAskedFor() {
    Path site = root.resolve("my-site");
    assertEquals(0, run("init", site.toString(), "--organ-code", "11330600002577014T"),
        err::toString);
    assertTrue(out.toString().contains("编号 0 篇文档，0 个错误"), out.toString());
    assertTrue(out.toString().contains("note: identity-placeholder: 网站标识码（siteCode）"),
        out.toString());
    assertFalse(out.toString().contains("机构代码（organCode）"), out.toString());
    assertTrue(TestSites.read(site.resolve("site.yaml")).contains(
        "organCode: \"11330600002577014T\""));
  }

  @Test
  void aPlaceholderOrAWrongCodeIsAUsageErrorAndNothingIsCreated() {
    Path site = root.resolve("my-site");
    assertEquals(2, run("init", site.toString(), "--organ-code", "000000000000000000"));
    assertTrue(err.toString().startsWith("gongkai: 选项 --organ-code 的值 `000000000000000000` 无效："
        + "机构代码（organCode）`000000000000000000` 是占位值"), err.toString());
    assertEquals(2, run("init", site.toString(), "--organ-code", "11330600002577014X"));
    assertTrue(err.toString().contains("第 18 位应为 T，而不是 X"), err.toString());
    assertEquals(2, run("init", site.toString(), "--site-code", "330600001"));
    assertTrue(err.toString().contains("不是政府网站标识码"), err.toString());
    assertFalse(Files.exists(site));
  }

  @Test
  void theNewSiteBecomesAGitRepository() throws Exception {
    Assumptions.assumeTrue(git(root, "--version") == 0, "git is not installed");
    Path site = root.resolve("my-site");
    assertEquals(0, run("init", site.toString()), err::toString);
    assertTrue(Files.isDirectory(site.resolve(".git")), "git init ran");
    assertTrue(out.toString().contains("note: init: 已在 " + site + " 中创建 Git 仓库（git init）"),
        out.toString());
  }

  @Test
  void aSiteInsideAnExistingRepositoryGetsNoRepositoryOfItsOwn() throws Exception {
    Assumptions.assumeTrue(git(root, "--version") == 0, "git is not installed");
    Path repo = root.resolve("repo");
    Files.createDirectories(repo);
    assertEquals(0, git(repo, "init", "-q"));
    Path site = repo.resolve("sites/my-site");
    assertEquals(0, run("init", site.toString()), err::toString);
    assertFalse(Files.exists(site.resolve(".git")));
    assertTrue(out.toString().contains("站点文件夹在已有的 Git 仓库中，未再运行 git init"),
        out.toString());
  }

  private static int git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      return -1;
    }
    return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
  }
}
