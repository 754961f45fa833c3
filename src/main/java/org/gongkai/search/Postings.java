package org.gongkai.search;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The positional posting list of every character bigram of the indexed text: for each document
 * that contains the bigram, in the order of document numbers, where in its normalised text it
 * occurs. Only {@link IndexedDocument} text is ever added, and only through {@link Layout}: the
 * postings hold nothing that the stored text (which the leak guard reads) does not.
 *
 * <p>Two parts per bigram, the documents and then their positions (a reader that wants only the
 * documents stops after the first):
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
   * The lists, in parts by bigram: each part holds its own bigrams, so that the parts can be
   * filled in parallel, and so many that a part's lists are few enough to stay in the processor's
   * cache while its occurrences are written (appending each occurrence to a list among all of
   * them, in text order, spent most of the time waiting for memory). Every list gets its
   * documents in order of their numbers whatever the parts.
   */
  private static final int PART_BITS = 10;
  private final Part[] parts = new Part[1 << PART_BITS];

  Postings() {
    for (int i = 0; i < parts.length; i++) {
      parts[i] = new Part();
    }
  }

  /**
   * A document's normalised text: title, 文号, 索引号 and each segment in turn, each followed by
   * {@link SearchText#SEPARATOR}, so that no bigram spans two of them.
   *
   * @param numberBase where the 文号 starts (the 索引号 follows it)
   * @param bodyBase where the first segment starts
   * @param segmentStarts where each segment starts
   */
  record Layout(String text, int numberBase, int bodyBase, int[] segmentStarts) {

    static Layout of(IndexedDocument doc) {
      int capacity = doc.title().length() + doc.docNumber().length() + doc.index().length() + 3;
      for (IndexedDocument.Segment s : doc.segments()) {
        capacity += s.text().length() + 1;
      }
      char[] out = new char[capacity];
      int n = append(doc.title(), out, 0);
      int numberBase = n;
      n = append(doc.docNumber(), out, n);
      n = append(doc.index(), out, n);
      int bodyBase = n;
      int[] starts = new int[doc.segments().size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = n;
        n = append(doc.segments().get(i).text(), out, n);
      }
      return new Layout(new String(out, 0, n), numberBase, bodyBase, starts);
    }

    /** Appends a text's normalised form and a separator; returns the length after them. */
    private static int append(String text, char[] out, int at) {
      int n = at;
      for (int i = 0; i < text.length(); i++) {
        int c = SearchText.fold(text.charAt(i));
        if (c != SearchText.DROPPED) {
          out[n++] = (char) c;
        }
      }
      out[n++] = SearchText.SEPARATOR;
      return n;
    }

    int field(int position) {
      return position < numberBase ? TITLE : position < bodyBase ? NUMBER : BODY;
    }
  }

  /** A bigram as one int: the first code unit in the high 16 bits. */
  static int bigram(char first, char second) {
    return first << 16 | second;
  }

  /**
   * Adds documents, which must come in increasing order of their numbers and after every
   * document added before. Their bigram occurrences are sorted by part (a counting sort, which
   * keeps them in order of document and position), then each part takes its own.
   */
  void add(List<Long> ids, List<Layout> layouts) {
    int n = layouts.size();
    int[][] keys = new int[n][];
    int[][] positions = new int[n][];
    IntStream.range(0, n).parallel().forEach(d -> {
      String text = layouts.get(d).text();
      int[] k = new int[Math.max(0, text.length() - 1)];
      int[] p = new int[k.length];
      int count = 0;
      for (int i = 0; i + 1 < text.length(); i++) {
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if (a != SearchText.SEPARATOR && b != SearchText.SEPARATOR) {
          k[count] = bigram(a, b);
          p[count++] = i;
        }
      }
      keys[d] = Arrays.copyOf(k, count);
      positions[d] = Arrays.copyOf(p, count);
    });
    int[] starts = new int[parts.length + 1];
    for (int[] k : keys) {
      for (int key : k) {
        starts[partOf(key) + 1]++;
      }
    }
    for (int i = 0; i < parts.length; i++) {
      starts[i + 1] += starts[i];
    }
    int[] next = Arrays.copyOf(starts, parts.length);
    int[] sortedKeys = new int[starts[parts.length]];
    int[] sortedDocs = new int[sortedKeys.length];
    int[] sortedPositions = new int[sortedKeys.length];
    for (int d = 0; d < n; d++) {
      for (int i = 0; i < keys[d].length; i++) {
        int at = next[partOf(keys[d][i])]++;
        sortedKeys[at] = keys[d][i];
        sortedDocs[at] = d;
        sortedPositions[at] = positions[d][i];
      }
    }
    IntStream.range(0, parts.length).parallel().forEach(part -> {
      for (int i = starts[part]; i < starts[part + 1]; i++) {
        int d = sortedDocs[i];
        parts[part].getOrCreate(sortedKeys[i]).occurs(ids.get(d), sortedPositions[i],
            layouts.get(d));
      }
    });
  }

  /** Completes every list; call once every document has been added. */
  void finish() {
    for (Part part : parts) {
      for (PostingList list : part.lists) {
        if (list != null) {
          list.flush();
        }
      }
    }
  }

  /** The bigrams, sorted as unsigned numbers. */
  int[] keys() {
    long[] unsigned = new long[size()];
    int n = 0;
    for (Part part : parts) {
      for (int i = 0; i < part.keys.length; i++) {
        if (part.lists[i] != null) {
          unsigned[n++] = Integer.toUnsignedLong(part.keys[i]);
        }
      }
    }
    Arrays.sort(unsigned);
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = (int) unsigned[i];
    }
    return out;
  }

  PostingList list(int key) {
    return parts[partOf(key)].get(key);
  }

  /** The bytes of all posting lists together. */
  long bytes() {
    long sum = 0;
    for (Part part : parts) {
      for (PostingList list : part.lists) {
        if (list != null) {
          sum += list.documentsLength() + list.positionsLength();
        }
      }
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

  private static int partOf(int key) {
    return key * 0x2545F491 >>> 32 - PART_BITS;
  }

  /**
   * The posting lists of some bigrams: an open-addressing table from bigram to list (bigrams
   * of CJK characters collide badly in a HashMap of Integer, whose hash is the value itself).
   */
  private static final class Part {
    /** The bigram of each slot whose list is not null. */
    private int[] keys = new int[16];
    private PostingList[] lists = new PostingList[16];
    private int size;

    private int slot(int key) {
      int mask = keys.length - 1;
      int s = key * 0x9E3779B1 >>> 12 & mask;
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

  /**
   * One bigram's documents and positions. A document's positions are written as they come; its
   * entry in the documents part, which needs their count, when the next document comes or at
   * {@link #flush()}.
   */
  static final class PostingList {
    private final VarintBuffer documents = new VarintBuffer(8);
    private final VarintBuffer positions = new VarintBuffer(8);
    private long lastId;
    private int count;
    private long pendingId = -1;
    private int pendingCount;
    private int pendingFields;
    private int pendingNumberBase;
    private int pendingBodyBase;
    private int lastPosition;

    private void occurs(long id, int position, Layout layout) {
      if (id != pendingId) {
        flush();
        pendingId = id;
        pendingNumberBase = layout.numberBase();
        pendingBodyBase = layout.bodyBase();
        lastPosition = 0;
      }
      positions.add(position - lastPosition);
      lastPosition = position;
      pendingCount++;
      pendingFields |= layout.field(position);
    }

    /** Writes the entry of the document whose positions were the last written. */
    private void flush() {
      if (pendingCount == 0) {
        return;
      }
      documents.add(pendingId - lastId);
      documents.add((long) pendingCount << 3 | pendingFields);
      if ((pendingFields & (TITLE | NUMBER)) != 0) {
        documents.add(pendingNumberBase);
        documents.add(pendingBodyBase);
      }
      lastId = pendingId;
      count++;
      pendingCount = 0;
      pendingFields = 0;
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
