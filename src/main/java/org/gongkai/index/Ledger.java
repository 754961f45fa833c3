package org.gongkai.index;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Text;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.source.Field;
import org.gongkai.source.FieldSet;
import org.gongkai.source.InputLimits;
import org.gongkai.source.MappingReader;
import org.gongkai.source.SiteFolder;
import org.gongkai.source.Utf8Text;
import org.gongkai.source.Yaml12;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code index-ledger.yaml}: every index number the site has issued. It is written sorted, one
 * block per number with its keys in a fixed order, so that a merge request shows each new number
 * as a few added lines.
 */
public record Ledger(List<LedgerEntry> entries, boolean existed) {

  public static final String FILE = "index-ledger.yaml";

  private static final Field INDEX = Field.of("index", "索引号");
  private static final Field PATH = Field.of("path", "路径");
  private static final Field TITLE = Field.of("title", "标题");
  private static final Field ASSIGNED = Field.of("assigned", "发号日期");
  private static final Field STATE = Field.of("state", "状态");
  private static final Field IMPORTED = Field.of("imported", "迁移");
  private static final FieldSet ENTRY =
      FieldSet.of(Text.of("index.what.entry"), INDEX, PATH, TITLE, ASSIGNED, STATE, IMPORTED);

  private static final String HEADER = """
      # 索引号台账 (index ledger): every index number this site has issued.
      # Written by `gongkai index assign`; commit it together with the documents.
      # A number is never reused: a deleted document's number stays here as retired.
      # After a merge conflict keep the entries of both sides, then run `gongkai index check`.
      """;

  public Ledger {
    entries = List.copyOf(entries);
  }

  /** An empty ledger for a site that has none yet. */
  public static Ledger none() {
    return new Ledger(List.of(), false);
  }

