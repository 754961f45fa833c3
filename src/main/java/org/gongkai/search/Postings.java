package org.gongkai.search;

import java.util.Arrays;
import java.util.List;

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

  /**
   * The lists, in parts by bigram so that the parts can be filled in parallel: each holds its
   * own bigrams, and every list gets its documents in order of their numbers whatever the parts.
   */
  private final Part[] parts;

  Postings(int parallelism) {
    int n = Integer.highestOneBit(Math.max(1, parallelism));
    parts = new Part[n];
    for (int i = 0; i < n; i++) {
      parts[i] = new Part();
    }
  }

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

  /**
   * Adds documents, which must come in increasing order of their numbers and after every
   * document added before.
   *
   * @param occurrences each document's {@link Layout#occurrences()}
   */
  void add(List<Long> ids, List<Layout> layouts, List<long[]> occurrences) {
    java.util.stream.IntStream.range(0, parts.length).parallel().forEach(p -> {
      for (int d = 0; d < ids.size(); d++) {
        parts[p].add(p, parts.length, ids.get(d), layouts.get(d), occurrences.get(d));
      }
    });
  }

  /** The bigrams, sorted as unsigned numbers. */
  int[] keys() {
    int[] keys = new int[size()];
    int n = 0;
    for (Part part : parts) {
      for (int i = 0; i < part.keys.length; i++) {
        if (part.lists[i] != null) {
          keys[n++] = part.keys[i];
        }
      }
    }
    long[] unsigned = new long[n];
    for (int i = 0; i < n; i++) {
      unsigned[i] = Integer.toUnsignedLong(keys[i]);
    }
    Arrays.sort(unsigned);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) unsigned[i];
    }
    return out;
  }

  PostingList list(int key) {
    return parts[partOf(key, parts.length)].get(key);
  }

  /** The bytes of all posting lists together. */
  long bytes() {
    long sum = 0;
    for (Part part : parts) {
      sum += part.bytes;
    }
    return sum;
  }

  /** The number of bigrams. */
  int size() {
    int sum = 0;
    for (Part part : parts) {
      sum += part.size;
    }
    return sum;
  }

  private static int partOf(int key, int parts) {
    return (key * 0x2545F491 >>> 16) & (parts - 1);
  }

  /**
   * The posting lists of some bigrams: an open-addressing table from bigram to list (bigrams
   * of CJK characters collide badly in a HashMap of Integer, whose hash is the value itself).
   */
  private static final class Part {
    /** The bigram of each slot whose list is not null. */
    private int[] keys = new int[1024];
    private PostingList[] lists = new PostingList[1024];
    private int size;
    private long bytes;

    void add(int part, int partCount, long id, Layout layout, long[] occurrences) {
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
        if (partOf(key, partCount) == part) {
          PostingList list = getOrCreate(key);
          bytes -= list.size();
          list.add(id, layout, fields, occurrences, i, j);
          bytes += list.size();
        }
        i = j;
      }
    }

    private int slot(int key) {
      int mask = keys.length - 1;
      int s = key * 0x9E3779B1 >>> 8 & mask;
      while (lists[s] != null && keys[s] != key) {
        s = s + 1 & mask;
      }
      return s;
    }

    PostingList get(int key) {
      return lists[slot(key)];
    }

    private PostingList getOrCreate(int key) {
      int s = slot(key);
      if (lists[s] == null) {
        if ((size + 1) * 2 > keys.length) {
          grow();
          s = slot(key);
        }
        keys[s] = key;
        lists[s] = new PostingList();
        size++;
      }
      return lists[s];
    }

    private void grow() {
      int[] oldKeys = keys;
      PostingList[] oldLists = lists;
      keys = new int[oldKeys.length * 2];
      lists = new PostingList[oldLists.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldLists[i] != null) {
          int s = slot(oldKeys[i]);
          keys[s] = oldKeys[i];
          lists[s] = oldLists[i];
        }
      }
    }
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

    /** The length of the documents part: the count, then the entries. */
    int documentsLength() {
      return VarintBuffer.length(count) + documents.size();
    }

    int positionsLength() {
      return positions.size();
    }

    /** Writes both parts into an array at an offset; returns the offset after them. */
    int writeTo(byte[] out, int at) {
      int i = VarintBuffer.write(count, out, at);
      i = documents.copyTo(out, i);
      return positions.copyTo(out, i);
    }
  }
}
