package org.gongkai.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Allowance;
import org.gongkai.model.Attachment;
import org.gongkai.model.Change;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Headings;
import org.gongkai.model.IoText;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.PublishTime;
import org.gongkai.model.Report;
import org.gongkai.model.SourceInfo;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;
import org.gongkai.model.Withheld;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses one document file: a report ({@code *.md}, YAML front matter and CommonMark), an annual
 * report (a report whose front matter has {@code annualReport}: {@link AnnualReportParser}) or a
 * task list ({@code *.yaml}). Every problem is reported; a document whose structure could be read
 * is returned even when some fields were wrong, so that later checks still see it (the build
 * stops before writing anything when there are errors).
 */
public final class DocumentParser implements DocumentSource {

  private static final List<String> VALIDITY = List.of("现行有效", "已修改", "已废止");
  private static final String LEAD_MARKS = "★▲";

  /** Every key a document may hold at any depth, English and Chinese. */
  static final java.util.Set<String> KEY_NAMES = keyNames();

  private final Path siteDir;

  private static java.util.Set<String> keyNames() {
    List<FieldSet> sets = new ArrayList<>(List.of(Keys.TASK_LIST, Keys.TASK, Keys.HEADING_NAMES,
        Keys.WITHHELD_PART, Keys.CHANGE, Keys.ATTACHMENT, Keys.ALLOWANCE));
    sets.addAll(AnnualReportParser.fieldSets());
    return FieldSet.names(sets);
  }

  public DocumentParser(Path siteDir) {
    this.siteDir = siteDir;
  }

