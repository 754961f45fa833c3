package org.gongkai.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.JsonString;

/**
 * The stored text of the documents of one text file ({@code text/N.json}) and where each
 * document's lines are in it ({@code records/N.bin}), so that the search page reads, with byte
 * ranges, only the first line of a result and the part of its text around the match.
 *
 * <p>The text file is a JSON array, one element a line: per document first its header (number,
 * title, page, 索引号, 文号, column, 发布机构, date), then one line per segment (kind, text, and
 * for a task its row's id and 序号). The text is stored as the page shows it (plain UTF-8, JSON
 * escaped), so the leak guard reads it like any JSON file; the postings hold nothing else.
 *
 * <p>The records file, varints: the offset of the first document, the number of documents, then
 * per document its number (as the difference from the one before), its length in bytes, the
 * length of its header line, and its sync points: the number of them, then each one's byte
 * offset in the document and position in its normalised text ({@link Postings.Layout}), both as
 * differences from the point before (the first from 0). A sync point starts every segment line
 * that begins at least {@link #SYNC_BYTES} after the one before; the first starts the first
 * segment.
 */
final class TextFiles {

  static final int SYNC_BYTES = 1536;
  private static final byte[] LINE_END = ",\n".getBytes(StandardCharsets.UTF_8);

  private TextFiles() {}

  /** A document's lines, its header line's length and its sync points (byte, position). */
  record Record(byte[] bytes, int headerLength, List<long[]> sync) {}

  /**
   * A document to store: its number, its text, and where its segments start in its normalised
   * text ({@link Postings.Layout#segmentStarts()}).
   */
  record Entry(long id, IndexedDocument doc, int[] segmentStarts) {}

  /** The text file and records file of some documents, in order of their numbers. */
  static List<SearchIndex.File> of(long bucket, List<Entry> entries) {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    text.writeBytes("[\n".getBytes(StandardCharsets.UTF_8));
    VarintBuffer records = new VarintBuffer(16 + entries.size() * 12);
    records.add(text.size());
    records.add(entries.size());
    long previous = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      Record r = record(e, i == entries.size() - 1);
      records.add(e.id() - previous);
      records.add(r.bytes().length);
      records.add(r.headerLength());
      records.add(r.sync().size());
      long[] last = {0, 0};
      for (long[] point : r.sync()) {
        records.add(point[0] - last[0]);
        records.add(point[1] - last[1]);
        last = point;
      }
      text.writeBytes(r.bytes());
      previous = e.id();
    }
    text.writeBytes("]\n".getBytes(StandardCharsets.UTF_8));
    return List.of(
        new SearchIndex.File(SearchIndex.FOLDER + "text/" + bucket + ".json", text.toByteArray()),
        new SearchIndex.File(SearchIndex.FOLDER + "records/" + bucket + ".bin",
            records.toByteArray()));
  }

  /** A document's lines; every line ends with a comma and a newline but the file's last. */
  static Record record(Entry entry, boolean last) {
    IndexedDocument doc = entry.doc();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder("[").append(entry.id());
    for (String field : List.of(doc.title(), doc.path(), doc.index(), doc.docNumber(),
        doc.columnTitle(), doc.publisher(), doc.published().toLocalDate().toString())) {
      head.append(',');
      JsonString.quote(field, head);
    }
    List<IndexedDocument.Segment> segments = doc.segments();
    writeLine(head.append(']'), segments.isEmpty() && last, out);
    int headerLength = out.size();
    int[] starts = entry.segmentStarts();
    List<long[]> sync = new ArrayList<>();
    long lastSync = -SYNC_BYTES;
    for (int i = 0; i < segments.size(); i++) {
      if (out.size() - lastSync >= SYNC_BYTES) {
        sync.add(new long[] {out.size(), starts[i]});
        lastSync = out.size();
      }
      IndexedDocument.Segment s = segments.get(i);
      StringBuilder line = new StringBuilder("[");
      JsonString.quote(s.kind().code(), line);
      line.append(',');
      JsonString.quote(s.text(), line);
      if (!s.anchor().isEmpty()) {
        line.append(',');
        JsonString.quote(s.anchor(), line);
        line.append(',').append(s.seq());
      }
      writeLine(line.append(']'), i == segments.size() - 1 && last, out);
    }
    return new Record(out.toByteArray(), headerLength, sync);
  }

  private static void writeLine(CharSequence line, boolean lastOfFile, ByteArrayOutputStream out) {
    out.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(lastOfFile ? new byte[] {'\n'} : LINE_END);
  }
}
