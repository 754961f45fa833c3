package org.gongkai.assemble;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.BuildResult;
import org.gongkai.testing.AnnualSite;
import org.gongkai.testing.Csv;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report's page and data, built from the {@code annual-report} spec case and read
 * back: the six sections in order, the three tables with the merged cells of the national format
 * and every figure tied to its row and column headers, the JSON valid against its schema, the CSV
 * holding the same figures, and the reports listed by year.
 */
class AnnualReportPageTest {

  static final String PAGE = "ndbg/2026/2025-ndbg.html";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path temp;
  static AnnualSite site;
  static Path out;

  @BeforeAll
  static void build() {
    site = AnnualSite.copy(temp.resolve("site"));
    BuildResult result = site.build();
    assertFalse(result.hasErrors(), () -> result.errors().toString());
    out = site.dir().resolve("out");
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  static JsonNode json(String path) throws IOException {
    return JSON.readTree(out.resolve(path).toFile());
  }

  @Test
  void thePageHasTheMetadataAndTheSixSectionsInOrder() throws IOException {
    Document doc = page(PAGE);
    assertEquals("测试市人民政府2025年政府信息公开工作年度报告", doc.selectFirst("h1").text());
    assertEquals("11330600002577014T/2026-000001", doc.selectFirst("td.meta-index").text());
    assertEquals("测试市人民政府2025年政府信息公开工作年度报告",
        doc.selectFirst("meta[name=ArticleTitle]").attr("content"));
    assertEquals("信息公开年报", doc.selectFirst("meta[name=ColumnType]").attr("content"));
    assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"),
        doc.select("section.report-section > h2").eachText());
    assertEquals("报告年度：2025年　报告机关：测试市人民政府（本级政府）",
        doc.selectFirst(".annual-facts").text());
    Element summary = doc.getElementById("section-1").parent();
    assertTrue(summary.text().contains("共收到政府信息公开申请50件"), summary.text());
    assertEquals("（一）主动公开", summary.selectFirst("h3").text(), "### is a subsection");
    assertNotNull(doc.getElementById("section-3").parent().selectFirst("table#t3"));
    assertNotNull(doc.getElementById("section-4").parent().selectFirst("table#t4"));
  }

