package org.gongkai.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The positional posting list of every character bigram of the indexed text: for each document
 * that contains the bigram, in the order of document numbers, where in its normalised text it
 * occurs. Only {@link IndexedDocument} text is ever added, and only through {@link Layout}: the
 * postings hold nothing that the stored text (which the leak guard reads) does not.
 *
 * <p>Two parts per bigram, so that a two-character query reads only the first:
 *
 * <ul>
 *   <li>documents: the count, then per document the number's difference from the previous one,
 *       {@code occurrences << 3 | fields} (title 1, 文号/索引号 2, other text 4), and, when the
 *       fields include the title or a number, the positions where the numbers and the other text
 *       start ({@link Layout});
 *   <li>positions: per document its positions, each as the difference from the one before.
 * </ul>
 */
final class Postings {

  static final int TITLE = 1;
  static final int NUMBER = 2;
  static final int BODY = 4;

  private final Map<Integer, PostingList> lists = new HashMap<>();
  private long bytes;

  /**
   * A document's normalised text: title, 文号, 索引号 and each segment in turn, each followed by
   * {@link SearchText#SEPARATOR}, so that no bigram spans two of them.
   *
   * @param numberBase where the 文号 starts (the 索引号 follows it)
   * @param bodyBase where the first segment starts
   */
  record Layout(String text, int numberBase, int bodyBase) {

    static Layout of(IndexedDocument doc) {
      StringBuilder out = new StringBuilder();
      SearchText.appendNormalized(doc.title(), out);
      out.append(SearchText.SEPARATOR);
      int numberBase = out.length();
      SearchText.appendNormalized(doc.docNumber(), out);
      out.append(SearchText.SEPARATOR);
      SearchText.appendNormalized(doc.index(), out);
      out.append(SearchText.SEPARATOR);
      int bodyBase = out.length();
      for (IndexedDocument.Segment s : doc.segments()) {
        SearchText.appendNormalized(s.text(), out);
        out.append(SearchText.SEPARATOR);
      }
      return new Layout(out.toString(), numberBase, bodyBase);
    }

    int field(int position) {
      return position < numberBase ? TITLE : position < bodyBase ? NUMBER : BODY;
    }

    /**
     * Every bigram occurrence, each as its bigram (the two code units, the first in the high
     * half, with the sign bit flipped so that signed order is the bigrams' unsigned order) in the
     * high 32 bits and its position in the low 32, sorted.
     */
    long[] occurrences() {
      long[] out = new long[Math.max(0, text.length() - 1)];
      int n = 0;
      for (int i = 0; i + 1 < text.length(); i++) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (a != SearchText.SEPARATOR && b != SearchText.SEPARATOR) {
          out[n++] = (long) (bigram(a, b) ^ Integer.MIN_VALUE) << 32 | i;
        }
      }
      long[] found = Arrays.copyOf(out, n);
      Arrays.sort(found);
      return found;
    }
  }

  /** A bigram as one int: the first code unit in the high 16 bits. */
  static int bigram(char first, char second) {
    return first << 16 | second;
  }

  /** Adds a document; documents must come in increasing order of their numbers. */
  void add(long id, Layout layout, long[] occurrences) {
    int i = 0;
    while (i < occurrences.length) {
      long high = occurrences[i] >>> 32;
      int j = i;
      int fields = 0;
      while (j < occurrences.length && occurrences[j] >>> 32 == high) {
        fields |= layout.field((int) occurrences[j]);
        j++;
      }
      int key = (int) high ^ Integer.MIN_VALUE;
      PostingList list = lists.computeIfAbsent(key, k -> new PostingList());
      bytes -= list.size();
      list.add(id, layout, fields, occurrences, i, j);
      bytes += list.size();
      i = j;
    }
  }

  /** The bigrams, sorted as unsigned numbers. */
  int[] keys() {
    int[] keys = lists.keySet().stream().mapToInt(Integer::intValue).toArray();
    Integer[] boxed = Arrays.stream(keys).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, Integer::compareUnsigned);
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }

  PostingList list(int key) {
    return lists.get(key);
  }

  /** The bytes of all posting lists together. */
  long bytes() {
    return bytes;
  }

  int size() {
    return lists.size();
  }

  /** One bigram's documents and positions. */
  static final class PostingList {
    private final VarintBuffer documents = new VarintBuffer(8);
    private final VarintBuffer positions = new VarintBuffer(8);
    private long lastId;
    private int count;

    private void add(long id, Layout layout, int fields, long[] occ, int from, int to) {
      documents.add(id - lastId);
      documents.add((long) (to - from) << 3 | fields);
      if ((fields & (TITLE | NUMBER)) != 0) {
        documents.add(layout.numberBase());
        documents.add(layout.bodyBase());
      }
      long previous = 0;
      for (int k = from; k < to; k++) {
        long position = occ[k] & 0xFFFFFFFFL;
        positions.add(position - previous);
        previous = position;
      }
      lastId = id;
      count++;
    }

    int size() {
      return documents.size() + positions.size();
    }

    /** The documents part: the count, then the entries. */
    byte[] documents() {
      VarintBuffer out = new VarintBuffer(documents.size() + 5);
      out.add(count);
      out.add(documents);
      return out.toByteArray();
    }

    byte[] positions() {
      return positions.toByteArray();
    }
  }
}