  /** Reads the site's ledger; a missing file is an empty ledger, a malformed one is reported. */
  public static Optional<Ledger> read(Path siteDir, Consumer<Problem> problems) {
    Path file = siteDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.of(none());
    }
    SiteFolder site = SiteFolder.of(siteDir);
    if (!site.inside(file)) {
      problems.accept(SiteFolder.outside(FILE));
      return Optional.empty();
    }
    List<Problem> unreadable = new ArrayList<>();
    Optional<String> text = Utf8Text.read(file, FILE, InputLimits.LEDGER_BYTES, unreadable::add);
    if (text.isEmpty()) {
      unreadable.forEach(p -> problems.accept(malformed(p)));
      return Optional.empty();
    }
    return parse(text.get(), problems);
  }

  /** Reads a ledger's text; a malformed one is reported. */
  public static Optional<Ledger> parse(String text, Consumer<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    Optional<Node> node = Yaml12.compose(text, FILE, 1, ENTRY.allNames(), found::add);
    List<LedgerEntry> entries = new ArrayList<>();
    if (node.isPresent() && !Yaml12.isNull(node.get())) {
      if (!(node.get() instanceof SequenceNode list)) {
        found.add(Problem.error(Yaml12.at(node.get(), FILE, 1), "ledger",
            Text.of("index.ledger-not-list"), Text.of("index.ledger-restore")));
      } else {
        for (Node item : list.getValue()) {
          MappingReader r = MappingReader.of(item, ENTRY, FILE, 1, found::add);
          Optional<String> index = exact(r, INDEX);
          Optional<String> path = exact(r, PATH);
          Optional<LocalDate> assigned = r.date(ASSIGNED, true);
          LedgerEntry.State state = r.requiredText(STATE).map(s -> switch (s) {
            case "active" -> LedgerEntry.State.ACTIVE;
            case "retired" -> LedgerEntry.State.RETIRED;
            default -> {
              r.errorAt(STATE, "ledger", Text.of("index.ledger-state", s), Text.NONE);
              yield null;
            }
          }).orElse(null);
          if (index.isPresent() && path.isPresent() && assigned.isPresent() && state != null) {
            entries.add(new LedgerEntry(index.get(), path.get(),
                r.text(TITLE).flatMap(t -> r.value(TITLE)).map(Ledger::scalar).orElse(""),
                assigned.get(), state, r.bool(IMPORTED).orElse(false), r.start().line()));
          }
        }
      }
    }
    found.forEach(p -> problems.accept(malformed(p)));
    if (found.stream().anyMatch(Problem::isError)) {
      return Optional.empty();
    }
    return Optional.of(new Ledger(entries, true));
  }

  /**
   * A required text exactly as written (a document path may hold any character its file name
   * does, a carriage return or a trailing space included), where other readers tidy line ends.
   */
  private static Optional<String> exact(MappingReader r, Field f) {
    return r.requiredText(f).flatMap(t -> r.value(f)).map(Ledger::scalar);
  }

  private static String scalar(Node node) {
    return ((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue();
  }

  /** A slip is named as it is, with its corrected line; anything else is a malformed ledger. */
  private static Problem malformed(Problem p) {
    if (p.ruleId().equals("yaml-slip")) {
      return p;
    }
    return new Problem(p.path(), p.line(), p.column(), p.severity(),
        p.ruleId().equals("unknown-key") ? p.ruleId() : "ledger",
        Text.of("index.ledger-malformed", p.message()), Text.of("index.ledger-malformed-hint"));
  }

  /** The ledger as it is written: header comment, then the entries sorted by number. */
  public byte[] format(IndexPattern pattern) {
    StringBuilder out = new StringBuilder(HEADER);
    for (LedgerEntry e : sorted(pattern)) {
      out.append("- index: ").append(quote(e.index())).append('\n');
      out.append("  path: ").append(quote(e.path())).append('\n');
      out.append("  title: ").append(quote(e.title())).append('\n');
      out.append("  assigned: ").append(e.assigned()).append('\n');
      out.append("  state: ").append(e.state().key()).append('\n');
      if (e.imported()) {
        out.append("  imported: true\n");
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Entries in number order: by organ, period and sequence where the pattern reads them. */
  public List<LedgerEntry> sorted(IndexPattern pattern) {
    Comparator<LedgerEntry> byParts = Comparator.comparing(
        (LedgerEntry e) -> pattern.parse(e.index()),
        (a, b) -> {
          if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty());
          }
          IndexPattern.Parts x = a.get();
          IndexPattern.Parts y = b.get();
          return Comparator.comparing(IndexPattern.Parts::organCode)
              .thenComparingInt(IndexPattern.Parts::year)
              .thenComparingInt(IndexPattern.Parts::month)
              .thenComparingInt(IndexPattern.Parts::seq)
              .compare(x, y);
        });
    return entries.stream().sorted(byParts.thenComparing(LedgerEntry::index)
        .thenComparing(LedgerEntry::path)).toList();
  }

  /** Where an entry is, for messages. */
  public static Location at(LedgerEntry e) {
    return new Location(FILE, e.line(), e.line() > 0 ? 1 : 0);
  }

  /**
   * Whether these bytes read back as exactly these entries (in any order): checked before the
   * ledger file is replaced, so that no title or path ever leaves a ledger no run can read.
   */
  public static boolean readsBack(byte[] bytes, List<LedgerEntry> entries) {
    Optional<String> text = Utf8Text.decode(bytes, FILE, p -> { });
    List<Problem> problems = new ArrayList<>();
    Optional<Ledger> read = text.flatMap(t -> parse(t, problems::add));
    if (read.isEmpty() || problems.stream().anyMatch(Problem::isError)) {
      return false;
    }
    java.util.function.Function<LedgerEntry, LedgerEntry> unplaced =
        e -> new LedgerEntry(e.index(), e.path(), e.title(), e.assigned(), e.state(),
            e.imported(), 0);
    java.util.Set<LedgerEntry> written = new java.util.HashSet<>();
    entries.forEach(e -> written.add(unplaced.apply(e)));
    java.util.Set<LedgerEntry> found = new java.util.HashSet<>();
    read.get().entries().forEach(e -> found.add(unplaced.apply(e)));
    return written.equals(found) && read.get().entries().size() == entries.size();
  }

  /**
   * A YAML double-quoted string, so that any title or path reads back exactly: every character
   * YAML does not allow in a file (controls, U+0080 to U+009F, U+FFFE, U+FFFF, lone surrogates),
   * and every line break YAML or an editor would see, is written as an escape.
   */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (printable(c) && c != 0x85 && c != 0x2028 && c != 0x2029 && c != 0xfeff) {
            out.appendCodePoint(c);
          } else if (c > 0xffff) {
            out.append(String.format("\\U%08x", c));
          } else {
            out.append(String.format("\\u%04x", c));
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** The characters YAML allows in a file as they are (YAML 1.1 §5.1, as SnakeYAML reads). */
  private static boolean printable(int c) {
    return c >= 0x20 && c <= 0x7e || c >= 0xa0 && c <= 0xd7ff || c >= 0xe000 && c <= 0xfffd
        || c >= 0x10000 && c <= 0x10ffff;
  }
}
