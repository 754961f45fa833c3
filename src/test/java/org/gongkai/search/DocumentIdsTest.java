package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Document numbers come from dates alone: they sort by date and stay put. */
class DocumentIdsTest {

  private static IndexedDocument doc(String source, String published, String index) {
    return new IndexedDocument(source + ".html", source, LocalDateTime.parse(published), "标题",
        "", index, "tzgg", "通知公告", "办公室", List.of());
  }

  private static Map<String, Long> ids(List<IndexedDocument> docs) {
    DocumentIds.Numbered n = DocumentIds.assign(docs);
    Map<String, Long> out = new HashMap<>();
    for (int i = 0; i < n.ids().size(); i++) {
      out.put(n.documents().get(i).source(), n.ids().get(i));
    }
    return out;
  }

  @Test
  void numbersSortByDateAndTime() {
    List<IndexedDocument> docs = List.of(doc("c", "2023-02-01T10:00", "x/2023-3"),
        doc("a", "2021-05-01T00:00", "x/2021-1"), doc("b", "2023-02-01T09:00", "x/2023-9"),
        doc("d", "2023-02-01T10:00", "x/2023-1"));
    DocumentIds.Numbered n = DocumentIds.assign(docs);
    assertEquals(List.of("a", "b", "d", "c"), n.documents().stream()
        .map(IndexedDocument::source).toList());
    for (int i = 1; i < n.ids().size(); i++) {
      assertTrue(n.ids().get(i) > n.ids().get(i - 1));
    }
    long day = DocumentIds.day(java.time.LocalDate.of(2023, 2, 1));
    assertEquals(day << DocumentIds.MIN_BITS, (long) n.ids().get(1));
    assertEquals((day << DocumentIds.MIN_BITS) + 2, (long) n.ids().get(3));
  }

  /** Adding a document renumbers only the documents published after it on its own day. */
  @Test
  void addingADocumentKeepsTheOtherNumbers() {
    List<IndexedDocument> docs = new ArrayList<>();
    for (int d = 1; d <= 28; d++) {
      docs.add(doc("n" + d, String.format("2023-03-%02dT09:00", d), "x/" + d));
      docs.add(doc("m" + d, String.format("2023-03-%02dT15:00", d), "y/" + d));
    }
    Map<String, Long> before = ids(docs);
    docs.add(doc("new", "2023-03-10T12:00", "z/1"));
    Map<String, Long> after = ids(docs);
    List<String> changed = new ArrayList<>();
    before.forEach((source, id) -> {
      if (!id.equals(after.get(source))) {
        changed.add(source);
      }
    });
    assertEquals(List.of("m10"), changed);
  }

  @Test
  void aBusyDayWidensTheRank() {
    List<IndexedDocument> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      docs.add(doc("d" + i, "2023-03-01T09:00", String.format("x/%03d", i)));
    }
    DocumentIds.Numbered n = DocumentIds.assign(docs);
    assertEquals(6, n.bits());
    assertEquals(40, n.ids().stream().distinct().count());
  }
}
