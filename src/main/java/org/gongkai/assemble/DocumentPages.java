package org.gongkai.assemble;

import static org.gongkai.assemble.Text.excerpt;
import static org.gongkai.assemble.Text.humanSize;
import static org.gongkai.assemble.Text.lines;
import static org.gongkai.assemble.Text.orDefault;
import static org.gongkai.assemble.Text.orEmpty;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.commonmark.node.Node;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Attachment;
import org.gongkai.model.Column;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Prose;
import org.gongkai.model.Report;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;
import org.gongkai.model.UnitRef;
import org.gongkai.model.Withheld;

/**
 * A page per published document, and a task list's JSON and CSV data. While planning them it
 * gathers what other pages need of the documents: each one's description (for feeds) and which
 * tasks name which unit (for unit pages).
 */
final class DocumentPages {

  private final Markdown markdown;
  private final SiteLayout layout;
  private final SeriesPages series;
  private final PageSet pages;
  private final Map<String, String> descriptionOf = new HashMap<>();
  private final java.util.Set<String> usedFiles = new java.util.HashSet<>();
  private final Map<String, List<UnitTask>> tasksByUnit = new TreeMap<>();

  DocumentPages(Markdown markdown, SiteLayout layout, SeriesPages series, PageSet pages) {
    this.markdown = markdown;
    this.layout = layout;
    this.series = series;
    this.pages = pages;
  }

  /** A task naming a unit, for that unit's page. */
  record UnitTask(TaskList list, String path, Task task, boolean lead) {}

  /** Adds the pages of every published document. */
  void addAll() {
    for (Document doc : layout.published()) {
      Page page;
      try {
        page = documentPage(doc);
      } catch (StackOverflowError e) {
        // the last resort behind InputLimits: a body nested deeper than the stack allows
        pages.report(tooDeep(doc));
        continue;
      }
      pages.add(page, doc.source().at("slug"), Text.literal(doc.source().path()));
    }
  }

  /** A document whose Markdown nests deeper than the parser's stack allows. */
  static org.gongkai.model.Problem tooDeep(Document doc) {
    int line = doc instanceof Prose prose ? prose.bodyLine() : 1;
    return org.gongkai.model.Problem.error(new Location(doc.source().path(), line, 1),
        "input-limit",
        Text.of("assemble.markdown-too-deep"), Text.of("source.limit.nesting-hint"));
  }

  /** A published document's description: its own, or the start of its text. */
  String description(Document doc) {
    return descriptionOf.getOrDefault(doc.source().path(), "");
  }

  /**
   * The files under files/ folders that published documents list as attachments or link from
   * their text: the only ones published.
   */
  java.util.Set<String> usedFiles() {
    return usedFiles;
  }

  /** The tasks naming each unit (by its name in units.yaml), of the latest period of a series. */
  List<UnitTask> tasksOf(String unitName) {
    return tasksByUnit.getOrDefault(unitName, List.of());
  }

