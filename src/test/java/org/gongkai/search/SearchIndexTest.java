package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.PageKind;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index writer on the sample site, read back by {@link IndexFiles} (not by the writer's own
 * code): the postings are exactly the bigrams of the stored text, the stored text is exactly each
 * page's public text, the records point at the records, and the files are the same every time.
 */
class SearchIndexTest {

  static SampleIndex sample;
  static List<SearchIndex.File> built;
  static IndexFiles index;

  @BeforeAll
  static void build() {
    sample = SampleIndex.sample();
    List<Problem> problems = new ArrayList<>();
    built = SearchIndex.build(sample.plan, problems::add);
    assertEquals(List.of(), problems);
    index = IndexFiles.of(built);
  }

  @Test
  void indexesEveryPublishedDocumentOnce() {
    Set<String> pages = new TreeSet<>();
    for (Page p : sample.plan.pages()) {
      if (p.kind() == PageKind.REPORT || p.kind() == PageKind.TASK_LIST) {
        pages.add(p.path());
      }
    }
    assertEquals(5, pages.size());
    assertEquals(pages, new TreeSet<>(index.documents.values().stream()
        .map(IndexFiles.Stored::path).toList()));
    assertEquals(5, index.manifest.get("documents").asInt());
  }

  /**
   * Every posting is a bigram where the stored text has it, and every bigram of the stored text
   * is posted where it is: the postings hold the stored text and nothing else.
   */
  @Test
  void postingsAreExactlyTheBigramsOfTheStoredText() {
    Map<String, Map<Long, List<Integer>>> expected = new TreeMap<>();
    for (IndexFiles.Stored d : index.documents.values()) {
      String text = IndexFiles.layout(d);
      for (int p = 0; p + 1 < text.length(); p++) {
        if (text.charAt(p) != SearchText.SEPARATOR && text.charAt(p + 1) != SearchText.SEPARATOR) {
          expected.computeIfAbsent(text.substring(p, p + 2), k -> new TreeMap<>())
              .computeIfAbsent(d.id(), k -> new ArrayList<>()).add(p);
        }
      }
    }
    Map<String, Map<Long, List<Integer>>> actual = new TreeMap<>();
    index.postings.forEach((bigram, docs) -> docs.forEach((id, e) ->
        actual.computeIfAbsent(bigram, k -> new TreeMap<>()).put(id, e.positions())));
    assertEquals(expected.keySet(), actual.keySet());
    assertEquals(expected, actual);
    assertTrue(expected.size() > 5000, expected.size() + " bigrams");
  }

  /** A posting's fields and bases say which of title, numbers and text each position is in. */
  @Test
  void postingsSayWhichFieldEachOccurrenceIsIn() {
    for (IndexFiles.Stored d : index.documents.values()) {
      int numberBase = SearchText.normalize(d.title()).length() + 1;
      int bodyBase = numberBase + SearchText.normalize(d.docNumber()).length() + 1
          + SearchText.normalize(d.index()).length() + 1;
      index.postings.forEach((bigram, docs) -> {
        IndexFiles.Entry e = docs.get(d.id());
        if (e == null) {
          return;
        }
        int fields = 0;
        for (int p : e.positions()) {
          fields |= p < numberBase ? Postings.TITLE : p < bodyBase ? Postings.NUMBER
              : Postings.BODY;
        }
        assertEquals(fields, e.fields(), bigram);
        if ((fields & (Postings.TITLE | Postings.NUMBER)) != 0) {
          assertEquals(numberBase, e.numberBase(), bigram);
          assertEquals(bodyBase, e.bodyBase(), bigram);
        }
      });
    }
  }

  /** The stored text is the indexed text of the page's view, field for field. */
  @Test
  void storedTextIsTheIndexedText() {
    for (IndexedDocument doc : sample.documents) {
      IndexFiles.Stored stored = index.documents.values().stream()
          .filter(s -> s.path().equals(doc.path())).findFirst().orElseThrow();
      assertEquals(doc.title(), stored.title());
      assertEquals(doc.index(), stored.index());
      assertEquals(doc.docNumber(), stored.docNumber());
      assertEquals(doc.publisher(), stored.publisher());
      assertEquals(doc.columnTitle(), stored.column());
      assertEquals(doc.published().toLocalDate().toString(), stored.date());
      assertEquals(doc.segments().size(), stored.segments().size());
      for (int i = 0; i < doc.segments().size(); i++) {
        IndexedDocument.Segment s = doc.segments().get(i);
        JsonNode line = stored.segments().get(i);
        assertEquals(s.kind().code(), line.get(0).asText());
        assertEquals(s.text(), line.get(1).asText());
        assertEquals(s.anchor(), line.has(2) ? line.get(2).asText() : "");
      }
    }
  }

