package org.gongkai.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Text;
import org.gongkai.model.IoText;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.Unit;

/**
 * Decides, without writing anything, which documents get which index numbers and how the ledger
 * changes. A document keeps its number for ever (it is written into the document itself, so a
 * renamed or moved file keeps it); a number no document carries any more is retired and never
 * issued again; new numbers continue each organ's and period's sequence after the highest number
 * ever issued.
 */
public final class IndexAssigner {

  /** What a run may do about numbers that are missing or out of date. */
  public enum Mode {
    /** Assign missing numbers and update the ledger (a build or `index assign` on a laptop). */
    ASSIGN,
    /** Report what an assignment would do, as warnings; change nothing (`check`, `index check`). */
    VERIFY,
    /** CI: a missing number or one not in the ledger is an error; nothing may change. */
    FROZEN
  }

  /**
   * How to run.
   *
   * @param complete whether every document could be read; when not, numbers no document carries
   *     are not retired (their document may be one that failed to parse)
   * @param renumberUnpublished give a fresh number to every document whose number is not
   *     published (see {@link #published}), e.g. after the organ code changed
   */
  public record Options(
      Mode mode, Set<String> renumber, Set<String> importPaths, LocalDateTime now,
      boolean complete, boolean renumberUnpublished) {

    public Options {
      renumber = Set.copyOf(renumber);
      importPaths = Set.copyOf(importPaths);
    }

    public Options(Mode mode, Set<String> renumber, Set<String> importPaths, LocalDateTime now,
        boolean complete) {
      this(mode, renumber, importPaths, now, complete, false);
    }

    public LocalDate today() {
      return now.toLocalDate();
    }
  }

  /** A source file's new content. */
  public record SourceEdit(String path, byte[] bytes) {}

  /**
   * The outcome.
   *
   * @param documents the site's documents, with their numbers (new ones included)
   * @param edits document files to rewrite, each with one line added
   * @param ledger the ledger after the run
   * @param ledgerBytes the ledger file to write, or null when it does not change
   * @param log what writing the plan does, one note per number ("assigned …"), to report once it
   *     is written
   */
  public record Plan(
      List<Document> documents, List<SourceEdit> edits, Ledger ledger, byte[] ledgerBytes,
      List<Problem> log) {

    public Plan {
      documents = List.copyOf(documents);
      edits = List.copyOf(edits);
      log = List.copyOf(log);
    }

    public boolean writes() {
      return !edits.isEmpty() || ledgerBytes != null;
    }
  }

  /** What a new number is made of: when one could not be read, no number is issued. */
  private static final List<String> IDENTITY = List.of("site.yaml#organCode",
      "site.yaml#indexPattern", "site.yaml#publisher", "units.yaml");

  private IndexAssigner() {}

  /**
   * Plans a run. Problems are reported to {@code problems}; when any of them is an error, the
   * plan must not be written.
   */
  public static Plan plan(
      Site site, Ledger ledger, IndexPattern pattern, Path siteDir, Options options,
      Consumer<Problem> problems) {
    return new Run(site, ledger, pattern, siteDir, options, problems).plan();
  }

  private static final class Run {
    private final Site site;
    private final Ledger ledger;
    private final IndexPattern pattern;
    private final Path siteDir;
    private final Options options;
    private final Consumer<Problem> problems;
    private final UnitDirectory units;
    private final Map<String, LedgerEntry> entries = new TreeMap<>();
    private final Map<String, Document> byPath = new LinkedHashMap<>();
    private final List<SourceEdit> edits = new ArrayList<>();
    private final List<Problem> log = new ArrayList<>();
    /** The documents to renumber: those asked for, and the unpublished ones when asked. */
    private final Set<String> renumber = new java.util.TreeSet<>();
    /**
     * Documents renumbered whose 发布日期 stands although it precedes their new number: their old
     * number was imported, or made with a placeholder organ code (they were published with it).
     */
    private final Set<String> keepsDate = new java.util.TreeSet<>();
    private boolean failed;