  private Page documentPage(Document doc) {
    String path = layout.pathOf(doc);
    String output = path.substring(1);
    Metadata m = doc.meta();
    String columnPath = doc.source().columnPath();
    Column column = layout.column(columnPath);
    String columnTitle = column == null ? "" : column.title();
    Optional<String> image = Optional.empty();
    Views.DataLinks data = dataLinks(doc, path);
    String description = m.description();
    PageKind kind;
    if (doc instanceof Prose prose) {
      kind = doc instanceof AnnualReport ? PageKind.ANNUAL_REPORT : PageKind.REPORT;
      Node ast = markdown.parse(prose.body());
      usedFiles.addAll(linkedFiles(markdown, ast, doc, layout.site.files()));
      if (description == null) {
        description = excerpt(markdown.toText(ast));
      }
      image = markdown.firstImage(ast).filter(src -> !src.contains(":"));
    } else {
      kind = PageKind.TASK_LIST;
      TaskList list = (TaskList) doc;
      collectTasks(list, path);
      if (description == null) {
        description = excerpt(m.title() + "，共" + list.tasks().size() + "项。");
      }
    }
    m.attachments().forEach(a -> usedFiles.add(a.path()));
    descriptionOf.put(doc.source().path(), description);
    pages.lastmod(path, SiteLayout.lastmod(doc));
    String key = series.documentKey(doc);
    pages.key(output, key);
    if (data != null) {
      pages.key(data.json().substring(1), key);
      pages.key(data.csv().substring(1), key);
    }
    String publisher = layout.publisher(m);
    String source = orDefault(m.source(), publisher);
    Views.DataLinks dataLinks = data;
    Supplier<?> view = doc instanceof AnnualReport annual
        ? Page.lazy(() -> AnnualReportPages.view(annual, documentView(doc, output, columnTitle,
            publisher, source, dataLinks), dataLinks, text -> html(doc, output, text)))
        : Page.lazy(() -> documentView(doc, output, columnTitle, publisher, source, dataLinks));
    List<Views.MetaTag> meta = layout.siteMeta();
    meta.add(new Views.MetaTag("ColumnName", columnTitle));
    meta.add(new Views.MetaTag("ColumnType", column == null ? "" : column.type()));
    meta.add(new Views.MetaTag("ArticleTitle", m.title()));
    meta.add(new Views.MetaTag("PubDate", m.published().toMinuteString()));
    meta.add(new Views.MetaTag("ContentSource", source));
    if (!m.keywords().isEmpty()) {
      meta.add(new Views.MetaTag("Keywords", String.join(",", m.keywords())));
    }
    meta.add(new Views.MetaTag("Author", publisher));
    meta.add(new Views.MetaTag("Description", description));
    image.ifPresent(src ->
        meta.add(new Views.MetaTag("Image", layout.absolute(resolveImage(output, src)))));
    meta.add(new Views.MetaTag("Url", layout.absolute(path)));
    List<Views.Alternate> alternates = layout.alternates(columnPath);
    if (data != null) {
      alternates.add(new Views.Alternate(Format.JSON.mediaType(), m.title() + "（JSON）",
          data.json()));
      alternates.add(new Views.Alternate(Format.CSV.mediaType(), m.title() + "（CSV）",
          data.csv()));
      Location at = doc.source().at("slug");
      boolean annual = doc instanceof AnnualReport;
      pages.add(new Page(annual ? PageKind.ANNUAL_REPORT_JSON : PageKind.TASK_LIST_JSON,
          data.json().substring(1), m.title(),
          layout.absolute(data.json()), List.of(), List.of(), view, doc.source().path(),
          List.of()), at, Text.of("assemble.page.json", doc.source().path()));
      pages.add(new Page(annual ? PageKind.ANNUAL_REPORT_CSV : PageKind.TASK_LIST_CSV,
          data.csv().substring(1), m.title(),
          layout.absolute(data.csv()), List.of(), List.of(), view, doc.source().path(),
          List.of()), at, Text.of("assemble.page.csv", doc.source().path()));
    }
    return new Page(kind, output, m.title(), layout.absolute(path), meta,
        layout.breadcrumb(columnPath, true), view, doc.source().path(), alternates);
  }

  /**
   * The page and data files, next to each other, of a document that has data (a task list, an
   * annual report); null for a report.
   */
  static Views.DataLinks dataLinks(Document doc, String path) {
    String stem = path.substring(0, path.length() - ".html".length());
    if (doc instanceof TaskList list) {
      return new Views.DataLinks(path, stem + ".json", stem + ".csv", orEmpty(list.series()),
          orEmpty(list.period()));
    }
    return doc instanceof AnnualReport
        ? new Views.DataLinks(path, stem + ".json", stem + ".csv", "", "") : null;
  }

  /** The view of a document page; built when the page (or its data file) is rendered. */
  private Views.DocumentView documentView(
      Document doc, String output, String columnTitle, String publisher, String source,
      Views.DataLinks data) {
    Metadata m = doc.meta();
    String bodyHtml = null;
    Views.TaskTable table = null;
    Views.SeriesNav seriesNav = null;
    List<Views.Chart> charts = List.of();
    if (doc instanceof Report report) {
      bodyHtml = html(doc, output, report.body());
    } else if (doc instanceof AnnualReport annual) {
      bodyHtml = html(doc, output, annual.intro());
    } else {
      TaskList list = (TaskList) doc;
      table = taskTable(list);
      seriesNav = series.nav(list);
      charts = Charts.of(list, layout.units);
    }
    List<Views.AttachmentView> attachments = new ArrayList<>();
    for (Attachment a : m.attachments()) {
      String to = "/" + a.path().substring("content/".length());
      String ext = to.contains(".") ? to.substring(to.lastIndexOf('.') + 1)
          .toUpperCase(Locale.ROOT) : "";
      attachments.add(new Views.AttachmentView(a.title(), to, humanSize(a.size()), ext));
    }
    return new Views.DocumentView(
        m.title(), orEmpty(m.index()), m.disclosure().label(), publisher,
        m.written() == null ? "" : m.written().toString(),
        m.published().toString(), m.published().value().toString(), layout.topic(m),
        orEmpty(m.docNumber()), source, orEmpty(m.validity()), m.keywords(),
        m.updated() == null ? "" : m.updated().toString(),
        m.changes().stream().map(c -> new Views.ChangeView(c.date().toString(), c.note()))
            .toList(),
        attachments, columnTitle, bodyHtml, table, seriesNav, data, charts);
  }