  /**
   * Everything the index holds of a document is on its page: the title, numbers and every
   * segment (each unit name of a task) are in the page's visible text; and the index holds
   * every task row's content and progress the page shows.
   */
  @Test
  void indexedTextIsWhatThePageShows(@TempDir Path out) throws Exception {
    org.gongkai.SampleSite.build(out);
    for (IndexedDocument doc : sample.documents) {
      org.jsoup.nodes.Document page = Jsoup.parse(out.resolve(doc.path()).toFile(), "UTF-8");
      String shown = SearchText.normalize(page.selectFirst("main").text());
      List<String> parts = new ArrayList<>(List.of(doc.title(), doc.index(), doc.docNumber()));
      for (IndexedDocument.Segment s : doc.segments()) {
        if (s.kind() == IndexedDocument.Kind.UNITS) {
          parts.addAll(List.of(s.text().split("、")));
        } else {
          parts.add(s.text());
        }
      }
      for (String part : parts) {
        assertTrue(shown.contains(SearchText.normalize(part)), () -> doc.path()
            + " does not show the indexed text: " + part);
      }
      Set<String> indexed = new TreeSet<>();
      doc.segments().forEach(s -> indexed.add(SearchText.normalize(s.text())));
      for (var cell : page.select("table.tasks td.col-content, table.tasks td.col-progress")) {
        cell.select("p.status, p.withheld").remove();
        String text = SearchText.normalize(cell.text());
        if (!text.isEmpty()) {
          assertTrue(indexed.contains(text), () -> doc.path() + ": the page shows a task cell"
              + " the index lacks: " + cell.text());
        }
      }
    }
  }

  /**
   * The records file slices the text file at its documents (each slice starts with the
   * document's header line), and each sync point is where a segment line starts, at that
   * segment's position in the normalised text.
   */
  @Test
  void recordsPointAtTheLinesOfTheTextFile() {
    int points = 0;
    for (IndexFiles.Stored d : index.documents.values()) {
      String record = new String(d.bytes(), StandardCharsets.UTF_8);
      assertTrue(record.startsWith("[" + d.id() + ","), record.substring(0, 20));
      assertTrue(record.endsWith("\n"));
      String header = new String(d.bytes(), 0, d.headerLength(), StandardCharsets.UTF_8);
      assertEquals(1, header.lines().count());
      assertTrue(header.endsWith("\n"));
      List<Integer> lineStarts = new ArrayList<>();
      List<Integer> positions = new ArrayList<>();
      int position = IndexFiles.layout(d).length();
      for (int i = d.segments().size() - 1; i >= 0; i--) {
        position -= SearchText.normalize(d.segments().get(i).get(1).asText()).length() + 1;
        positions.add(0, position);
      }
      for (int at = d.headerLength(); at < d.bytes().length; at++) {
        if (d.bytes()[at - 1] == '\n') {
          lineStarts.add(at);
        }
      }
      assertEquals(d.segments().size(), lineStarts.size());
      assertEquals(d.segments().isEmpty(), d.sync().isEmpty());
      long last = -1;
      for (long[] point : d.sync()) {
        int line = lineStarts.indexOf((int) point[0]);
        assertTrue(line >= 0, d.path() + ": sync point at byte " + point[0]
            + " is not a line start");
        assertEquals((long) positions.get(line), point[1], d.path());
        assertTrue(point[0] - last >= TextFiles.SYNC_BYTES || last < 0);
        last = point[0];
        points++;
      }
      if (!d.sync().isEmpty()) {
        assertEquals(d.headerLength(), d.sync().get(0)[0]);
      }
    }
    assertTrue(points > index.documents.size(), "every long record has several sync points");
  }

