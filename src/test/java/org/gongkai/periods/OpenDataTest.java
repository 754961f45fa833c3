package org.gongkai.periods;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.SampleSite;
import org.gongkai.testing.Csv;
import org.gongkai.testing.TestSites;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open data of the {@code series} spec case and of the sample site: each task list's JSON
 * valid against docs/open-data.schema.json, its CSV read back to the same rows, data/catalog.json
 * valid against docs/catalog.schema.json, and no withheld text in any of them.
 */
class OpenDataTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String[] HEADER = {"序号", "编号", "分块", "内容与要求", "进展情况", "不予公开说明",
      "状态", "牵头单位", "配合单位", "责任单位", "较上期", "上期序号"};

  @TempDir static Path temp;
  static SeriesSite s;
  static Schema taskListSchema;
  static Schema catalogSchema;

  @BeforeAll
  static void build() throws IOException {
    s = SeriesSite.three(temp);
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    taskListSchema = registry.getSchema(Files.readString(
        SampleSite.ROOT.resolve("docs/open-data.schema.json")), InputFormat.JSON);
    catalogSchema = registry.getSchema(Files.readString(
        SampleSite.ROOT.resolve("docs/catalog.schema.json")), InputFormat.JSON);
  }

  static List<String> errors(Schema schema, JsonNode json) {
    return schema.validate(json).stream().map(Object::toString).toList();
  }

  static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyTaskListJsonIsValid() {
    for (String p : List.of("tasks-1-3", "tasks-1-6", "tasks-1-9")) {
      JsonNode data = json(s.bytes("zdgz/2023/" + p + ".json"));
      assertEquals(List.of(), errors(taskListSchema, data), p);
    }
  }

  @Test
  void theTaskListSchemaIsApplied() {
    ObjectNode data = (ObjectNode) json(s.bytes("zdgz/2023/tasks-1-9.json"));
    ((ObjectNode) data.get("tasks").get(0)).put("seq", "1");
    assertFalse(errors(taskListSchema, data).isEmpty(), "a 序号 as text must fail");
    ObjectNode extra = (ObjectNode) json(s.bytes("zdgz/2023/tasks-1-9.json"));
    ((ObjectNode) extra.get("tasks").get(2)).put("progressWithheld", "秘密");
    assertFalse(errors(taskListSchema, extra).isEmpty(), "an unknown field must fail");
  }

  @Test
  void jsonHoldsThePublicTableAndNothingElse() {
    JsonNode data = json(s.bytes("zdgz/2023/tasks-1-9.json"));
    assertEquals("1-9月", data.get("period").asText());
    assertEquals("1-6月", data.get("comparedWith").asText());
    assertEquals(5, data.get("taskCount").asInt());
    JsonNode e = data.get("tasks").get(2);
    assertEquals("E", e.get("id").asText());
    assertTrue(e.get("progress").isNull(), "withheld progress is null");
    assertEquals("内部事务信息", e.get("withheld").get("reason").asText());
    JsonNode a = data.get("tasks").get(0);
    assertEquals("方案已印发实施。\n完成方案起草，进入征求意见阶段。", a.get("progress").asText());
    assertEquals("changed", a.get("change").asText());
    assertEquals("https://www.example.gov.cn/zdgz/series/2023-test-tasks.html#task-A",
        a.get("history").asText());
    assertEquals(List.of("市发改委"), names(a.get("leadUnits")));
    assertEquals("C", data.get("removed").get(0).get("id").asText());
    JsonNode c = json(s.bytes("zdgz/2023/tasks-1-6.json")).get("tasks").get(3);
    assertEquals(3, c.get("previousSeq").asInt());
    // the same rows as the page
    Document page = s.page(SeriesSite.P9);
    List<Element> rows = page.select("table.tasks tbody tr[id^=task-]");
    assertEquals(rows.size(), data.get("tasks").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode t = data.get("tasks").get(i);
      assertEquals(rows.get(i).select("td.col-content > p:not(.status)").eachText(),
          Arrays.asList(t.get("content").asText().split("\n")));
      if (!t.get("progress").isNull()) {
        assertEquals(rows.get(i).select("td.col-progress p").eachText(),
            Arrays.asList(t.get("progress").asText().split("\n")));
      }
    }
  }

  private static List<String> names(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void csvIsExcelReadyAndReadsBackToTheSameRows() {
    byte[] bytes = s.bytes("zdgz/2023/tasks-1-9.csv");
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3), "UTF-8 byte order mark, so that Excel reads it as UTF-8");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), "records end with CRLF");
    List<List<String>> rows = Csv.parse(text);
    assertEquals(Arrays.asList(HEADER), rows.get(0));
    JsonNode tasks = json(s.bytes("zdgz/2023/tasks-1-9.json")).get("tasks");
    assertEquals(tasks.size() + 1, rows.size());
    for (int i = 0; i < tasks.size(); i++) {
      JsonNode t = tasks.get(i);
      List<String> row = rows.get(i + 1);
      assertEquals(HEADER.length, row.size(), row.toString());
      assertEquals(t.get("seq").asText(), row.get(0));
      assertEquals(t.get("id").isNull() ? "" : t.get("id").asText(), row.get(1));
      assertEquals(t.get("content").asText(), row.get(3));
      assertEquals(t.get("progress").isNull() ? "" : t.get("progress").asText(), row.get(4));
      assertEquals(t.get("status").isNull() ? "" : t.get("status").asText(), row.get(6));
      assertEquals(String.join("、", names(t.get("leadUnits"))), row.get(7));
      assertEquals(String.join("、", names(t.get("assistingUnits"))), row.get(8));
    }
    List<String> seven = rows.get(5);
    assertEquals("庚任务“进展”含有,逗号和\"引号\"，以及\n换行前后的文字。", seven.get(4),
        "commas, quotes and a line break survive");
    assertEquals("新增", seven.get(10));
    assertEquals("本项进展情况不予公开。理由：内部事务信息；依据：《中华人民共和国政府信息公开条例》第十六条",
        rows.get(3).get(5));
    assertEquals("3", Csv.parse(new String(s.bytes("zdgz/2023/tasks-1-6.csv"),
        StandardCharsets.UTF_8).substring(1)).get(4).get(11), "上期序号 of a renumbered task");
  }

  @Test
  void theCatalogListsEveryDocumentAndIsValid() {
    JsonNode catalog = json(s.bytes("data/catalog.json"));
    assertEquals(List.of(), errors(catalogSchema, catalog));
    assertEquals(4, catalog.get("documentCount").asInt());
    JsonNode first = catalog.get("documents").get(0);
    assertEquals("11330600002577014T/2023-000004", first.get("index").asText());
    assertEquals("2023年重点工作1-9月进展情况表", first.get("title").asText());
    assertEquals("2023-10-10 09:00", first.get("published").asText());
    assertEquals("2023-10-10T09:00:00+08:00", first.get("publishedTime").asText());
    assertEquals("重点工作", first.get("column").asText());
    assertEquals("https://www.example.gov.cn/zdgz/2023/tasks-1-9.html", first.get("url").asText());
    assertEquals("https://www.example.gov.cn/zdgz/2023/tasks-1-9.csv",
        first.get("data").get("csv").asText());
    assertTrue(catalog.get("documents").get(1).get("data").isNull(), "a notice has no data");
    ObjectNode broken = (ObjectNode) catalog.deepCopy();
    ((ObjectNode) broken.get("documents").get(0)).remove("index");
    assertFalse(errors(catalogSchema, broken).isEmpty(), "the catalog schema is applied");
  }

  @Test
  void noDataFileOrFeedHoldsWithheldText() {
    int checked = 0;
    for (String f : SampleSite.files(s.out)) {
      if (f.endsWith(".json") || f.endsWith(".csv") || f.endsWith(".xml") || f.endsWith(".txt")) {
        String text = SeriesSite.utf8(s.bytes(f));
        for (String secret : SeriesSite.WITHHELD) {
          assertFalse(text.contains(secret), f + " contains " + secret);
        }
        checked++;
      }
    }
    assertTrue(checked >= 11, "3 JSON, 3 CSV, catalog, 3 feeds, sitemap, robots: " + checked);
  }

  @Test
  void theSampleSitesDataFilesAreValid(@TempDir Path out) {
    SampleSite.build(out);
    Schema annualSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(TestSites.read(SampleSite.ROOT.resolve("docs/annual-report.schema.json")),
            InputFormat.JSON);
    int lists = 0;
    int annual = 0;
    for (String f : SampleSite.files(out)) {
      if (f.endsWith(".json") && f.startsWith("zwgk/ndbg/")) {
        assertEquals(List.of(), errors(annualSchema, json(read(out.resolve(f)))), f);
        annual++;
      } else if (f.endsWith(".json") && !f.startsWith("data/")
          && !f.startsWith("search/")) {
        byte[] bytes = read(out.resolve(f));
        assertEquals(List.of(), errors(taskListSchema, json(bytes)), f);
        List<List<String>> csv = Csv.parse(new String(read(out.resolve(
            f.replace(".json", ".csv"))), StandardCharsets.UTF_8).substring(1));
        assertEquals(json(bytes).get("tasks").size() + 1, csv.size(), f);
        lists++;
      }
    }
    assertEquals(3, lists, "Pinghu 1-3月 and 1-6月, and the Zhuji list");
    assertEquals(2, annual, "the annual reports on 2024 and 2025");
    assertEquals(List.of(), errors(catalogSchema, json(read(out.resolve("data/catalog.json")))));
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