  /** A Markdown text of a document as HTML, its links resolved from the document's page. */
  private String html(Document doc, String output, String text) {
    return markdown.toHtml(markdown.parse(text), dest -> resolveLink(doc, output, dest));
  }

  /** Notes a task list's tasks for the unit pages: only the latest period of a series counts. */
  private void collectTasks(TaskList list, String path) {
    SeriesHistory history = series.of(list);
    if (history != null && history.latest() != list) {
      return;
    }
    for (Task t : list.tasks()) {
      for (UnitRef ref : t.units()) {
        layout.units.find(ref.name()).ifPresent(u -> tasksByUnit
            .computeIfAbsent(u.name(), k -> new ArrayList<>())
            .add(new UnitTask(list, path, t, ref.lead())));
      }
    }
  }

  private Views.TaskTable taskTable(TaskList list) {
    List<Views.TaskGroup> groups = new ArrayList<>();
    List<Views.TaskRow> rows = new ArrayList<>();
    String currentGroup = null;
    boolean grouped = list.tasks().stream().anyMatch(t -> t.group() != null);
    SeriesHistory history = series.of(list);
    for (Task t : list.tasks()) {
      if (grouped && !rows.isEmpty() && !Objects.equals(t.group(), currentGroup)) {
        groups.add(new Views.TaskGroup(currentGroup, rows));
        rows = new ArrayList<>();
      }
      currentGroup = t.group();
      Withheld w = t.withheld();
      List<String> progress = null;
      if (w == null || !w.hidesProgress()) {
        progress = t.progress() == null ? List.of() : lines(t.progress());
      }
      SeriesHistory.Entry entry = history == null ? null : history.entry(t);
      SeriesHistory.Change change = entry == null ? null : entry.change;
      Integer previousSeq = entry != null && entry.previous != null
          && entry.previous.task.seq() != t.seq() ? entry.previous.task.seq() : null;
      rows.add(new Views.TaskRow(t.seq(), "task-" + t.seq(), lines(t.content()), progress,
          w == null ? null : new Views.WithheldNote(w.scope().key(), w.reason(), w.basis()),
          layout.unitMentions(t.units()), t.status() == null ? "" : t.status().label(),
          orEmpty(t.id()), change == null ? "" : change.label, change == null ? "" : change.key,
          entry == null ? null : series.historyLink(history, entry.chain), previousSeq));
    }
    if (!rows.isEmpty() || groups.isEmpty()) {
      groups.add(new Views.TaskGroup(grouped ? currentGroup : null, rows));
    }
    return new Views.TaskTable(list.meta().title(), list.headings(), grouped,
        list.hasProgress(), list.tasks().size(), groups);
  }

  /** The files of the site a document's text links to (by their paths in the site). */
  static java.util.Set<String> linkedFiles(
      Markdown markdown, Node ast, Document doc, List<String> files) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String destination : markdown.destinations(ast)) {
      sourcePath(doc, destination).filter(files::contains).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The path in the site (e.g. {@code content/tzgg/files/a.pdf}) a relative link in a document
   * names, without its fragment; empty for other links.
   */
  static Optional<String> sourcePath(Document doc, String destination) {
    if (destination == null) {
      return Optional.empty();
    }
    String target = destination;
    int hash = target.indexOf('#');
    if (hash >= 0) {
      target = target.substring(0, hash);
    }
    if (target.isEmpty() || target.contains("?") || target.startsWith("/")
        || target.contains(":")) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Path base = Path.of("content", doc.source().columnPath());
    String resolved;
    try {
      resolved = base.resolve(decoded).normalize().toString().replace('\\', '/');
    } catch (java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
    return resolved.startsWith("..") ? Optional.empty() : Optional.of(resolved);
  }

  /**
   * Where a relative link in a report leads: to another document's page or a file of the site,
   * relative to the page it is on; empty when it leads nowhere gongkai knows.
   */
  private Optional<String> resolveLink(Document doc, String fromOutput, String destination) {
    int hash = destination.indexOf('#');
    String fragment = hash >= 0 ? destination.substring(hash) : "";
    Optional<String> source = sourcePath(doc, destination);
    if (source.isEmpty()) {
      return Optional.empty();
    }
    String resolved = source.get();
    String page = layout.pathOfSource(resolved);
    if (page != null) {
      return Optional.of(Urls.relative(fromOutput, page + fragment));
    }
    if (resolved.startsWith("content/") && layout.site.files().contains(resolved)) {
      return Optional.of(Urls.relative(fromOutput,
          "/" + resolved.substring("content/".length()) + fragment));
    }
    return Optional.empty();
  }

  private static String resolveImage(String fromOutput, String src) {
    Path dir = Path.of("/" + fromOutput).getParent();
    return dir.resolve(src).normalize().toString().replace('\\', '/');
  }
}
