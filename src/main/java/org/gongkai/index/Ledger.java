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
import org.gongkai.source.MappingReader;
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
    List<Problem> found = new ArrayList<>();
    Optional<Node> node = Utf8Text.read(file, FILE, found::add)
        .flatMap(text -> Yaml12.compose(text, FILE, 1, ENTRY.allNames(), found::add));
    List<LedgerEntry> entries = new ArrayList<>();
    if (node.isPresent() && !Yaml12.isNull(node.get())) {
      if (!(node.get() instanceof SequenceNode list)) {
        found.add(Problem.error(Yaml12.at(node.get(), FILE, 1), "ledger",
            Text.of("index.ledger-not-list"), Text.of("index.ledger-restore")));
      } else {
        for (Node item : list.getValue()) {
          MappingReader r = MappingReader.of(item, ENTRY, FILE, 1, found::add);
          Optional<String> index = r.requiredText(INDEX);
          Optional<String> path = r.requiredText(PATH);
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
            entries.add(new LedgerEntry(index.get(), path.get(), r.text(TITLE).orElse(""),
                assigned.get(), state, r.bool(IMPORTED).orElse(false), r.start().line()));
          }
        }
      }
    }
    // a slip is named as it is, with its corrected line; anything else is a malformed ledger
    found.forEach(p -> problems.accept(p.ruleId().equals("yaml-slip") ? p
        : new Problem(p.path(), p.line(), p.column(), p.severity(),
            p.ruleId().equals("unknown-key") ? p.ruleId() : "ledger",
            Text.of("index.ledger-malformed", p.message()),
            Text.of("index.ledger-malformed-hint"))));
    if (found.stream().anyMatch(Problem::isError)) {
      return Optional.empty();
    }
    return Optional.of(new Ledger(entries, true));
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

  /** A YAML double-quoted string, so that any title or path reads back exactly. */
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
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }
}