    Run(Site site, Ledger ledger, IndexPattern pattern, Path siteDir, Options options,
        Consumer<Problem> problems) {
      this.site = site;
      this.ledger = ledger;
      this.pattern = pattern;
      this.siteDir = siteDir;
      this.options = options;
      this.problems = problems;
      this.units = new UnitDirectory(site.units());
    }

    Plan plan() {
      site.documents().forEach(d -> byPath.put(d.source().path(), d));
      renumber.addAll(options.renumber());
      checkRequestedPaths();
      if (options.renumberUnpublished()) {
        byPath.values().stream().filter(d -> d.meta().index() != null
            && !published(d.meta().index())).forEach(d -> renumber.add(d.source().path()));
      }
      for (String path : renumber) {
        String old = byPath.containsKey(path) ? byPath.get(path).meta().index() : null;
        if (old != null && (placeholder(old) || ledger.entries().stream()
            .anyMatch(e -> e.index().equals(old) && e.path().equals(path) && e.imported()))) {
          keepsDate.add(path);
        }
      }
      readLedger();
      if (failed) {
        return new Plan(site.documents(), List.of(), ledger, null, List.of());
      }
      Map<String, List<Document>> claims = new TreeMap<>();
      List<Document> needing = new ArrayList<>();
      for (Document doc : byPath.values()) {
        String index = doc.meta().index();
        if (renumber.contains(doc.source().path())) {
          needing.add(doc.withIndex(null));
        } else if (index != null) {
          claims.computeIfAbsent(index, k -> new ArrayList<>()).add(doc);
        } else if (doc.meta().isPublicAt(options.now())) {
          needing.add(doc);
        }
      }
      if (!ledger.existed() && !claims.isEmpty()) {
        ledgerMissing(claims.values().stream().mapToInt(List::size).sum());
      }
      claims.forEach(this::reconcile);
      if (options.complete()) {
        retireUnclaimed(claims.keySet());
      }
      Map<String, Document> numbered = new HashMap<>();
      needing.sort(Comparator.comparing((Document d) -> d.meta().published().value())
          .thenComparing(d -> d.source().path()));
      for (Document doc : needing) {
        assign(doc).ifPresent(d -> numbered.put(d.source().path(), d));
      }
      List<Document> documents = site.documents().stream()
          .map(d -> numbered.getOrDefault(d.source().path(),
              renumber.contains(d.source().path()) ? d.withIndex(null) : d))
          .toList();
      Ledger after = new Ledger(new ArrayList<>(entries.values()), true);
      byte[] bytes = entries.isEmpty() && !ledger.existed() ? null : after.format(pattern);
      if (options.mode() != Mode.ASSIGN || bytes != null && !changed(bytes)) {
        bytes = null;
      }
      if (bytes != null && !Ledger.readsBack(bytes, after.entries())) {
        error(Location.of(Ledger.FILE), "ledger", Text.of("index.ledger-unwritable"),
            Text.of("index.ledger-unwritable-hint"));
      }
      return new Plan(documents, failed ? List.of() : edits, after, failed ? null : bytes,
          log);
    }

    private void checkRequestedPaths() {
      for (String path : options.renumber()) {
        Document doc = byPath.get(path);
        if (doc == null) {
          error(Location.of(path), "index-renumber", Text.of("index.renumber-unknown", path),
              Text.of("index.renumber-unknown-hint"));
          continue;
        }
        String index = doc.meta().index();
        if (index != null && published(index) && owns(doc, index) && !placeholder(index)) {
          error(doc.source().at("index"), "index-renumber", Text.of("index.renumber-published",
              index, String.valueOf(doc.meta().published())),
              Text.of("index.renumber-published-hint"));
        }
      }
      for (String path : options.importPaths()) {
        if (!byPath.containsKey(path)) {
          error(Location.of(path), "index-import", Text.of("index.import-unknown", path),
              Text.of("index.import-unknown-hint"));
        }
      }
    }

