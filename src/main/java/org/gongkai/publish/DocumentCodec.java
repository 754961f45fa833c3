package org.gongkai.publish;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Allowance;
import org.gongkai.model.AnnualFormat;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualTables;
import org.gongkai.model.Attachment;
import org.gongkai.model.Change;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Figure;
import org.gongkai.model.Headings;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.PublishTime;
import org.gongkai.model.Report;
import org.gongkai.model.ReportSection;
import org.gongkai.model.Severity;
import org.gongkai.model.SourceInfo;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;
import org.gongkai.model.Withheld;

/**
 * Parsed documents and their problems as compact bytes and back, for the parse cache: far faster
 * to read than the YAML they came from. Strings are UTF-8 with their length; a string met again in
 * the same record (a file's path in every location, a unit's name) is written once and then
 * referred to. Enums are written by position, so the cache is keyed by the model's classes too
 * ({@link ParseCache#parserVersion}). A record read back is equal to the one written.
 */
final class DocumentCodec {

  private DocumentCodec() {}

  /** Writes one record: a document (or none) and the problems its parsing reported. */
  static byte[] encode(Document document, List<Problem> problems) {
    Out out = new Out();
    out.count(problems.size());
    for (Problem p : problems) {
      out.problem(p);
    }
    out.bool(document != null);
    if (document != null) {
      out.document(document);
    }
    return out.bytes();
  }

  /** What {@link #encode} wrote. */
  record Decoded(Document document, List<Problem> problems) {}