  @Test
  void textFilesAreJsonArraysOfLines() throws Exception {
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    int lines = 0;
    for (var e : index.files.entrySet()) {
      if (e.getKey().startsWith("search/text/")) {
        JsonNode array = json.readTree(e.getValue());
        assertTrue(array.isArray());
        lines += array.size();
      }
    }
    int expected = 0;
    for (IndexFiles.Stored d : index.documents.values()) {
      expected += 1 + d.segments().size();
    }
    assertEquals(expected, lines);
  }

  @Test
  void buildingTwiceGivesTheSameBytes() {
    List<SearchIndex.File> again = SearchIndex.build(SampleIndex.sample().plan, p -> { });
    assertEquals(built.stream().map(SearchIndex.File::path).toList(),
        again.stream().map(SearchIndex.File::path).toList());
    for (int i = 0; i < built.size(); i++) {
      assertArrayEquals(built.get(i).bytes(), again.get(i).bytes(), built.get(i).path());
    }
  }

  @Test
  void manifestListsTheFilters() {
    assertEquals(SearchIndex.FORMAT, index.manifest.get("format").asInt());
    List<String> columns = new ArrayList<>();
    index.manifest.get("columns").forEach(c -> columns.add(c.get(0).asText() + "="
        + c.get(1).asText() + ":" + c.get(2).asInt()));
    assertEquals(List.of("zwgk/gzbg=政务公开 / 工作报告:1", "zwgk/tzgg=政务公开 / 通知公告:1",
        "zwgk/zdgz=政务公开 / 重点工作:3"), columns);
    List<String> years = new ArrayList<>();
    index.manifest.get("years").forEach(y -> years.add(y.get(0).asInt() + ":" + y.get(1)
        .asInt()));
    assertEquals(List.of("2023:4", "2021:1"), years);
    for (JsonNode y : index.manifest.get("years")) {
      long from = y.get(2).asLong();
      long to = y.get(3).asLong();
      long inYear = index.documents.values().stream()
          .filter(d -> d.id() >= from && d.id() < to).count();
      assertEquals(y.get(1).asLong(), inYear);
      index.documents.values().stream().filter(d -> d.id() >= from && d.id() < to)
          .forEach(d -> assertTrue(d.date().startsWith(y.get(0).asText())));
    }
  }

  @Test
  void facetsListTheDocumentsOfEachColumnAndPublisher() {
    JsonNode columns = index.manifest.get("columns");
    for (int i = 0; i < columns.size(); i++) {
      String title = columns.get(i).get(1).asText();
      Set<Long> expected = new TreeSet<>();
      index.documents.values().stream().filter(d -> d.column().equals(title))
          .forEach(d -> expected.add(d.id()));
      assertEquals(expected, facet("search/facets/column-" + i + ".bin"), title);
    }
    JsonNode publishers = index.manifest.get("publishers");
    for (int i = 0; i < publishers.size(); i++) {
      String name = publishers.get(i).get(0).asText();
      Set<Long> expected = new TreeSet<>();
      index.documents.values().stream().filter(d -> d.publisher().equals(name))
          .forEach(d -> expected.add(d.id()));
      assertEquals(expected, facet("search/facets/publisher-" + i + ".bin"), name);
    }
  }

  private static Set<Long> facet(String path) {
    IndexFiles.Varints r = new IndexFiles.Varints(index.files.get(path), 0);
    long n = r.next();
    Set<Long> ids = new TreeSet<>();
    long id = 0;
    for (long i = 0; i < n; i++) {
      id += r.next();
      ids.add(id);
    }
    return ids;
  }

  /**
   * A file of the site at a path of the index is an error naming the file, and the index leaves
   * that file alone.
   */
  @Test
  void aSiteFileOnAnIndexPathIsAnError(@TempDir Path site) throws Exception {
    TestSites.copy("minimal", site);
    Files.createDirectories(site.resolve("static/search"));
    Files.writeString(site.resolve("static/search/manifest.json"), "{}");
    SampleIndex minimal = new SampleIndex(site);
    List<Problem> problems = new ArrayList<>();
    List<SearchIndex.File> files = SearchIndex.build(minimal.plan, problems::add);
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("permalink-collision", p.ruleId());
    assertEquals("static/search/manifest.json", p.path());
    assertTrue(p.message().in(org.gongkai.model.Lang.ZH).contains("search/manifest.json"));
    assertTrue(files.stream().noneMatch(f -> f.path().equals("search/manifest.json")));
  }
}