    private void readLedger() {
      Map<String, List<LedgerEntry>> byIndex = new TreeMap<>();
      ledger.entries().forEach(e -> byIndex.computeIfAbsent(e.index(), k -> new ArrayList<>())
          .add(e));
      byIndex.forEach((index, list) -> {
        List<LedgerEntry> kept = list.stream()
            .filter(e -> !renumber.contains(e.path())).toList();
        if (kept.isEmpty()) {
          kept = List.of(list.get(0));
        }
        if (kept.size() > 1) {
          LedgerEntry later = kept.stream().max(Comparator.comparing(LedgerEntry::assigned)
              .thenComparing(LedgerEntry::path)).orElseThrow();
          Text others = Text.list(kept.stream().map(LedgerEntry::path).toList());
          error(Ledger.at(later), "ledger-duplicate", Text.of("index.ledger-duplicate", index,
              kept.size(), others), Text.of("index.ledger-duplicate-hint", later.path()));
          return;
        }
        entries.put(index, kept.get(0));
      });
    }

    /**
     * Whether a number is published: a document carrying it has a 发布日期 on or before today
     * (whether or not it is a draft now: it may have been public before), or one whose date
     * cannot be read, or the ledger marks it imported from an older site. Only a number that is
     * on no such document, a number of documents still scheduled, may be changed: citizens,
     * auditors and other sites cite a published one.
     */
    private boolean published(String index) {
      if (ledger.entries().stream().anyMatch(e -> e.index().equals(index) && e.imported())) {
        return true;
      }
      return byPath.values().stream().filter(d -> index.equals(d.meta().index()))
          .anyMatch(d -> d.meta().published() == null
              || !d.meta().published().date().isAfter(options.today()));
    }

    /**
     * Whether a document holds its number by right: the ledger issued it to this file (or to a
     * file no longer there, when this is the only document carrying it: a move), or the ledger
     * does not know it and no other document carries it. A copy, the later of two branches that
     * took one number, and a retired number are not the document's own.
     */
    private boolean owns(Document doc, String index) {
      long carriers = byPath.values().stream().filter(d -> index.equals(d.meta().index()))
          .count();
      java.util.Optional<LedgerEntry> first = ledger.entries().stream()
          .filter(e -> e.index().equals(index))
          .min(Comparator.comparing(LedgerEntry::assigned).thenComparing(LedgerEntry::path));
      if (first.isEmpty()) {
        return carriers == 1;
      }
      if (!first.get().active()) {
        return false;
      }
      return first.get().path().equals(doc.source().path())
          || !byPath.containsKey(first.get().path()) && carriers == 1;
    }

    /** Whether a number was made with a placeholder organ code: it is no 索引号 of any organ. */
    private boolean placeholder(String index) {
      return pattern.parse(index).map(p -> OrganCode.isPlaceholder(p.organCode()))
          .orElse(false);
    }