  /**
   * Parses a document file.
   *
   * @param relPath the file relative to the site folder, e.g. {@code content/zwgk/a.md}
   * @param columnPath the column folder relative to {@code content/}
   */
  @Override
  public Optional<Document> parse(String relPath, String columnPath, Consumer<Problem> problems) {
    Optional<String> text = Utf8Text.read(siteDir.resolve(relPath), relPath, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return parseText(text.get(), relPath, columnPath, problems);
  }

  /** Parses a document file's bytes, already read (see {@link #parse}). */
  public Optional<Document> parseBytes(
      byte[] bytes, String relPath, String columnPath, Consumer<Problem> problems) {
    return Utf8Text.decode(bytes, relPath, problems)
        .flatMap(text -> parseText(text, relPath, columnPath, problems));
  }

  /** Parses a document's text (see {@link #parse}). */
  public Optional<Document> parseText(
      String text, String relPath, String columnPath, Consumer<Problem> problems) {
    boolean markdown = relPath.endsWith(".md");
    String yaml = text;
    int yamlLine = 1;
    FrontMatter front = null;
    if (markdown) {
      Optional<FrontMatter> split = FrontMatter.split(text);
      if (split.isEmpty()) {
        problems.accept(FrontMatter.problem(text, relPath));
        return Optional.empty();
      }
      front = split.get();
      if (!InputLimits.markdown(front.body(), relPath, front.bodyLine(), problems)) {
        return Optional.empty();
      }
      yaml = front.yaml();
      yamlLine = front.yamlLine();
    }
    boolean[] syntaxError = {false};
    Optional<Node> node = Yaml12.compose(yaml, relPath, yamlLine, KEY_NAMES, p -> {
      syntaxError[0] = true;
      problems.accept(p);
    });
    if (node.isEmpty()) {
      // empty (or only comments), unless the YAML could not be read: that is reported already
      if (!syntaxError[0]) {
        problems.accept(Problem.error(new Location(relPath, yamlLine, 1), "missing-field",
            Text.of("source.no-metadata"), Text.of("source.no-metadata-hint")));
      }
      return Optional.empty();
    }
    boolean annual = markdown && AnnualReportParser.isAnnualReport(node.get());
    MappingReader reader = MappingReader.of(node.get(), annual ? AnnualReportParser.FRONT_MATTER
        : markdown ? Keys.REPORT : Keys.TASK_LIST, relPath, yamlLine, problems);
    String stem = fileName(relPath).replaceFirst("\\.[^.]+$", "");
    Metadata meta = metadata(reader, relPath, columnPath);
    SourceInfo source = new SourceInfo(relPath, columnPath, stem, reader.locations(),
        ContentKey.of(text));
    if (annual) {
      return Optional.of(AnnualReportParser.parse(reader, source, meta, front, yamlLine,
          problems));
    }
    if (markdown) {
      return Optional.of(new Report(source, meta, front.body(), front.bodyLine()));
    }
    return Optional.of(taskList(reader, source, meta));
  }

  private Metadata metadata(MappingReader r, String relPath, String columnPath) {
    String title = r.requiredText(Keys.TITLE).orElse(null);
    Disclosure disclosure = r.text(Keys.DISCLOSURE).map(t -> {
      Optional<Disclosure> d = Disclosure.fromLabel(t);
      if (d.isEmpty()) {
        r.errorAt(Keys.DISCLOSURE, "disclosure", Text.of("source.disclosure", t),
            Text.of("source.disclosure-hint"));
      }
      return d.orElse(Disclosure.NOT_DISCLOSED);
    }).orElse(Disclosure.ACTIVE);
    String validity = r.text(Keys.VALIDITY).orElse(null);
    if (validity != null && !VALIDITY.contains(validity)) {
      r.errorAt(Keys.VALIDITY, "validity", Text.of("source.validity", Text.list(VALIDITY),
          validity), Text.NONE);
    }
    List<Change> changes = new ArrayList<>();
    for (MappingReader c : r.mappings(Keys.CHANGES, Keys.CHANGE)) {
      c.date(Keys.DATE, true).ifPresent(date ->
          changes.add(new Change(date, c.requiredText(Keys.NOTE).orElse(""))));
    }
    List<Allowance> allow = new ArrayList<>();
    for (MappingReader a : r.mappings(Keys.ALLOW, Keys.ALLOWANCE)) {
      Optional<String> value = a.requiredText(Keys.VALUE);
      Optional<String> reason = a.requiredText(Keys.REASON);
      if (value.isPresent() && reason.isPresent()) {
        allow.add(new Allowance(value.get(), reason.get(), a.start()));
      }
    }
    String slug = r.text(Keys.SLUG).orElse(null);
    LocalDate written = r.date(Keys.WRITTEN, true).orElse(null);
    PublishTime published = r.dateTime(Keys.PUBLISHED, true).orElse(null);
    if (written != null && published != null && published.date().isBefore(written)) {
      r.errorAt(Keys.PUBLISHED, "date-order", Text.of("source.date.before-written",
          published.date().toString(), written.toString()), Text.of("source.date.order-hint"));
    }
    return new Metadata(
        title,
        r.text(Keys.INDEX).orElse(null),
        disclosure,
        r.text(Keys.PUBLISHER).orElse(null),
        written,
        published,
        r.requiredText(Keys.TOPIC).orElse(null),
        r.text(Keys.DOC_NUMBER).orElse(null),
        r.text(Keys.SOURCE).orElse(null),
        r.textList(Keys.KEYWORDS),
        r.text(Keys.DESCRIPTION).orElse(null),
        validity,
        r.date(Keys.UPDATED, false).orElse(null),
        changes,
        attachments(r, relPath, columnPath),
        r.bool(Keys.DRAFT).orElse(false),
        slug,
        allow);
  }

  private List<Attachment> attachments(MappingReader r, String relPath, String columnPath) {
    List<Attachment> out = new ArrayList<>();
    Path content = siteDir.resolve("content").normalize();
    Path folder = content.resolve(columnPath);
    for (MappingReader a : r.mappings(Keys.ATTACHMENTS, Keys.ATTACHMENT)) {
      Optional<String> file = a.requiredText(Keys.FILE);
      if (file.isEmpty()) {
        continue;
      }
      Path target = folder.resolve(file.get()).normalize();
      String shown = file.get();
      if (!target.startsWith(content) || file.get().startsWith("/")) {
        a.errorAt(Keys.FILE, "attachment", Text.of("source.attachment-outside", shown),
            Text.of("source.attachment-outside-hint"));
        continue;
      }
      String rel = siteDir.normalize().relativize(target).toString()
          .replace(java.io.File.separatorChar, '/');
      if (!SiteFolder.of(siteDir).inside(target)) {
        a.errorAt(Keys.FILE, SiteFolder.RULE, Text.of("source.symlink-outside", rel),
            Text.of("source.symlink-outside-hint"));
        continue;
      }
      if (!Files.isRegularFile(target)) {
        a.errorAt(Keys.FILE, "attachment", Text.of("source.attachment-missing", shown, rel),
            Text.of("source.attachment-missing-hint"));
        continue;
      }
      if (!rel.contains("/files/")) {
        a.errorAt(Keys.FILE, "attachment", Text.of("source.attachment-not-in-files", shown),
            Text.of("source.attachment-not-in-files-hint", target.getFileName().toString()));
        continue;
      }
      long size;
      try {
        size = Files.size(target);
      } catch (IOException e) {
        a.errorAt(Keys.FILE, "attachment", Text.of("source.attachment-unreadable", shown,
            IoText.of(e)), Text.NONE);
        continue;
      }
      out.add(new Attachment(rel, a.text(Keys.TITLE).orElse(target.getFileName().toString()),
          size));
    }
    return out;
  }

  private TaskList taskList(MappingReader r, SourceInfo source, Metadata meta) {
    Headings headings = r.mapping(Keys.HEADINGS, Keys.HEADING_NAMES).map(h -> new Headings(
        h.text(Keys.SEQ).orElse(Headings.DEFAULT.seq()),
        h.text(Keys.GROUP).orElse(Headings.DEFAULT.group()),
        h.text(Keys.CONTENT).orElse(Headings.DEFAULT.content()),
        h.text(Keys.PROGRESS).orElse(Headings.DEFAULT.progress()),
        h.text(Keys.UNITS).orElse(Headings.DEFAULT.units()))).orElse(Headings.DEFAULT);
    if (!r.has(Keys.TASKS)) {
      r.missing(Keys.TASKS);
    }
    List<Task> tasks = new ArrayList<>();
    Map<Integer, Location> seen = new HashMap<>();
    Map<String, Location> seenIds = new HashMap<>();
    for (MappingReader t : r.mappings(Keys.TASKS, Keys.TASK)) {
      Optional<Integer> seq = t.positiveInt(Keys.SEQ);
      if (!t.has(Keys.SEQ)) {
        t.missing(Keys.SEQ);
      }
      Optional<String> content = t.requiredText(Keys.CONTENT);
      if (seq.isEmpty()) {
        continue;
      }
      Location first = seen.putIfAbsent(seq.get(), t.valueAt(Keys.SEQ));
      if (first != null) {
        t.errorAt(Keys.SEQ, "duplicate-seq", Text.of("source.duplicate-seq", seq.get(),
            first.line()), Text.of("source.duplicate-seq-hint"));
        continue;
      }
      String id = t.text(Keys.ID).orElse(null);
      if (id != null) {
        Location firstId = seenIds.putIfAbsent(id, t.valueAt(Keys.ID));
        if (firstId != null) {
          t.errorAt(Keys.ID, "duplicate-id", Text.of("source.duplicate-id", id, firstId.line()),
              Text.of("source.duplicate-id-hint"));
        }
      }
      TaskStatus status = t.text(Keys.STATUS).map(s -> {
        Optional<TaskStatus> st = TaskStatus.fromLabel(s);
        if (st.isEmpty()) {
          t.errorAt(Keys.STATUS, "task-status", Text.of("source.task-status", s), Text.NONE);
        }
        return st.orElse(null);
      }).orElse(null);
      tasks.add(new Task(seq.get(), id, t.text(Keys.GROUP).orElse(null), content.orElse(""),
          t.text(Keys.PROGRESS).orElse(null), status, units(t.items(Keys.UNITS)),
          t.mapping(Keys.WITHHELD, Keys.WITHHELD_PART).map(this::withheld).orElse(null),
          t.start()));
    }
    return new TaskList(source, meta, r.text(Keys.SERIES).orElse(null),
        r.text(Keys.PERIOD).orElse(null), headings, tasks);
  }

  private Withheld withheld(MappingReader w) {
    Withheld.Scope scope = w.requiredText(Keys.SCOPE).map(s -> switch (s) {
      case "all", "全部" -> Withheld.Scope.ALL;
      case "part", "部分" -> Withheld.Scope.PART;
      default -> {
        w.errorAt(Keys.SCOPE, "withheld", Text.of("source.withheld-scope", s),
            Text.of("source.withheld-scope-hint"));
        yield Withheld.Scope.ALL;
      }
    }).orElse(Withheld.Scope.ALL);
    String reason = w.requiredText(Keys.REASON).orElse("");
    String basis = w.text(Keys.BASIS).orElse("");
    if (basis.isEmpty()) {
      w.warningAt(Keys.BASIS, "withheld", Text.of("source.withheld-basis"),
          Text.of("source.withheld-basis-hint"));
    }
    return new Withheld(scope, reason, basis);
  }

  /** Splits the lead marks (★ or ▲, in front of a name) from the names. */
  static List<UnitRef> units(List<MappingReader.Item> written) {
    List<UnitRef> out = new ArrayList<>();
    for (MappingReader.Item w : written) {
      String name = w.text().strip();
      String mark = "";
      while (!name.isEmpty() && LEAD_MARKS.indexOf(name.charAt(0)) >= 0) {
        mark = name.substring(0, 1);
        name = name.substring(1).strip();
      }
      if (!name.isEmpty()) {
        Location at = w.at();
        int skipped = w.text().strip().codePointCount(0, w.text().strip().length())
            - name.codePointCount(0, name.length());
        out.add(new UnitRef(name, mark, at.column() == 0 ? at
            : new Location(at.path(), at.line(), at.column() + skipped)));
      }
    }
    return out;
  }

  private static String fileName(String relPath) {
    return relPath.substring(relPath.lastIndexOf('/') + 1);
  }
}
