package org.gongkai.incremental;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.SampleSite;
import org.gongkai.TestSite;
import org.gongkai.model.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that reuses the cache of the previous build gives the same site, byte for byte, as a
 * build from scratch, whatever changed in between; a build with nothing changed writes nothing.
 */
class IncrementalBuildTest {

  static final LocalDate DAY = LocalDate.of(2023, 12, 31);

  @TempDir
  Path dir;

  TestSite site;

  BuildResult incremental() {
    return Gongkai.builder().siteDirectory(dir.resolve("site"))
        .outputDirectory(dir.resolve("inc")).today(DAY).build().build();
  }

  BuildResult full() {
    return Gongkai.builder().siteDirectory(dir.resolve("site"))
        .outputDirectory(dir.resolve("full")).today(DAY).useCache(false).build().build();
  }

  void createSite() {
    site = TestSite.create(dir.resolve("site"))
        .write("units.yaml", "- name: 市发改委\n  aliases: [发改委]\n- name: 市财政局\n- name: 市经信局\n")
        .write("content/zdgz/_column.yaml", "title: 重点工作\ntype: 信息公开目录\n");
    for (int period = 1; period <= 3; period++) {
      site.write("content/zdgz/list-" + period + ".yaml", list(period, "进展" + period));
    }
    for (int i = 0; i < 4; i++) {
      site.write("content/tzgg/n" + i + ".md", "---\ntitle: 通知" + i + "\nwritten: 2023-0"
          + (i + 1) + "-02\npublished: 2023-0" + (i + 1) + "-02\ntopic: 综合政务/其他\n---\n"
          + "正文" + i + "，见[清单](../zdgz/list-3.yaml#task-2)。\n");
    }
  }

  static String list(int period, String progress) {
    return "title: 重点工作" + (period * 3) + "月\nwritten: 2023-0" + (period * 3) + "-05\n"
        + "published: 2023-0" + (period * 3) + "-05\ntopic: 政务公开\nseries: key-tasks\n"
        + "period: 1-" + (period * 3) + "月\ntasks:\n"
        + "  - {seq: 1, content: 经济增长, progress: " + progress + "甲, units: [★市发改委]}\n"
        + "  - {seq: 2, content: 财政收入, progress: " + progress + "乙, units: [★市财政局, 市经信局]}\n";
  }

  /** One random change of the kinds a web team makes. */
  String edit(Random random, int step) {
    List<String> docs = new ArrayList<>(SampleSite.files(dir.resolve("site/content")).stream()
        .filter(f -> f.endsWith(".md") || f.endsWith(".yaml") && !f.endsWith("_column.yaml"))
        .toList());
    String doc = "content/" + docs.get(random.nextInt(docs.size()));
    switch (random.nextInt(9)) {
      case 0 -> {
        site.write(doc, site.read(doc).replace("正文", "正文（改" + step + "）")
            .replace("进展", "进展（改" + step + "）"));
        return "edit " + doc;
      }
      case 1 -> {
        site.report("content/tzgg/new" + step + ".md", "新通知" + step, "2023-12-31");
        return "add a notice";
      }
      case 2 -> {
        if (docs.size() > 3 && doc.endsWith(".md")) {
          site.delete(doc);
          return "delete " + doc;
        }
        return "nothing";
      }
      case 3 -> {
        if (doc.endsWith(".md")) {
          site.move(doc, doc.replace(".md", "-r" + step + ".md"));
          return "rename " + doc;
        }
        return "nothing";
      }
      case 4 -> {
        site.write("content/zdgz/_column.yaml", "title: 重点工作" + step + "\ntype: 信息公开目录\n");
        return "retitle a column";
      }
      case 5 -> {
        site.write("templates/404.ftlh", "<#import \"layout.ftlh\" as layout>"
            + "<@layout.frame><h1>找不到" + step + "</h1></@layout.frame>");
        return "override a template";
      }
      case 6 -> {
        String text = site.read(doc);
        if (doc.endsWith(".md") && text.contains("\n---\n")) {
          site.write(doc, text.contains("draft: true\n") ? text.replace("draft: true\n", "")
              : text.replaceFirst("\n---\n", "\ndraft: true\n---\n"));
          return "draft or undraft " + doc;
        }
        return "nothing";
      }
      case 7 -> {
        site.write("units.yaml", site.read("units.yaml") + "- name: 新单位" + step + "\n");
        return "add a unit";
      }
      default -> {
        return "nothing";
      }
    }
  }

  @Test
  void incrementalBuildsEqualFullBuildsOverRandomEdits() throws IOException {
    long seed = 20231231L;
    Random random = new Random(seed);
    createSite();
    for (int step = 0; step < 30; step++) {
      String what = step == 0 ? "first build" : edit(random, step);
      BuildResult inc = incremental();
      assertFalse(inc.hasErrors(), "step " + step + " (" + what + "): " + inc.problems());
      BuildResult full = full();
      assertFalse(full.hasErrors(), full.problems().toString());
      assertSameTree(dir.resolve("full"), dir.resolve("inc"), "step " + step + " (seed " + seed
          + ", " + what + ")");
      assertEquals(findings(full), findings(inc), "step " + step + ": the same problems");
    }
  }