    private void reconcile(String index, List<Document> docs) {
      LedgerEntry entry = entries.get(index);
      if (docs.size() > 1) {
        String keep = entry != null && docs.stream()
            .anyMatch(d -> d.source().path().equals(entry.path()))
            ? entry.path() : docs.get(0).source().path();
        boolean issuedToKeep = entry != null && keep.equals(entry.path());
        for (Document d : docs) {
          if (!d.source().path().equals(keep)) {
            error(d.source().at("index"), "index-duplicate", issuedToKeep
                ? Text.of("index.duplicate-issued", index, keep)
                : Text.of("index.duplicate", index, keep),
                Text.of("index.duplicate-hint", d.source().path()));
          }
        }
        return;
      }
      Document doc = docs.get(0);
      String path = doc.source().path();
      boolean imported = !ledger.existed() || options.importPaths().contains(path);
      if (entry == null) {
        if (!pattern.matches(index)) {
          return; // reported by the index-format rule
        }
        // a number below the highest the ledger issued in its series was issued before and its
        // entry lost (a ledger restored from an old copy, a merge): the day is unknown, and
        // today would make its date look forged; a number beyond them was written by hand today
        boolean known = imported || lostFromLedger(index);
        if (forged(doc, known, null)) {
          return; // recorded today, it would forge the date the document shows
        }
        if (options.mode() == Mode.FROZEN) {
          error(doc.source().at("index"), "index-unknown", Text.of("index.unknown-frozen", index),
              Text.of("index.unknown-frozen-hint"));
          return;
        }
        if (options.mode() == Mode.VERIFY) {
          problems.accept(Problem.note(doc.source().at("index"), "index-unknown",
              Text.of("index.unknown", index), Text.of("index.unknown-hint")));
        }
        entries.put(index, new LedgerEntry(index, path, title(doc), options.today(),
            LedgerEntry.State.ACTIVE, known, 0));
        note(doc.source().at("index"), "index-recorded", known
            ? Text.of("index.recorded-imported", index) : Text.of("index.recorded", index));
        return;
      }
      if (!entry.active()) {
        error(doc.source().at("index"), "index-retired", Text.of("index.retired", index,
            entry.assigned().toString(), entry.path()), Text.of("index.retired-hint"));
        return;
      }
      LedgerEntry updated = entry;
      if (!entry.path().equals(path)) {
        if (options.mode() != Mode.ASSIGN) {
          problems.accept(Problem.warning(doc.source().at("index"), "index-moved",
              Text.of("index.moved", index, entry.path()), Text.of("index.moved-hint")));
        }
        updated = updated.withPath(path);
      }
      if (!updated.title().equals(title(doc))) {
        updated = updated.withTitle(title(doc));
      }
      if (options.importPaths().contains(path) && !updated.imported()) {
        updated = updated.asImported();
      }
      entries.put(index, updated);
    }

    /**
     * Documents carry numbers but there is no ledger: it was deleted, or never committed (or this
     * is a site brought from elsewhere). Numbers retired since are unknown, so a new number could
     * repeat one; the ledger's history is in git.
     */
    private void ledgerMissing(int numbered) {
      Text message = Text.of("index.ledger-missing", numbered);
      Text hint = Text.of("index.ledger-missing-hint");
      if (options.mode() == Mode.FROZEN) {
        error(Location.of(Ledger.FILE), "ledger-missing", message, hint);
      } else {
        problems.accept(Problem.warning(Location.of(Ledger.FILE), "ledger-missing", message,
            hint));
      }
    }

    private void retireUnclaimed(Set<String> claimed) {
      for (LedgerEntry e : new ArrayList<>(entries.values())) {
        if (e.active() && !claimed.contains(e.index())) {
          if (options.mode() != Mode.ASSIGN) {
            problems.accept(Problem.warning(Ledger.at(e), "index-orphan",
                Text.of("index.orphan", e.index(), e.path()), Text.of("index.orphan-hint")));
          }
          entries.put(e.index(), e.retired());
        }
      }
    }