  /**
   * @throws IllegalArgumentException (or another runtime exception) when the bytes are not what
   *     {@link #encode} wrote; the file is then parsed again
   */
  static Decoded decode(byte[] bytes, int offset, int length) {
    In in = new In(bytes, offset, offset + length);
    int n = in.count32();
    List<Problem> problems = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      problems.add(in.problem());
    }
    Document document = in.bool() ? in.document() : null;
    if (in.at != in.end) {
      throw new IllegalArgumentException("trailing bytes in a cached document");
    }
    return new Decoded(document, List.copyOf(problems));
  }

  /** A growing buffer with the writers of every model type. */
  private static final class Out {
    private byte[] buf = new byte[4096];
    private int size;
    private final Map<String, Integer> seen = new HashMap<>();

    byte[] bytes() {
      return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
      if (size + more > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
      }
    }

    void bool(boolean b) {
      ensure(1);
      buf[size++] = (byte) (b ? 1 : 0);
    }

    /** A non-negative number in 7-bit groups. */
    void count(long n) {
      ensure(10);
      while ((n & ~0x7FL) != 0) {
        buf[size++] = (byte) ((n & 0x7F) | 0x80);
        n >>>= 7;
      }
      buf[size++] = (byte) n;
    }

    /** Any int (zig-zag, so that small negative numbers stay short). */
    void integer(long n) {
      count((n << 1) ^ (n >> 63));
    }

    /** null, a string met before in this record, or a new one. */
    void string(String s) {
      if (s == null) {
        count(0);
        return;
      }
      Integer ref = seen.get(s);
      if (ref != null) {
        count(2L + ref);
        return;
      }
      seen.put(s, seen.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      count(1);
      count(utf8.length);
      ensure(utf8.length);
      System.arraycopy(utf8, 0, buf, size, utf8.length);
      size += utf8.length;
    }

    void strings(List<String> list) {
      count(list.size());
      list.forEach(this::string);
    }

    <E extends Enum<E>> void choice(E e) {
      count(e == null ? 0 : e.ordinal() + 1);
    }

    void date(LocalDate d) {
      bool(d != null);
      if (d != null) {
        integer(d.toEpochDay());
      }
    }

    void location(Location at) {
      string(at.path());
      count(at.line());
      count(at.column());
    }

    void text(Text t) {
      string(t.key());
      count(t.args().size());
      for (Object arg : t.args()) {
        if (arg instanceof Text nested) {
          count(0);
          text(nested);
        } else if (arg instanceof Integer i) {
          count(1);
          integer(i);
        } else if (arg instanceof Long l) {
          count(2);
          integer(l);
        } else {
          count(3);
          string(arg.toString());
        }
      }
    }

    void problem(Problem p) {
      string(p.path());
      count(p.line());
      count(p.column());
      choice(p.severity());
      string(p.ruleId());
      text(p.message());
      text(p.hint());
    }

    void document(Document d) {
      if (d instanceof Report r) {
        count(0);
        source(r.source());
        meta(r.meta());
        string(r.body());
        count(r.bodyLine());
      } else if (d instanceof TaskList t) {
        count(1);
        source(t.source());
        meta(t.meta());
        string(t.series());
        string(t.period());
        Headings h = t.headings();
        string(h.seq());
        string(h.group());
        string(h.content());
        string(h.progress());
        string(h.units());
        count(t.tasks().size());
        t.tasks().forEach(this::task);
      } else {
        AnnualReport a = (AnnualReport) d;
        count(2);
        source(a.source());
        meta(a.meta());
        string(a.body());
        count(a.bodyLine());
        integer(a.year());
        string(a.organ());
        choice(a.kind());
        tables(a.tables());
        string(a.intro());
        count(a.sections().size());
        for (ReportSection s : a.sections()) {
          string(s.heading());
          string(s.text());
          count(s.line());
          count(s.textLine());
        }
      }
    }

    void source(SourceInfo s) {
      string(s.path());
      string(s.columnPath());
      string(s.stem());
      count(s.fields().size());
      new java.util.TreeMap<>(s.fields()).forEach((k, v) -> {
        string(k);
        location(v);
      });
      string(s.key());
    }

    void meta(Metadata m) {
      string(m.title());
      string(m.index());
      choice(m.disclosure());
      string(m.publisher());
      date(m.written());
      bool(m.published() != null);
      if (m.published() != null) {
        LocalDateTime t = m.published().value();
        integer(t.toLocalDate().toEpochDay());
        count(t.toLocalTime().toNanoOfDay());
        bool(m.published().hasTime());
      }
      string(m.topic());
      string(m.docNumber());
      string(m.source());
      strings(m.keywords());
      string(m.description());
      string(m.validity());
      date(m.updated());
      count(m.changes().size());
      for (Change c : m.changes()) {
        date(c.date());
        string(c.note());
      }
      count(m.attachments().size());
      for (Attachment a : m.attachments()) {
        string(a.path());
        string(a.title());
        count(a.size());
      }
      bool(m.draft());
      string(m.slug());
      count(m.allow().size());
      for (Allowance a : m.allow()) {
        string(a.value());
        string(a.reason());
        location(a.location());
      }
    }

    void task(Task t) {
      integer(t.seq());
      string(t.id());
      string(t.group());
      string(t.content());
      string(t.progress());
      choice(t.status());
      count(t.units().size());
      for (UnitRef u : t.units()) {
        string(u.name());
        string(u.mark());
        location(u.location());
      }
      Withheld w = t.withheld();
      bool(w != null);
      if (w != null) {
        choice(w.scope());
        string(w.reason());
        string(w.basis());
      }
      location(t.location());
    }

    void tables(AnnualTables t) {
      bool(t != null);
      if (t != null) {
        figures(t.disclosure());
        figures(t.applications());
        figures(t.appeals());
      }
    }

    <K extends Enum<K>> void figures(Map<K, List<Figure>> rows) {
      count(rows.size());
      rows.forEach((row, figures) -> {
        choice(row);
        count(figures.size());
        for (Figure f : figures) {
          string(f.written());
          location(f.at());
        }
      });
    }
  }

  /** Reads what {@link Out} wrote. */
  private static final class In {
    private final byte[] buf;
    private int at;
    private final int end;
    private final List<String> seen = new ArrayList<>();

    In(byte[] buf, int from, int end) {
      this.buf = buf;
      this.at = from;
      this.end = end;
    }

    private byte next() {
      if (at >= end) {
        throw new IllegalArgumentException("a cached document ends early");
      }
      return buf[at++];
    }

    boolean bool() {
      return next() != 0;
    }

    long count() {
      long n = 0;
      int shift = 0;
      byte b;
      do {
        b = next();
        n |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return n;
    }

    int count32() {
      return Math.toIntExact(count());
    }

    long integer() {
      long z = count();
      return (z >>> 1) ^ -(z & 1);
    }

    String string() {
      long tag = count();
      if (tag == 0) {
        return null;
      }
      if (tag >= 2) {
        return seen.get(Math.toIntExact(tag - 2));
      }
      int length = count32();
      if (length > end - at) {
        throw new IllegalArgumentException("a cached string runs past its record");
      }
      String s = new String(buf, at, length, StandardCharsets.UTF_8);
      at += length;
      seen.add(s);
      return s;
    }

    List<String> strings() {
      int n = count32();
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(string());
      }
      return out;
    }

    <E extends Enum<E>> E choice(E[] values) {
      int n = count32();
      return n == 0 ? null : values[n - 1];
    }

    LocalDate date() {
      return bool() ? LocalDate.ofEpochDay(integer()) : null;
    }

    Location location() {
      return new Location(string(), count32(), count32());
    }

    Text text() {
      String key = string();
      int n = count32();
      List<Object> args = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int kind = count32();
        args.add(switch (kind) {
          case 0 -> text();
          case 1 -> Math.toIntExact(integer());
          case 2 -> integer();
          case 3 -> string();
          default -> throw new IllegalArgumentException("unknown argument kind " + kind);
        });
      }
      return new Text(key, args);
    }

    Problem problem() {
      return new Problem(string(), count32(), count32(), choice(Severity.values()), string(),
          text(), text());
    }

    Document document() {
      int kind = count32();
      return switch (kind) {
        case 0 -> new Report(source(), meta(), string(), count32());
        case 1 -> {
          SourceInfo source = source();
          Metadata meta = meta();
          String series = string();
          String period = string();
          Headings headings = new Headings(string(), string(), string(), string(), string());
          int n = count32();
          List<Task> tasks = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            tasks.add(task());
          }
          yield new TaskList(source, meta, series, period, headings, tasks);
        }
        case 2 -> {
          SourceInfo source = source();
          Metadata meta = meta();
          String body = string();
          int bodyLine = count32();
          int year = Math.toIntExact(integer());
          String organ = string();
          AnnualFormat.OrganKind organKind = choice(AnnualFormat.OrganKind.values());
          AnnualTables tables = tables();
          String intro = string();
          int n = count32();
          List<ReportSection> sections = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            sections.add(new ReportSection(string(), string(), count32(), count32()));
          }
          yield new AnnualReport(source, meta, body, bodyLine, year, organ, organKind, tables,
              intro, sections);
        }
        default -> throw new IllegalArgumentException("unknown document kind " + kind);
      };
    }

    SourceInfo source() {
      String path = string();
      String column = string();
      String stem = string();
      int n = count32();
      Map<String, Location> fields = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        fields.put(string(), location());
      }
      return new SourceInfo(path, column, stem, fields, string());
    }

    Metadata meta() {
      String title = string();
      String index = string();
      Disclosure disclosure = choice(Disclosure.values());
      String publisher = string();
      LocalDate written = date();
      PublishTime published = null;
      if (bool()) {
        LocalDate day = LocalDate.ofEpochDay(integer());
        LocalDateTime value = day.atTime(java.time.LocalTime.ofNanoOfDay(count()));
        published = new PublishTime(value, bool());
      }
      String topic = string();
      String docNumber = string();
      String source = string();
      List<String> keywords = strings();
      String description = string();
      String validity = string();
      LocalDate updated = date();
      int n = count32();
      List<Change> changes = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        changes.add(new Change(date(), string()));
      }
      n = count32();
      List<Attachment> attachments = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        attachments.add(new Attachment(string(), string(), count()));
      }
      boolean draft = bool();
      String slug = string();
      n = count32();
      List<Allowance> allow = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        allow.add(new Allowance(string(), string(), location()));
      }
      return new Metadata(title, index, disclosure, publisher, written, published, topic,
          docNumber, source, keywords, description, validity, updated, changes, attachments,
          draft, slug, allow);
    }

    Task task() {
      int seq = Math.toIntExact(integer());
      String id = string();
      String group = string();
      String content = string();
      String progress = string();
      TaskStatus status = choice(TaskStatus.values());
      int n = count32();
      List<UnitRef> units = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        units.add(new UnitRef(string(), string(), location()));
      }
      Withheld withheld = bool()
          ? new Withheld(choice(Withheld.Scope.values()), string(), string()) : null;
      return new Task(seq, id, group, content, progress, status, units, withheld, location());
    }

    AnnualTables tables() {
      if (!bool()) {
        return null;
      }
      return new AnnualTables(figures(AnnualFormat.DisclosureRow.class),
          figures(AnnualFormat.ApplicationRow.class), figures(AnnualFormat.AppealRow.class));
    }

    <K extends Enum<K>> Map<K, List<Figure>> figures(Class<K> rows) {
      K[] values = rows.getEnumConstants();
      int n = count32();
      Map<K, List<Figure>> out = new EnumMap<>(rows);
      for (int i = 0; i < n; i++) {
        K row = choice(values);
        int m = count32();
        List<Figure> figures = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
          figures.add(new Figure(string(), location()));
        }
        out.put(row, figures);
      }
      return out;
    }
  }
}
