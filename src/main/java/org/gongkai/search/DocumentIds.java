package org.gongkai.search;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of each document in the index, made from its 发布日期 alone: {@code day << bits |
 * rank}, where {@code day} counts days since 1900-01-01 and {@code rank} orders the documents of
 * one day (by time, 索引号, file). So a document keeps its number from build to build while its
 * date does not change; adding one renumbers at most the documents published later on its own
 * day, and every other index file stays as it was. Numbers also sort by date: the search page
 * shows newest first by sorting numbers, and finds a year's documents as a range of numbers.
 *
 * <p>{@code bits} is the fewest bits (at least 4) that hold the busiest day's count, so it only
 * changes when a day gets more documents than any before (then every number changes once).
 */
final class DocumentIds {

  static final LocalDate EPOCH = LocalDate.of(1900, 1, 1);
  static final int MIN_BITS = 4;

  private static final Comparator<IndexedDocument> WITHIN_DAY =
      Comparator.comparing(IndexedDocument::published)
          .thenComparing(IndexedDocument::index)
          .thenComparing(IndexedDocument::source);

  private DocumentIds() {}

  /** The documents with their numbers, in the order of their numbers. */
  record Numbered(int bits, List<Long> ids, List<IndexedDocument> documents) {

    Numbered {
      ids = List.copyOf(ids);
      documents = List.copyOf(documents);
    }
  }

  static Numbered assign(List<IndexedDocument> documents) {
    Map<Long, List<IndexedDocument>> byDay = new TreeMap<>();
    for (IndexedDocument d : documents) {
      byDay.computeIfAbsent(day(d.published().toLocalDate()), k -> new ArrayList<>()).add(d);
    }
    int busiest = byDay.values().stream().mapToInt(List::size).max().orElse(1);
    int bits = Math.max(MIN_BITS, 32 - Integer.numberOfLeadingZeros(busiest - 1));
    List<Long> ids = new ArrayList<>();
    List<IndexedDocument> ordered = new ArrayList<>();
    byDay.forEach((day, docs) -> {
      docs.sort(WITHIN_DAY);
      for (int rank = 0; rank < docs.size(); rank++) {
        ids.add(day << bits | rank);
        ordered.add(docs.get(rank));
      }
    });
    return new Numbered(bits, ids, ordered);
  }

  /** Days since {@link #EPOCH}. */
  static long day(LocalDate date) {
    return ChronoUnit.DAYS.between(EPOCH, date);
  }
}
