package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the rendered output is checked for: links that resolve, and no withheld text. */
class OutputChecksTest {

  @TempDir
  Path dir;

  static List<Problem> rule(BuildResult r, String id) {
    return r.problems().stream().filter(p -> p.ruleId().equals(id)).toList();
  }

  @Test
  void brokenLinksAndFragmentsAreFoundAndGoodOnesAreNot() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/list.yaml", Checks.tasks("清单", "2023-12-01",
            "  - seq: 1\n    content: 甲\n"))
        .write("content/tzgg/files/a.pdf", "%PDF-1.4\n")
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "",
            "见[清单](list.yaml#task-1)、[附件](files/a.pdf)、[本页](#main)、"
                + "[第九项](list.yaml#task-9)、[旧页](old.html)、[外部](https://www.gov.cn/)。"));
    BuildResult r = Checks.check(site);
    List<Problem> broken = rule(r, "link-broken");
    assertEquals(2, broken.size(), broken::toString);
    assertTrue(broken.get(0).message().in(Lang.EN).contains("tzgg/2023/list.html has no #task-9")
        || broken.get(1).message().in(Lang.EN).contains("tzgg/2023/list.html has no #task-9"), broken
        .toString());
    assertTrue(broken.stream().anyMatch(p -> p.message().in(Lang.EN).contains("there is no tzgg/2023/old.html")));
    assertEquals(List.of("content/tzgg/a.md:7:70", "content/tzgg/a.md:7:84"), broken.stream()
        .map(p -> p.location().toString()).toList(), "reported where the document links");
    List<Problem> external = rule(r, "link-external");
    assertEquals(1, external.size());
    assertEquals(Severity.NOTE, external.get(0).severity());
    assertTrue(external.get(0).message().in(Lang.EN).endsWith("https://www.gov.cn/"));
  }

  @Test
  void aLinkToADraftsSourceFileIsBroken() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/draft.md", Checks.report("草稿", "2023-12-01", "draft: true\n",
            "草稿正文"))
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "", "见[草稿](draft.md)。"));
    assertEquals(1, rule(Checks.check(site), "link-broken").size());
  }

  @Test
  void withheldTextInAnyOutputFileFailsTheBuildWhateverPutItThere() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/list.yaml", Checks.tasks("清单", "2023-12-01",
            "  - seq: 1\n    content: 甲\n    progress: 这是不予公开的内部进展情况说明\n"
                + "    withheld: {scope: all, reason: 内部事务信息, basis: 条例第十六条}\n"))
        .write("static/notes.txt", "备忘：这是不予公开的内部进展情况说明\n");
    Map<String, String> before = site.snapshot();
    BuildResult r = site.gongkai(Checks.TODAY, false).build();
    List<Problem> leaks = rule(r, "leak");
    assertEquals(1, leaks.size(), r.problems()::toString);
    assertTrue(leaks.get(0).message().in(Lang.EN).contains("notes.txt"), leaks.get(0).message().in(Lang.EN));
    assertEquals("content/tzgg/list.yaml", leaks.get(0).path());
    assertFalse(r.written());
    assertEquals(before, site.snapshot());
  }

  @Test
  void withheldTextIsFoundEscapedInJsonAndQuotedInCsv() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/list.yaml", Checks.tasks("清单", "2023-12-01",
            "  - seq: 1\n    content: 甲\n    progress: |-\n      含有“引号”和\"直引号\"的内部进展说明\n"
                + "    withheld: {scope: all, reason: 内部事务信息, basis: 条例第十六条}\n"))
        .write("static/a.json", "{\"x\": \"含有“引号”和\\\"直引号\\\"的内部进展说明\"}\n")
        .write("static/b.csv", "\"含有“引号”和\"\"直引号\"\"的内部进展说明\"\n");
    List<Problem> leaks = rule(site.gongkai(Checks.TODAY, false).build(), "leak");
    assertEquals(2, leaks.size(), leaks::toString);
  }

  @Test
  void aDraftsTitleInATemplateIsCaught() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/draft.md", Checks.report("尚未发布的草稿标题", "2023-12-01",
            "draft: true\n", "草稿"))
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "", "正文"))
        .write("templates/404.ftlh", "<#import \"layout.ftlh\" as layout>"
            + "<@layout.frame><h1>尚未发布的草稿标题</h1></@layout.frame>");
    List<Problem> leaks = rule(site.gongkai(Checks.TODAY, false).build(), "leak");
    assertEquals(1, leaks.size());
    assertTrue(leaks.get(0).message().in(Lang.EN).contains("404.html"));
  }

  @Test
  void textThatAPublishedDocumentAlsoSaysIsNotALeak() {
    TestSite site = Checks.site(dir)
        .write("content/tzgg/draft.md", Checks.report("草稿", "2023-12-01", "draft: true\n",
            "各镇乡人民政府、各街道办事处：现将有关事项通知如下。"))
        .write("content/tzgg/a.md", Checks.report("通知", "2023-12-01", "",
            "各镇乡人民政府、各街道办事处：现将有关事项通知如下。"));
    BuildResult r = site.gongkai(Checks.TODAY, false).build();
    assertEquals(List.of(), rule(r, "leak"));
    assertTrue(r.written());
  }
}