  /**
   * The preview of {@code gongkai serve}, rebuilt after every edit, serves every file of a clean
   * build of the same site byte for byte (HTML pages with the preview's block, between its
   * markers, taken out), and finds the same problems.
   */
  @Test
  void thePreviewEqualsACleanBuildOverRandomEdits() throws Exception {
    long seed = 20240101L;
    Random random = new Random(seed);
    createSite();
    HttpClient http = HttpClient.newHttpClient();
    try (Preview preview = Gongkai.builder().siteDirectory(dir.resolve("site")).today(DAY)
        .build().serve(0, "127.0.0.1", false, r -> { })) {
      for (int step = 0; step < 24; step++) {
        String what = step == 0 ? "first build" : edit(random, step);
        String when = "step " + step + " (seed " + seed + ", " + what + ")";
        BuildResult full = full(); // numbers new documents, as a build on a laptop does
        assertFalse(full.hasErrors(), when + ": " + full.problems());
        BuildResult shown = preview.rebuild();
        assertFalse(shown.hasErrors(), when + ": " + shown.problems());
        for (String f : SampleSite.files(dir.resolve("full"))) {
          if (f.equals(".gongkai-output")) {
            continue;
          }
          HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(preview.url())
              .resolve(new URI(null, null, "/" + f, null).toASCIIString())).build(),
              HttpResponse.BodyHandlers.ofByteArray());
          assertEquals(200, r.statusCode(), when + ": " + f);
          byte[] expected = Files.readAllBytes(dir.resolve("full").resolve(f));
          if (f.endsWith(".html")) {
            assertEquals(new String(expected, StandardCharsets.UTF_8),
                stripPreview(new String(r.body(), StandardCharsets.UTF_8)), when + ": " + f);
          } else {
            assertArrayEquals(expected, r.body(), when + ": " + f);
          }
        }
        assertEquals(findings(full), findings(shown), when + ": the same problems");
      }
    }
  }

  /** A preview page without what the preview adds, cut out by its exact markers. */
  static String stripPreview(String page) {
    String start = "<!--gongkai-preview-->";
    String end = "<!--/gongkai-preview-->";
    int from = page.indexOf(start);
    int to = page.indexOf(end);
    assertTrue(from >= 0 && to > from, "the preview's block is in the page");
    assertEquals(from, page.lastIndexOf(start), "once");
    return page.substring(0, from) + page.substring(to + end.length());
  }

  @Test
  void aBuildWithNothingChangedWritesNothing() throws IOException {
    createSite();
    assertTrue(incremental().written());
    Map<String, FileTime> times = times(dir.resolve("inc"));
    FileTime folder = Files.getLastModifiedTime(dir.resolve("inc"));
    BuildResult again = incremental();
    assertEquals(0, again.changedFiles());
    assertEquals(times, times(dir.resolve("inc")), "no file was touched");
    assertEquals(folder, Files.getLastModifiedTime(dir.resolve("inc")));
    assertTrue(again.summary(Lang.EN).contains("(0 files changed)"),
        () -> again.summary(Lang.EN));
  }

  @Test
  void aChangedDocumentRewritesOnlyThePagesThatShowIt() throws IOException {
    createSite();
    incremental();
    Map<String, FileTime> before = times(dir.resolve("inc"));
    site.write("content/tzgg/n1.md", site.read("content/tzgg/n1.md").replace("正文1", "正文一"));
    BuildResult r = incremental();
    Map<String, FileTime> after = times(dir.resolve("inc"));
    List<String> changed = new ArrayList<>();
    before.forEach((f, t) -> {
      if (!t.equals(after.get(f))) {
        changed.add(f);
      }
    });
    assertTrue(changed.contains("tzgg/2023/n1.html"), changed.toString());
    assertFalse(changed.contains("tzgg/2023/n0.html"), changed.toString());
    assertFalse(changed.contains("zdgz/2023/list-1.html"), changed.toString());
    assertEquals(changed.size(), r.changedFiles(), changed.toString());
  }

  /** The problems, without the notes of numbers assigned (only the first build assigns them). */
  static List<org.gongkai.model.Problem> findings(BuildResult r) {
    return r.problems().stream().filter(p -> !p.ruleId().startsWith("index-")).toList();
  }

  static Map<String, FileTime> times(Path root) throws IOException {
    Map<String, FileTime> out = new HashMap<>();
    for (String f : SampleSite.files(root)) {
      out.put(f, Files.getLastModifiedTime(root.resolve(f)));
    }
    return out;
  }

  static void assertSameTree(Path expected, Path actual, String when) throws IOException {
    List<String> files = SampleSite.files(expected);
    assertEquals(files, SampleSite.files(actual), when);
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(expected.resolve(f)),
          Files.readAllBytes(actual.resolve(f)), when + ": " + f);
    }
  }
}