    private java.util.Optional<Document> assign(Document doc) {
      String path = doc.source().path();
      Location at = doc.source().at("title");
      boolean imported = !ledger.existed() || options.importPaths().contains(path)
          || keepsDate.contains(path);
      if (forged(doc, imported, null)) {
        return java.util.Optional.empty(); // a number issued today would be rejected
      }
      if (options.mode() == Mode.FROZEN) {
        error(Location.of(path), "index-missing", Text.of("index.missing-frozen"),
            Text.of("index.missing-frozen-hint"));
        return java.util.Optional.empty();
      }
      if (options.mode() == Mode.VERIFY) {
        problems.accept(Problem.note(Location.of(path), "index-missing",
            Text.of("index.missing"), Text.of("index.missing-hint")));
        return java.util.Optional.empty();
      }
      if (IDENTITY.stream().anyMatch(site::failed)) {
        return java.util.Optional.empty(); // the reading error of the organ code says why
      }
      String organ = organCode(doc);
      if (organ == null) {
        error(doc.source().at("publisher"), "index-organ", Text.of("index.organ"),
            Text.of("index.organ-hint"));
        return java.util.Optional.empty();
      }
      LocalDate date = doc.meta().published().date();
      IndexPattern.Parts base = new IndexPattern.Parts(organ, date.getYear(),
          pattern.hasMonth() ? date.getMonthValue() : 0, 0);
      int seq = 1 + entries.values().stream()
          .map(e -> pattern.parse(e.index()))
          .flatMap(java.util.Optional::stream)
          .filter(p -> p.counter().equals(base.counter()))
          .mapToInt(IndexPattern.Parts::seq).max().orElse(0);
      String index = pattern.format(new IndexPattern.Parts(organ, base.year(), base.month(), seq));
      while (entries.containsKey(index)) {
        seq++;
        index = pattern.format(new IndexPattern.Parts(organ, base.year(), base.month(), seq));
      }
      byte[] original;
      try {
        original = Files.readAllBytes(siteDir.resolve(path));
      } catch (IOException e) {
        error(Location.of(path), "index-header", Text.of("index.unreadable", IoText.of(e)),
            Text.NONE);
        return java.util.Optional.empty();
      }
      HeaderEditor.Result edited = HeaderEditor.addIndex(original, path.endsWith(".md"), index);
      entries.put(index, new LedgerEntry(index, path, title(doc), options.today(),
          LedgerEntry.State.ACTIVE, imported, 0));
      if (!edited.ok()) {
        error(at, "index-header", Text.of("index.header", edited.refusal()),
            Text.of("index.header-hint", index));
        return java.util.Optional.empty();
      }
      edits.add(new SourceEdit(path, edited.bytes()));
      note(at, "index-assigned", imported ? Text.of("index.assigned-imported", index)
          : Text.of("index.assigned", index));
      return java.util.Optional.of(doc.withIndex(index));
    }

    /**
     * Whether a number issued today would forge the document's date ({@link ForgedDate}): then
     * it is an error, in every mode, so that a check says what the assignment and the build will.
     */
    private boolean forged(Document doc, boolean imported, String index) {
      java.util.Optional<Problem> found = ForgedDate.check(doc, options.today(), imported, index);
      found.ifPresent(p -> {
        failed = true;
        problems.accept(p);
      });
      return found.isPresent();
    }

    /** Whether the ledger issued a higher number in the same series (organ, year, month). */
    private boolean lostFromLedger(String index) {
      return pattern.parse(index).map(parts -> entries.values().stream()
          .map(e -> pattern.parse(e.index())).flatMap(java.util.Optional::stream)
          .anyMatch(p -> p.counter().equals(parts.counter()) && p.seq() > parts.seq()))
          .orElse(false);
    }

    private String organCode(Document doc) {
      String publisher = doc.meta().publisher() != null ? doc.meta().publisher()
          : site.config().publisher();
      return units.find(publisher).map(Unit::organCode).filter(c -> c != null && !c.isBlank())
          .orElse(site.config().organCode());
    }

    private boolean changed(byte[] bytes) {
      try {
        Path file = siteDir.resolve(Ledger.FILE);
        return !Files.isRegularFile(file) || !java.util.Arrays.equals(Files.readAllBytes(file),
            bytes);
      } catch (IOException e) {
        return true;
      }
    }

    private static String title(Document doc) {
      return doc.meta().title() == null ? "" : doc.meta().title();
    }

    private void error(Location at, String rule, Text message, Text hint) {
      failed = true;
      problems.accept(Problem.error(at, rule, message, hint));
    }

    private void note(Location at, String rule, Text message) {
      log.add(Problem.note(at, rule, message, Text.NONE));
    }
  }
}