  @Test
  void tableThreeHasTwentyFiveRowsOfSevenFiguresUnderTheFormatsMergedCells()
      throws IOException {
    Element t3 = page(PAGE).getElementById("t3");
    assertEquals(10, grid(t3).get(0).length, "three label columns and seven figures");
    List<Element> rows = t3.select("tbody > tr");
    assertEquals(25, rows.size());
    for (Element row : rows) {
      assertEquals(7, row.select("td.figure").size(), row.text());
    }
    assertEquals(List.of("40", "6", "0", "1", "3", "0", "50"),
        rows.get(0).select("td").eachText());
    assertEquals("一、本年新收政府信息公开申请数量", rows.get(0).selectFirst("th").text());
    assertEquals("四、结转下年度继续办理", rows.get(24).selectFirst("th").text());
    // the merged cells of the format
    assertSpan(t3.selectFirst("td.note"), 3, 3);
    assertEquals("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        t3.selectFirst("td.note").text());
    assertSpan(t3.getElementById("t3-applicants"), 1, 7);
    assertSpan(t3.getElementById("t3-naturalPerson"), 2, 1);
    assertSpan(t3.getElementById("t3-organisations"), 1, 5);
    assertSpan(t3.getElementById("t3-total"), 2, 1);
    assertSpan(t3.getElementById("t3-newReceived"), 1, 3);
    assertSpan(t3.getElementById("t3-results"), 22, 1);
    assertSpan(t3.getElementById("t3-granted"), 1, 2);
    assertSpan(t3.getElementById("t3-withheld"), 8, 1);
    assertSpan(t3.getElementById("t3-unableToProvide"), 3, 1);
    assertSpan(t3.getElementById("t3-notProcessed"), 5, 1);
    assertSpan(t3.getElementById("t3-otherHandling"), 3, 1);
    assertSpan(t3.getElementById("t3-total-total"), 1, 2);
    assertSpan(t3.getElementById("t3-carriedForward"), 1, 3);
    assertEquals("（七）总计", t3.getElementById("t3-total-total").text());
  }

  @Test
  void everyFigureNamesItsRowAndColumnHeaders() throws IOException {
    Document doc = page(PAGE);
    int figures = 0;
    for (Element table : doc.select("table.annual-table")) {
      for (Element td : table.select("td.figure")) {
        List<String> ids = Arrays.asList(td.attr("headers").split(" "));
        assertTrue(ids.size() >= 2, td.outerHtml());
        for (String id : ids) {
          Element header = table.getElementById(id);
          assertNotNull(header, id + " of " + td.outerHtml());
          assertEquals("th", header.tagName(), id);
        }
        figures++;
      }
    }
    assertEquals(10 + 25 * 7 + 15, figures);
    Element t3 = doc.getElementById("t3");
    Element secretFromBusiness = t3.select("tbody > tr").get(4).select("td").get(1);
    assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "申请人情况", "法人或其他组织",
        "商业企业"), headerTexts(t3, secretFromBusiness));
    Element t4 = doc.getElementById("t4");
    assertEquals(15, t4.select("td.figure").size());
    assertEquals(15, grid(t4).get(0).length);
    assertEquals(List.of("行政诉讼", "复议后起诉", "尚未审结"),
        headerTexts(t4, t4.select("td.figure").get(13)));
    Element t2 = doc.getElementById("t2");
    assertEquals(4, grid(t2).get(0).length);
    Element fee = t2.select("td.figure").last();
    assertEquals("12.5", fee.text());
    assertEquals(List.of("第二十条第（八）项", "行政事业性收费", "本年收费金额（单位：万元）"),
        headerTexts(t2, fee));
    for (Element th : doc.select("table.annual-table th.item, table.annual-table th.applicant")) {
      assertFalse(th.attr("scope").isEmpty(), th.outerHtml());
    }
  }

  @Test
  void theJsonIsValidAndHoldsTheFiguresOfThePage() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    Schema schema = registry.getSchema(Files.readString(
        Path.of("docs/annual-report.schema.json")), InputFormat.JSON);
    JsonNode data = json("ndbg/2026/2025-ndbg.json");
    assertEquals(List.of(), schema.validate(data).stream().map(Object::toString).toList());
    assertEquals(2025, data.get("year").asInt());
    assertEquals("government", data.get("kind").asText());
    assertEquals("https://www.example.gov.cn/ndbg/2026/2025-ndbg.csv",
        data.get("urls").get("csv").asText());
    JsonNode t3 = data.get("tables").get(1);
    assertEquals("三、收到和处理政府信息公开申请情况", t3.get("title").asText());
    JsonNode secret = t3.get("rows").get(4);
    assertEquals("1.属于国家秘密", secret.get("label").asText());
    assertEquals("[\"三、本年度办理结果\",\"（三）不予公开\"]", secret.get("groups").toString());
    assertEquals("法人或其他组织", secret.get("figures").get(1).get("group").asText());
    assertEquals(12.5, data.get("tables").get(0).get("rows").get(5).get("figures").get(0)
        .get("value").asDouble());
    // the same figures as the page, in the same order
    List<String> page = page(PAGE).select("td.figure").eachText();
    List<String> fromJson = new ArrayList<>();
    data.get("tables").forEach(t -> t.get("rows").forEach(r -> r.get("figures")
        .forEach(f -> fromJson.add(f.get("value").decimalValue().toPlainString()))));
    assertEquals(page, fromJson);
    ObjectNode broken = data.deepCopy();
    ((ObjectNode) broken.get("tables").get(1).get("rows").get(0).get("figures").get(0))
        .put("value", "40");
    assertFalse(schema.validate(broken).isEmpty(), "a figure as text must fail the schema");
  }

  @Test
  void theCsvHoldsEveryFigureOfTheJsonOneARow() throws IOException {
    byte[] bytes = Files.readAllBytes(out.resolve("ndbg/2026/2025-ndbg.csv"));
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        Arrays.copyOf(bytes, 3), "UTF-8 byte order mark, so that Excel reads it as UTF-8");
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertTrue(text.endsWith("\r\n"), "records end with CRLF");
    List<List<String>> rows = Csv.parse(text);
    assertEquals(List.of("表格", "行", "列", "数值", "单位", "表格键", "行键", "列键"), rows.get(0));
    List<List<String>> fromJson = new ArrayList<>();
    for (JsonNode t : json("ndbg/2026/2025-ndbg.json").get("tables")) {
      for (JsonNode r : t.get("rows")) {
        List<String> groups = new ArrayList<>();
        r.get("groups").forEach(g -> groups.add(g.asText()));
        groups.add(r.get("label").asText());
        for (JsonNode f : r.get("figures")) {
          String column = f.get("group").isNull() ? f.get("label").asText()
              : f.get("group").asText() + " > " + f.get("label").asText();
          fromJson.add(List.of(t.get("title").asText(), String.join(" > ", groups), column,
              f.get("value").decimalValue().toPlainString(),
              f.get("unit").isNull() ? "" : f.get("unit").asText(), t.get("key").asText(),
              r.get("key").asText(), f.get("key").asText()));
        }
      }
    }
    assertEquals(200, fromJson.size(), "10 figures in table 2, 175 in table 3, 15 in table 4");
    assertEquals(fromJson, rows.subList(1, rows.size()));
    assertEquals(List.of("三、收到和处理政府信息公开申请情况", "三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密",
        "法人或其他组织 > 商业企业", "0", "", "applications", "stateSecret", "business"),
        rows.get(1 + 10 + 4 * 7 + 1));
  }

  @Test
  void theReportsAreInTheCatalogAndTheirColumnListsThemByYear() throws IOException {
    JsonNode catalog = json("data/catalog.json");
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("docs/catalog.schema.json")), InputFormat.JSON);
    assertEquals(List.of(), schema.validate(catalog).stream().map(Object::toString).toList());
    JsonNode first = catalog.get("documents").get(0);
    assertEquals("annualReport", first.get("type").asText());
    assertEquals("https://www.example.gov.cn/ndbg/2026/2025-ndbg.json",
        first.get("data").get("json").asText());
    Document listing = page("ndbg/index.html");
    assertEquals(List.of("测试市人民政府2025年政府信息公开工作年度报告", "测试市人民政府2024年政府信息公开工作年度报告"),
        listing.select("table.doc-list td a").eachText());
  }

  @Test
  void aReportPublishedLaterIsStillListedByTheYearItReportsOn(@TempDir Path dir)
      throws IOException {
    // the 2024 report was put online again (moved from an older site) after the 2025 one
    AnnualSite later = AnnualSite.copy(dir);
    later.replace(AnnualSite.R2024, "published: 2025-03-28 09:00", "published: 2026-05-06 09:00");
    assertFalse(later.build().hasErrors());
    Document listing = Jsoup.parse(dir.resolve("out/ndbg/index.html").toFile(), "UTF-8");
    assertEquals(List.of("2025", "2024"), listing.select("table.doc-list td a").eachText()
        .stream().map(t -> t.replaceAll("\\D", "")).toList());
  }

  @Test
  void aDraftReportReachesNoOutputFileAndTheLeakGuardKnowsItsText(@TempDir Path dir)
      throws IOException {
    AnnualSite drafting = AnnualSite.copy(dir);
    String secret = "二〇二六年度报告草稿中尚未公开的一句话";
    BuildResult scaffold = drafting.gongkai().newAnnualReport(2026, null, null, null);
    assertFalse(scaffold.hasErrors(), scaffold.problems()::toString);
    drafting.replace("content/ndbg/2026-ndbg.md", "## 一、总体情况\n", "## 一、总体情况\n\n"
        + secret + "\n");
    BuildResult built = drafting.build();
    assertFalse(built.hasErrors(), () -> built.errors().toString());
    Path output = dir.resolve("out");
    for (String file : org.gongkai.SampleSite.files(output)) {
      String text = Files.readString(output.resolve(file), StandardCharsets.UTF_8);
      assertFalse(text.contains(secret), file);
      assertFalse(text.contains("测试市人民政府2026年政府信息公开工作年度报告"), file);
    }
    // whatever puts the draft's text into the output, the build refuses to write it
    drafting.write("static/note.txt", secret + "\n");
    BuildResult leaked = drafting.build();
    assertTrue(leaked.problems().stream().anyMatch(p -> p.ruleId().equals("leak")
        && p.path().equals("content/ndbg/2026-ndbg.md")), leaked.problems()::toString);
  }

  // ---- helpers ------------------------------------------------------------------------------

  static void assertSpan(Element cell, int rowspan, int colspan) {
    assertNotNull(cell);
    assertEquals(rowspan, cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1,
        "rowspan of " + cell.text());
    assertEquals(colspan, cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1,
        "colspan of " + cell.text());
  }

  static List<String> headerTexts(Element table, Element td) {
    return Arrays.stream(td.attr("headers").split(" "))
        .map(id -> table.getElementById(id).text()).toList();
  }

  /**
   * The HTML table model of a table: every slot of every row, each holding the cell that covers
   * it. Fails when cells overlap or a row is not as wide as the others.
   */
  static List<Element[]> grid(Element table) {
    List<Element> rows = table.select("tr");
    Map<Integer, Map<Integer, Element>> slots = new HashMap<>();
    int width = -1;
    for (int r = 0; r < rows.size(); r++) {
      int c = 0;
      for (Element cell : rows.get(r).select("th, td")) {
        while (slots.computeIfAbsent(r, k -> new HashMap<>()).containsKey(c)) {
          c++;
        }
        int rs = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
        int cs = cell.hasAttr("colspan") ? Integer.parseInt(cell.attr("colspan")) : 1;
        for (int i = r; i < r + rs; i++) {
          for (int j = c; j < c + cs; j++) {
            Element before = slots.computeIfAbsent(i, k -> new HashMap<>()).put(j, cell);
            assertEquals(null, before, "cells overlap at row " + i + ", column " + j);
          }
        }
        c += cs;
      }
    }
    List<Element[]> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Map<Integer, Element> row = slots.get(r);
      if (width < 0) {
        width = row.size();
      }
      assertEquals(width, row.size(), "row " + r + " of " + table.id() + " is not full");
      Element[] cells = new Element[width];
      for (int j = 0; j < width; j++) {
        cells[j] = row.get(j);
        assertNotNull(cells[j], "a hole at row " + r + ", column " + j);
      }
      out.add(cells);
    }
    return out;
  }
}
