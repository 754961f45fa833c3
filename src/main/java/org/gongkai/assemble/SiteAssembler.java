package org.gongkai.assemble;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.config.UnitDirectory;
import org.gongkai.index.IndexPattern;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Attachment;
import org.gongkai.model.Column;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.Report;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitRef;
import org.gongkai.model.Withheld;
import org.gongkai.source.ContentTree;

/**
 * Turns a site into the pages to write. Only published documents (主动公开, not a draft, published
 * by {@code now}) get pages or appear in listings; their text reaches templates only through
 * {@link Views}, which copy what may be shown.
 */
public final class SiteAssembler {

  public static final String UNITS_FOLDER = "units";
  static final String CATALOGUE_INDEX = "/catalogue/index.html";
  private static final int HOME_LATEST = 10;
  private static final int HOME_SECTION = 5;
  private static final int DESCRIPTION_LENGTH = 120;
  private static final String UNSAFE_SLUG = "/\\?#%*:|\"<>";

  private final Markdown markdown;

  public SiteAssembler(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * Plans the site.
   *
   * @param now the build time in the site's zone: documents published later are scheduled
   */
  public SitePlan assemble(Site site, LocalDateTime now, Consumer<Problem> problems) {
    return new Run(site, now, problems).plan();
  }

  /** Whether a document is published, and if not, why. */
  public static Optional<SitePlan.Reason> unpublishedReason(Document doc, LocalDateTime now) {
    Metadata m = doc.meta();
    if (m.title() == null || m.published() == null) {
      return Optional.of(SitePlan.Reason.INVALID);
    }
    if (m.draft()) {
      return Optional.of(SitePlan.Reason.DRAFT);
    }
    if (m.disclosure() != Disclosure.ACTIVE) {
      return Optional.of(SitePlan.Reason.NOT_PUBLIC);
    }
    if (m.published() != null && m.published().value().isAfter(now)) {
      return Optional.of(SitePlan.Reason.SCHEDULED);
    }
    return Optional.empty();
  }

  /** The path of a unit's page. */
  public static String unitPath(String unitName) {
    StringBuilder slug = new StringBuilder();
    unitName.codePoints().forEach(c -> {
      if (UNSAFE_SLUG.indexOf(c) >= 0 || Character.isWhitespace(c) || Character.isISOControl(c)) {
        slug.append('_');
      } else {
        slug.appendCodePoint(c);
      }
    });
    return "/" + UNITS_FOLDER + "/" + slug + ".html";
  }

  private final class Run {
    private final Site site;
    private final SiteConfig config;
    private final LocalDateTime now;
    private final Consumer<Problem> problems;
    private final Map<String, Column> columns = new TreeMap<>();
    private final Map<String, List<Column>> children = new HashMap<>();
    private final UnitDirectory unitDirectory;
    private final Optional<IndexPattern> indexPattern;
    private final Map<String, String> pathOfSource = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final Map<String, PageOrigin> pageOrigins = new HashMap<>();
    private final List<SitePlan.Secret> secrets = new ArrayList<>();
    private final Map<String, String> pageKeys = new HashMap<>();
    private Views.SiteView siteView;
    /** The series each published task list belongs to. */
    private final Map<TaskList, SeriesHistory> seriesOf = new IdentityHashMap<>();
    /** The history page of each series, or none when its name cannot be a file name. */
    private final Map<SeriesHistory, String> historyPathOf = new IdentityHashMap<>();
    /** Each published document's description (for feeds). */
    private final Map<String, String> descriptionOf = new HashMap<>();
    /** The sitemap's lastmod of each HTML page (site path), where known. */
    private final Map<String, LocalDate> lastmodOf = new HashMap<>();
    /** Columns that have a feed (they or their children have documents). */
    private final java.util.Set<String> columnsWithFeed = new java.util.HashSet<>();
    private List<Views.Alternate> siteAlternates = List.of();

    Run(Site site, LocalDateTime now, Consumer<Problem> problems) {
      this.site = site;
      this.config = site.config();
      this.now = now;
      this.problems = problems;
      this.unitDirectory = new UnitDirectory(site.units());
      Optional<IndexPattern> pattern;
      try {
        pattern = Optional.of(IndexPattern.compile(config.indexPattern()));
      } catch (IllegalArgumentException e) {
        pattern = Optional.empty();
      }
      this.indexPattern = pattern;
    }

    SitePlan plan() {
      Comparator<Column> siblingOrder = Comparator.comparingInt(Column::order)
          .thenComparing(Column::title).thenComparing(Column::path);
      for (Column c : site.columns()) {
        columns.put(c.path(), c);
        children.computeIfAbsent(c.parentPath() == null ? "" : c.parentPath(), k -> new ArrayList<>())
            .add(c);
      }
      children.values().forEach(list -> list.sort(siblingOrder));

      List<Document> published = new ArrayList<>();
      List<SitePlan.Unpublished> unpublished = new ArrayList<>();
      for (Document doc : site.documents()) {
        if (doc.meta().published() == null) {
          // published is required: the source stage has reported it missing or unreadable, and a
          // document that cannot be dated cannot be placed, listed or known to be due
          continue;
        }
        Optional<SitePlan.Reason> reason = unpublishedReason(doc, now);
        if (reason.isPresent()) {
          unpublished.add(new SitePlan.Unpublished(doc, reason.get()));
          collectSecrets(doc, reason.get().label());
        } else {
          published.add(doc);
        }
      }
      published.sort(NEWEST_FIRST);
      assignPaths(published);
      published.removeIf(d -> !pathOfSource.containsKey(d.source().path()));

      siteView = new Views.SiteView(config.name(), config.domain(), config.siteCode(),
          config.baseUrl(), navItems(children.getOrDefault("", List.of())),
          "/" + UNITS_FOLDER + "/index.html", CATALOGUE_INDEX);

      planSeries(published);
      if (!published.isEmpty()) {
        siteAlternates = List.of(new Views.Alternate(ATOM, config.name() + "：最新信息",
            FEED_PATH));
      }
      for (Column column : columns.values()) {
        if (published.stream().anyMatch(d -> inColumn(d, column.path()))) {
          columnsWithFeed.add(column.path());
        }
      }

      Map<String, List<UnitTaskRef>> tasksByUnit = new TreeMap<>();
      for (Document doc : published) {
        addPage(documentPage(doc, tasksByUnit), doc.source().at("slug"), doc.source().path());
      }
      for (SeriesHistory h : historyPathOf.keySet().stream()
          .sorted(Comparator.comparing(h -> h.name)).toList()) {
        addPage(historyPage(h), h.latest().source().at("series"), "the history of series "
            + h.name);
      }
      for (Column column : columns.values()) {
        columnPages(column, published);
      }
      addPage(homePage(published), Location.of("content/"), "the home page");
      unitPages(tasksByUnit);
      cataloguePages(published);
      addPage(new Page(PageKind.NOT_FOUND, "404.html", "页面未找到",
          Urls.absolute(config.baseUrl(), "/404.html"), siteMeta(), List.of(), null),
          Location.of("content/"), "the 404 page");
      crawlFiles(published);
      pages.sort(Comparator.comparing(Page::path));

      List<SitePlan.Copy> copies = new ArrayList<>();
      for (String file : site.files()) {
        String to = file.startsWith("content/") ? file.substring("content/".length())
            : file.substring("static/".length());
        PageOrigin taken = pageOrigins.putIfAbsent(to.toLowerCase(Locale.ROOT),
            new PageOrigin(Location.of(file), file));
        if (taken != null) {
          // a file in static/ such as index.html would be copied over a generated page
          problems.accept(Problem.error(Location.of(file), "permalink-collision", file
              + " would be copied to " + to + ", which " + taken.what() + " is written to",
              "rename or move the file"));
          continue;
        }
        copies.add(new SitePlan.Copy(file, to));
      }
      copies.sort(Comparator.comparing(SitePlan.Copy::to));
      return new SitePlan(siteView, pages, copies, published, unpublished, secrets,
          globalKey(published, copies), pageKeys);
    }

    /**
     * Adds a page unless an earlier page has its path (compared without case, as on Windows and
     * macOS disks): two pages with one path would silently overwrite each other, so that is an
     * error at the earlier page's source, naming the later one.
     */
    private void addPage(Page page, Location from, String what) {
      if (page.kind().format() == Format.HTML && page.alternates().isEmpty()) {
        page = page.withAlternates(siteAlternates);
      }
      PageOrigin first = pageOrigins.putIfAbsent(page.path().toLowerCase(Locale.ROOT),
          new PageOrigin(from, what));
      if (first != null) {
        problems.accept(Problem.error(first.at(), "permalink-collision", first.what() + " and "
            + what + " would both be written to " + page.path(), "rename the folder, the file"
            + " or its `slug:` so that every page has a path of its own"));
        return;
      }
      pages.add(page);
    }

    /**
     * Everything a document or series page shows besides its own document(s): the settings, the
     * column tree, the units, the URL and column of every published document, the copied files
     * and the withheld text (the leak guard's list).
     */
    private String globalKey(List<Document> published, List<SitePlan.Copy> copies) {
      ContentKey key = new ContentKey();
      key.add(config.name()).add(config.domain()).add(config.siteCode()).add(config.baseUrl())
          .add(config.publisher()).add(config.organCode()).add(config.indexPattern())
          .add(config.permalink()).add(String.valueOf(config.pageSize()))
          .add(config.timezone().getId()).add(config.description())
          .add(String.join(",", config.keywords())).add(String.join(",", config.topics().all()));
      for (Column c : columns.values()) {
        key.add(c.path()).add(c.title()).add(c.type()).add(c.description())
            .add(String.join(",", c.keywords())).add(String.valueOf(c.order()));
      }
      for (Unit u : unitDirectory.units()) {
        key.add(u.name()).add(String.join(",", u.aliases()));
      }
      for (Document d : published) {
        key.add(d.source().path()).add(pathOfSource.get(d.source().path()));
      }
      copies.forEach(c -> key.add(c.to()));
      secrets.forEach(s -> key.add(s.text()));
      return key.toString();
    }

    /** What a task list's pages show: the list, and the other periods of its series. */
    private String documentKey(Document doc) {
      SeriesHistory h = doc instanceof TaskList list ? seriesOf.get(list) : null;
      return h == null ? doc.source().key() : doc.source().key() + "|" + seriesKey(h);
    }

    private String seriesKey(SeriesHistory h) {
      ContentKey key = new ContentKey();
      for (TaskList period : h.periods) {
        key.add(period.source().path()).add(period.source().key());
      }
      return key.toString();
    }

    private void collectSecrets(Document doc, String why) {
      String path = doc.source().path();
      Metadata m = doc.meta();
      if (m.title() != null) {
        secrets.add(new SitePlan.Secret(m.title(), path, "title of a " + why + " document"));
      }
      if (doc instanceof Report r) {
        for (String block : r.body().split("\\n\\s*\\n")) {
          String text = block.strip();
          if (!text.isEmpty()) {
            secrets.add(new SitePlan.Secret(text, path, "body of a " + why + " document"));
          }
        }
      } else if (doc instanceof TaskList list) {
        for (Task t : list.tasks()) {
          if (t.progress() != null) {
            secrets.add(new SitePlan.Secret(t.progress(), path, "progress in a " + why
                + " document"));
          }
        }
      }
    }

    private void assignPaths(List<Document> published) {
      Map<String, String> sourceOfPath = new HashMap<>();
      for (Document doc : published) {
        Optional<String> path = permalink(doc);
        if (path.isEmpty()) {
          continue;
        }
        String key = path.get().toLowerCase(Locale.ROOT);
        String other = sourceOfPath.putIfAbsent(key, doc.source().path());
        if (other != null) {
          problems.accept(Problem.error(doc.source().at("slug"), "permalink-collision",
              "this document would be written to " + path.get() + ", like " + other,
              "give one of them another file name or a `slug:`"));
          continue;
        }
        pathOfSource.put(doc.source().path(), path.get());
      }
    }

    private Optional<String> permalink(Document doc) {
      Metadata m = doc.meta();
      String slug = m.slug() != null ? m.slug() : doc.source().stem();
      Location at = doc.source().at("slug");
      if (!safeSegment(slug)) {
        problems.accept(Problem.error(at, "permalink", "the page name `" + slug + "` is not"
            + " allowed: it must not be empty, `.` or `..`, or contain / \\ ? # % * : | \" < >,"
            + " spaces or control characters (it could write outside the output folder or break"
            + " links)", "use letters, digits, - and _, e.g. slug: 2023-zdgz"));
        return Optional.empty();
      }
      String date = m.published() == null ? "0000-00-00" : m.published().date().toString();
      String path = config.permalink()
          .replace("{column}", doc.source().columnPath())
          .replace("{yyyy}", date.substring(0, 4))
          .replace("{mm}", date.substring(5, 7))
          .replace("{dd}", date.substring(8, 10))
          .replace("{slug}", slug);
      path = path.replaceAll("/{2,}", "/");
      for (String segment : path.substring(1).split("/")) {
        if (segment.equals("..") || segment.equals(".")) {
          problems.accept(Problem.error(at, "permalink", "the page path " + path + " would"
              + " leave the output folder", "remove `..` from the permalink"));
          return Optional.empty();
        }
      }
      if (path.endsWith("/")) {
        path = path + "index.html";
      } else if (!path.endsWith(".html")) {
        path = path + ".html";
      }
      if (path.startsWith("/" + UNITS_FOLDER + "/") || path.equals("/index.html")
          || path.equals("/404.html")) {
        problems.accept(Problem.error(at, "permalink", "the page path " + path + " is used by"
            + " gongkai itself", "choose another permalink or slug"));
        return Optional.empty();
      }
      return Optional.of(path);
    }

    private Page documentPage(Document doc, Map<String, List<UnitTaskRef>> tasksByUnit) {
      String path = pathOfSource.get(doc.source().path());
      String output = path.substring(1);
      Metadata m = doc.meta();
      Column column = columns.get(doc.source().columnPath());
      String columnTitle = column == null ? "" : column.title();
      Optional<String> image = Optional.empty();
      Views.DataLinks data = null;
      String description = m.description();
      PageKind kind;
      if (doc instanceof Report report) {
        kind = PageKind.REPORT;
        org.commonmark.node.Node ast = markdown.parse(report.body());
        if (description == null) {
          description = excerpt(markdown.toText(ast));
        }
        image = markdown.firstImage(ast).filter(src -> !src.contains(":"));
      } else {
        kind = PageKind.TASK_LIST;
        TaskList list = (TaskList) doc;
        collectTasks(list, path, tasksByUnit);
        if (description == null) {
          description = excerpt(m.title() + "，共" + list.tasks().size() + "项。");
        }
        String stem = path.substring(0, path.length() - ".html".length());
        data = new Views.DataLinks(path, stem + ".json", stem + ".csv", orEmpty(list.series()),
            orEmpty(list.period()));
      }
      descriptionOf.put(doc.source().path(), description);
      lastmodOf.put(path, lastmod(doc));
      String key = documentKey(doc);
      pageKeys.put(output, key);
      if (data != null) {
        pageKeys.put(data.json().substring(1), key);
        pageKeys.put(data.csv().substring(1), key);
      }
      String publisher = orDefault(m.publisher(), config.publisher());
      String source = orDefault(m.source(), publisher);
      Views.DataLinks dataLinks = data;
      java.util.function.Supplier<?> view = Page.lazy(() -> documentView(doc, output,
          columnTitle, publisher, source, dataLinks));
      List<Views.MetaTag> meta = siteMeta();
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
          meta.add(new Views.MetaTag("Image", Urls.absolute(config.baseUrl(),
              resolveImage(output, src)))));
      meta.add(new Views.MetaTag("Url", Urls.absolute(config.baseUrl(), path)));
      List<Views.Alternate> alternates = new ArrayList<>(siteAlternates);
      alternates.addAll(columnAlternates(doc.source().columnPath()));
      if (data != null) {
        alternates.add(new Views.Alternate(Format.JSON.mediaType(), m.title() + "（JSON）",
            data.json()));
        alternates.add(new Views.Alternate(Format.CSV.mediaType(), m.title() + "（CSV）",
            data.csv()));
        Location at = doc.source().at("slug");
        addPage(new Page(PageKind.TASK_LIST_JSON, data.json().substring(1), m.title(),
            Urls.absolute(config.baseUrl(), data.json()), List.of(), List.of(), view,
            doc.source().path(), List.of()), at, "the JSON data of " + doc.source().path());
        addPage(new Page(PageKind.TASK_LIST_CSV, data.csv().substring(1), m.title(),
            Urls.absolute(config.baseUrl(), data.csv()), List.of(), List.of(), view,
            doc.source().path(), List.of()), at, "the CSV data of " + doc.source().path());
      }
      return new Page(kind, output, m.title(), Urls.absolute(config.baseUrl(), path), meta,
          breadcrumb(doc.source().columnPath(), true), view, doc.source().path(), alternates);
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
        bodyHtml = markdown.toHtml(markdown.parse(report.body()),
            dest -> resolveLink(doc, output, dest));
      } else {
        TaskList list = (TaskList) doc;
        table = taskTable(list);
        seriesNav = seriesNav(list);
        charts = Charts.of(list, unitDirectory);
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
          m.published().toString(), m.published().value().toString(),
          config.topics().resolve(m.topic()).orElse(orEmpty(m.topic())),
          orEmpty(m.docNumber()), source, orEmpty(m.validity()), m.keywords(),
          m.updated() == null ? "" : m.updated().toString(),
          m.changes().stream().map(c -> new Views.ChangeView(c.date().toString(), c.note()))
              .toList(),
          attachments, columnTitle, bodyHtml, table, seriesNav, data, charts);
    }

    /**
     * What a task list gives other pages: its tasks for the unit pages (only the latest period of
     * a series) and its withheld progress for the leak guard.
     */
    private void collectTasks(
        TaskList list, String path, Map<String, List<UnitTaskRef>> tasksByUnit) {
      SeriesHistory series = seriesOf.get(list);
      boolean onUnitPages = series == null || series.latest() == list;
      for (Task t : list.tasks()) {
        if (onUnitPages) {
          for (UnitRef ref : t.units()) {
            unitDirectory.find(ref.name()).ifPresent(u -> tasksByUnit
                .computeIfAbsent(u.name(), k -> new ArrayList<>())
                .add(new UnitTaskRef(list, path, t, ref.lead())));
          }
        }
        Withheld w = t.withheld();
        if (w != null && w.hidesProgress() && t.progress() != null) {
          secrets.add(new SitePlan.Secret(t.progress(), list.source().path(),
              "withheld progress of task " + t.seq()));
        }
      }
    }

    private Views.TaskTable taskTable(TaskList list) {
      List<Views.TaskGroup> groups = new ArrayList<>();
      List<Views.TaskRow> rows = new ArrayList<>();
      String currentGroup = null;
      boolean grouped = list.tasks().stream().anyMatch(t -> t.group() != null);
      SeriesHistory series = seriesOf.get(list);
      for (Task t : list.tasks()) {
        if (grouped && !rows.isEmpty() && !java.util.Objects.equals(t.group(), currentGroup)) {
          groups.add(new Views.TaskGroup(currentGroup, rows));
          rows = new ArrayList<>();
        }
        currentGroup = t.group();
        String anchor = "task-" + t.seq();
        List<Views.UnitMention> units = new ArrayList<>();
        for (UnitRef ref : t.units()) {
          Optional<Unit> unit = unitDirectory.find(ref.name());
          String name = unit.map(Unit::name).orElse(ref.name());
          units.add(new Views.UnitMention(name, unit.map(u -> unitPath(u.name())).orElse(null),
              ref.mark()));
        }
        Withheld w = t.withheld();
        List<String> progress = null;
        if (w == null || !w.hidesProgress()) {
          progress = t.progress() == null ? List.of() : lines(t.progress());
        }
        SeriesHistory.Entry entry = series == null ? null : series.entry(t);
        SeriesHistory.Change change = entry == null ? null : entry.change;
        Integer previousSeq = entry != null && entry.previous != null
            && entry.previous.task.seq() != t.seq() ? entry.previous.task.seq() : null;
        rows.add(new Views.TaskRow(t.seq(), anchor, lines(t.content()), progress,
            w == null ? null : new Views.WithheldNote(w.scope().key(), w.reason(), w.basis()),
            units, t.status() == null ? "" : t.status().label(), orEmpty(t.id()),
            change == null ? "" : change.label, change == null ? "" : change.key,
            entry == null ? null : historyLink(series, entry.chain), previousSeq));
      }
      if (!rows.isEmpty() || groups.isEmpty()) {
        groups.add(new Views.TaskGroup(grouped ? currentGroup : null, rows));
      }
      return new Views.TaskTable(list.meta().title(), list.headings(), grouped,
          list.hasProgress(), list.tasks().size(), groups);
    }

    private void columnPages(Column column, List<Document> published) {
      List<Views.DocSummary> items = new ArrayList<>();
      for (Document doc : published) {
        String c = doc.source().columnPath();
        if (c.equals(column.path()) || c.startsWith(column.path() + "/")) {
          items.add(summary(doc));
        }
      }
      int size = config.pageSize();
      int total = Math.max(1, (items.size() + size - 1) / size);
      List<Views.NavItem> kids = navItems(children.getOrDefault(column.path(), List.of()));
      for (int n = 1; n <= total; n++) {
        List<Views.PagerLink> links = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
          links.add(new Views.PagerLink(i, listingPath(column.path(), i), i == n));
        }
        Views.Pager pager = new Views.Pager(n, total, links,
            n > 1 ? listingPath(column.path(), n - 1) : null,
            n < total ? listingPath(column.path(), n + 1) : null);
        List<Views.DocSummary> pageItems =
            items.subList((n - 1) * size, Math.min(items.size(), n * size));
        Views.ColumnView view = new Views.ColumnView(column.title(), column.description(),
            column.type(), kids, pageItems, items.size(), pager);
        List<Views.MetaTag> meta = siteMeta();
        meta.add(new Views.MetaTag("ColumnName", column.title()));
        meta.add(new Views.MetaTag("ColumnDescription",
            column.description().isEmpty() ? column.title() : column.description()));
        meta.add(new Views.MetaTag("ColumnKeywords", column.keywords().isEmpty() ? column.title()
            : String.join(",", column.keywords())));
        meta.add(new Views.MetaTag("ColumnType", column.type()));
        if (!column.description().isEmpty()) {
          meta.add(new Views.MetaTag("description", column.description()));
        }
        String path = listingPath(column.path(), n);
        String title = n == 1 ? column.title() : column.title() + "（第" + n + "页）";
        List<Views.Alternate> alternates = new ArrayList<>(siteAlternates);
        alternates.addAll(columnAlternates(column.path()));
        addPage(new Page(PageKind.COLUMN, path.substring(1), title,
            Urls.absolute(config.baseUrl(), path), meta, breadcrumb(column.path(), false), view,
            null, alternates), column.location(), "the listing of column " + column.path());
        newest(published.stream().filter(d -> inColumn(d, column.path())).toList())
            .ifPresent(d -> lastmodOf.put(path, d));
      }
    }

    /**
     * The disclosure catalogue (信息公开目录): every published document by 索引号, a page per year
     * of publication (a year's page stays a readable size on a large site), and an index of years.
     */
    private void cataloguePages(List<Document> published) {
      Comparator<Document> byIndex = Comparator.comparing(
          (Document d) -> indexOrder(d.meta().index()))
          .thenComparing(d -> d.source().path());
      Map<String, List<Document>> byYear = new TreeMap<>(Comparator.reverseOrder());
      for (Document d : published) {
        byYear.computeIfAbsent(String.valueOf(d.meta().published().date().getYear()),
            k -> new ArrayList<>()).add(d);
      }
      List<Views.CatalogueYear> years = new ArrayList<>();
      byYear.forEach((year, docs) -> years.add(new Views.CatalogueYear(year,
          "/catalogue/" + year + ".html", docs.size(), false)));
      addPage(cataloguePage(CATALOGUE_INDEX, "信息公开目录", years, "", List.of()),
          Location.of("content/"), "the catalogue");
      byYear.forEach((year, docs) -> {
        List<Views.CatalogueYear> marked = years.stream().map(y -> new Views.CatalogueYear(
            y.year(), y.path(), y.count(), y.year().equals(year))).toList();
        List<Views.CatalogueItem> items = docs.stream().sorted(byIndex).map(d -> {
          Metadata m = d.meta();
          return new Views.CatalogueItem(orEmpty(m.index()), m.title(),
              pathOfSource.get(d.source().path()), orDefault(m.publisher(), config.publisher()),
              config.topics().resolve(m.topic()).orElse(orEmpty(m.topic())),
              m.published().toString(), m.published().value().toString());
        }).toList();
        addPage(cataloguePage("/catalogue/" + year + ".html", "信息公开目录（" + year + "年）",
            marked, year, items), Location.of("content/"), "the catalogue of " + year);
      });
    }

    private Page cataloguePage(
        String path, String title, List<Views.CatalogueYear> years, String year,
        List<Views.CatalogueItem> items) {
      List<Views.MetaTag> meta = siteMeta();
      meta.add(new Views.MetaTag("ColumnName", "信息公开目录"));
      meta.add(new Views.MetaTag("ColumnDescription", config.name() + "主动公开的政府信息，按索引号排列"));
      meta.add(new Views.MetaTag("ColumnKeywords", "信息公开目录,索引号"));
      meta.add(new Views.MetaTag("ColumnType", "信息公开目录"));
      List<Views.Crumb> crumbs = year.isEmpty()
          ? List.of(new Views.Crumb("首页", "/index.html"), new Views.Crumb("信息公开目录", null))
          : List.of(new Views.Crumb("首页", "/index.html"),
              new Views.Crumb("信息公开目录", CATALOGUE_INDEX), new Views.Crumb(year + "年", null));
      return new Page(PageKind.CATALOGUE, path.substring(1), title,
          Urls.absolute(config.baseUrl(), path), meta, crumbs,
          new Views.CatalogueView(title, years, year, items));
    }

    /** Index numbers in the order of their parts where the site's pattern reads them. */
    private String indexOrder(String index) {
      if (index == null) {
        return "\uffff";
      }
      Optional<IndexPattern.Parts> parts = indexPattern.flatMap(p -> p.parse(index));
      return parts.map(p -> String.format("%s|%04d|%02d|%012d", p.organCode(), p.year(),
          p.month(), p.seq())).orElse(index);
    }

    private Page homePage(List<Document> published) {
      List<Views.DocSummary> latest = published.stream().limit(HOME_LATEST)
          .map(this::summary).toList();
      List<Views.HomeSection> sections = new ArrayList<>();
      for (Column top : children.getOrDefault("", List.of())) {
        List<Views.DocSummary> items = published.stream()
            .filter(d -> d.source().columnPath().equals(top.path())
                || d.source().columnPath().startsWith(top.path() + "/"))
            .limit(HOME_SECTION).map(this::summary).toList();
        sections.add(new Views.HomeSection(
            new Views.NavItem(top.title(), listingPath(top.path(), 1)), items));
      }
      List<Views.MetaTag> meta = siteMeta();
      meta.add(new Views.MetaTag("ColumnName", "首页"));
      meta.add(new Views.MetaTag("ColumnDescription", config.description()));
      meta.add(new Views.MetaTag("ColumnKeywords", config.keywords().isEmpty() ? config.name()
          : String.join(",", config.keywords())));
      meta.add(new Views.MetaTag("ColumnType", "首页"));
      meta.add(new Views.MetaTag("description", config.description()));
      newest(published).ifPresent(d -> lastmodOf.put("/index.html", d));
      return new Page(PageKind.HOME, "index.html", config.name(),
          Urls.absolute(config.baseUrl(), "/"), meta, List.of(),
          new Views.HomeView(config.description(), latest, sections));
    }

    private void unitPages(Map<String, List<UnitTaskRef>> tasksByUnit) {
      List<Views.UnitSummary> summaries = new ArrayList<>();
      Map<String, Unit> byPath = new LinkedHashMap<>();
      for (Unit unit : unitDirectory.units()) {
        String path = unitPath(unit.name());
        if (byPath.putIfAbsent(path.toLowerCase(Locale.ROOT), unit) != null) {
          problems.accept(Problem.error(unit.location(), "unit-duplicate", "the unit `"
              + unit.name() + "` would share its page with another unit", "rename one of them"));
          continue;
        }
        List<Views.UnitTask> leads = new ArrayList<>();
        List<Views.UnitTask> assists = new ArrayList<>();
        Map<TaskList, List<UnitTaskRef>> byList = new LinkedHashMap<>();
        for (UnitTaskRef ref : tasksByUnit.getOrDefault(unit.name(), List.of())) {
          byList.computeIfAbsent(ref.list(), k -> new ArrayList<>()).add(ref);
        }
        List<Views.UnitGroup> groups = new ArrayList<>();
        for (Map.Entry<TaskList, List<UnitTaskRef>> e : byList.entrySet()) {
          TaskList list = e.getKey();
          SeriesHistory series = seriesOf.get(list);
          List<Views.UnitTask> groupLeads = new ArrayList<>();
          List<Views.UnitTask> groupAssists = new ArrayList<>();
          Map<String, Integer> leadStatus = new LinkedHashMap<>();
          Map<String, Integer> assistStatus = new LinkedHashMap<>();
          for (UnitTaskRef ref : e.getValue()) {
            Task t = ref.task();
            SeriesHistory.Entry entry = series == null ? null : series.entry(t);
            String status = t.status() == null ? Charts.NO_STATUS : t.status().label();
            Views.UnitTask task = new Views.UnitTask(list.meta().title(), ref.path(), t.seq(),
                ref.path() + "#task-" + t.seq(), excerpt(t.content()),
                t.status() == null ? "" : t.status().label(),
                entry == null ? null : historyLink(series, entry.chain),
                entry == null || entry.change == null ? "" : entry.change.label);
            (ref.lead() ? groupLeads : groupAssists).add(task);
            (ref.lead() ? leadStatus : assistStatus).merge(status, 1, Integer::sum);
          }
          leads.addAll(groupLeads);
          assists.addAll(groupAssists);
          groups.add(new Views.UnitGroup("list-" + (groups.size() + 1), list.meta().title(),
              pathOfSource.get(list.source().path()), orEmpty(list.period()),
              series == null ? null : historyPathOf.get(series), groupLeads, groupAssists,
              Charts.inStatusOrder(leadStatus), Charts.inStatusOrder(assistStatus)));
        }
        summaries.add(new Views.UnitSummary(unit.name(), path, leads.size(), assists.size()));
        List<Views.MetaTag> meta = siteMeta();
        meta.add(new Views.MetaTag("description", unit.name() + "牵头和配合的重点工作"));
        addPage(new Page(PageKind.UNIT, path.substring(1), unit.name(),
            Urls.absolute(config.baseUrl(), path), meta,
            List.of(new Views.Crumb("首页", "/index.html"),
                new Views.Crumb("责任单位", siteView.unitsPath()),
                new Views.Crumb(unit.name(), null)),
            new Views.UnitView(unit.name(), unit.aliases(), groups, leads, assists)),
            unit.location(), "the page of unit " + unit.name());
      }
      addPage(new Page(PageKind.UNITS, siteView.unitsPath().substring(1), "责任单位",
          Urls.absolute(config.baseUrl(), siteView.unitsPath()), siteMeta(),
          List.of(new Views.Crumb("首页", "/index.html"), new Views.Crumb("责任单位", null)),
          new Views.UnitsView(summaries)),
          Location.of("units.yaml"), "the list of units");
    }

    /** Groups the published task lists into series and gives each series its history page. */
    private void planSeries(List<Document> published) {
      List<TaskList> lists = new ArrayList<>();
      for (Document d : published) {
        if (d instanceof TaskList l) {
          lists.add(l);
        }
      }
      for (SeriesHistory h : SeriesHistory.of(lists, problems)) {
        h.periods.forEach(l -> seriesOf.put(l, h));
        TaskList latest = h.latest();
        if (!safeSegment(h.name)) {
          problems.accept(Problem.error(latest.source().at("series"), "series-name", "the series"
              + " name `" + h.name + "` cannot be the file name of its history page: it must"
              + " not be `.` or `..`, or contain / \\ ? # % * : | \" < >, spaces or control"
              + " characters", "use letters, digits, - and _, e.g. series: 2023-key-tasks"));
          continue;
        }
        historyPathOf.put(h, "/" + latest.source().columnPath() + "/" + SERIES_FOLDER + "/"
            + h.name + ".html");
      }
    }

    /** The link to a task's section on its series' history page, or null without one. */
    private String historyLink(SeriesHistory series, SeriesHistory.Chain chain) {
      String path = historyPathOf.get(series);
      return path == null ? null : path + "#" + chain.anchor;
    }

    private List<Views.PeriodLink> periodLinks(SeriesHistory h, TaskList current) {
      List<Views.PeriodLink> out = new ArrayList<>();
      for (int i = h.periods.size() - 1; i >= 0; i--) {
        TaskList l = h.periods.get(i);
        out.add(new Views.PeriodLink(SeriesHistory.label(l), l.meta().title(),
            pathOfSource.get(l.source().path()), l.meta().published().toString(), l == current,
            l == h.latest()));
      }
      return out;
    }

    private Views.SeriesNav seriesNav(TaskList list) {
      SeriesHistory h = seriesOf.get(list);
      if (h == null) {
        return null;
      }
      int index = h.indexOf(list);
      List<Views.RemovedTask> removed = new ArrayList<>();
      for (SeriesHistory.Entry p : h.droppedBy(index)) {
        removed.add(new Views.RemovedTask(p.task.seq(), orEmpty(p.task.id()),
            SeriesHistory.label(p.list), excerpt(p.task.content()), historyLink(h, p.chain)));
      }
      List<Views.Count> counts = new ArrayList<>();
      if (index > 0) {
        for (SeriesHistory.Change c : SeriesHistory.Change.values()) {
          int n = (int) list.tasks().stream().filter(t -> h.entry(t).change == c).count();
          counts.add(new Views.Count(c.label, n));
        }
      }
      return new Views.SeriesNav(h.name, historyPathOf.get(h), periodLinks(h, list),
          index > 0 ? SeriesHistory.label(h.periods.get(index - 1)) : null,
          list == h.latest(), removed, counts);
    }

    private Page historyPage(SeriesHistory h) {
      String path = historyPathOf.get(h);
      TaskList latest = h.latest();
      String title = "历次进展：" + latest.meta().title();
      java.util.function.Supplier<?> view = Page.lazy(() -> {
        List<Views.HistoryTask> tasks = new ArrayList<>();
        for (SeriesHistory.Chain c : h.current) {
          tasks.add(historyTask(h, c));
        }
        List<Views.HistoryTask> removed = new ArrayList<>();
        for (SeriesHistory.Chain c : h.removed) {
          removed.add(historyTask(h, c));
        }
        return new Views.SeriesView(h.name, title, periodLinks(h, null), tasks, removed);
      });
      Column column = columns.get(latest.source().columnPath());
      List<Views.MetaTag> meta = siteMeta();
      meta.add(new Views.MetaTag("ColumnName", column == null ? "" : column.title()));
      meta.add(new Views.MetaTag("ColumnType", column == null ? "" : column.type()));
      meta.add(new Views.MetaTag("ArticleTitle", title));
      meta.add(new Views.MetaTag("PubDate", latest.meta().published().toMinuteString()));
      String publisher = orDefault(latest.meta().publisher(), config.publisher());
      meta.add(new Views.MetaTag("ContentSource", orDefault(latest.meta().source(), publisher)));
      meta.add(new Views.MetaTag("Author", publisher));
      meta.add(new Views.MetaTag("Description", excerpt(title + "，共" + h.periods.size()
          + "期，各项任务历次进展情况。")));
      meta.add(new Views.MetaTag("Url", Urls.absolute(config.baseUrl(), path)));
      lastmodOf.put(path, lastmod(latest));
      pageKeys.put(path.substring(1), seriesKey(h));
      List<Views.Alternate> alternates = new ArrayList<>(siteAlternates);
      alternates.addAll(columnAlternates(latest.source().columnPath()));
      return new Page(PageKind.SERIES, path.substring(1), title,
          Urls.absolute(config.baseUrl(), path), meta,
          breadcrumb(latest.source().columnPath(), true), view, latest.source().path(),
          alternates);
    }

    private Views.HistoryTask historyTask(SeriesHistory h, SeriesHistory.Chain c) {
      List<Views.HistoryEntry> entries = new ArrayList<>();
      for (int i = c.entries.size() - 1; i >= 0; i--) {
        SeriesHistory.Entry e = c.entries.get(i);
        Task t = e.task;
        String progress = SeriesHistory.publicProgress(t);
        List<String> added = List.of();
        List<String> dropped = List.of();
        String previousStatus = null;
        Integer previousSeq = null;
        if (e.previous != null) {
          Task p = e.previous.task;
          String before = SeriesHistory.publicProgress(p);
          if (e.change == SeriesHistory.Change.CHANGED && progress != null && before != null
              && !before.isBlank()) {
            added = SeriesHistory.addedSentences(before, progress);
            dropped = SeriesHistory.addedSentences(progress, before);
          }
          if (!SeriesHistory.sameStatus(p, t)) {
            previousStatus = p.status() == null ? "未标注" : p.status().label();
          }
          if (p.seq() != t.seq()) {
            previousSeq = p.seq();
          }
        }
        Withheld w = t.withheld();
        entries.add(new Views.HistoryEntry(SeriesHistory.label(e.list), e.list.meta().title(),
            pathOfSource.get(e.list.source().path()) + "#task-" + t.seq(), t.seq(),
            e.change == null ? "" : e.change.label, e.change == null ? "" : e.change.key,
            progress == null ? null : lines(progress),
            w == null ? null : new Views.WithheldNote(w.scope().key(), w.reason(), w.basis()),
            t.status() == null ? "" : t.status().label(), previousSeq, previousStatus, added,
            dropped));
      }
      Task last = c.last().task;
      List<Views.UnitMention> units = new ArrayList<>();
      for (UnitRef ref : last.units()) {
        Optional<Unit> unit = unitDirectory.find(ref.name());
        units.add(new Views.UnitMention(unit.map(Unit::name).orElse(ref.name()),
            unit.map(u -> unitPath(u.name())).orElse(null), ref.mark()));
      }
      return new Views.HistoryTask(c.anchor, last.seq(), orEmpty(last.id()),
          lines(last.content()), units, last.status() == null ? "" : last.status().label(),
          SeriesHistory.label(c.last().list), c.last().list != h.latest(), entries);
    }

    private List<Views.Alternate> columnAlternates(String columnPath) {
      if (!columnsWithFeed.contains(columnPath)) {
        return List.of();
      }
      Column c = columns.get(columnPath);
      return List.of(new Views.Alternate(ATOM, (c == null ? columnPath : c.title()) + "：最新信息",
          "/" + columnPath + "/" + FEED_FILE));
    }

    /**
     * The files for programs: the site's Atom feed and one per column, data/catalog.json,
     * sitemap.xml and robots.txt.
     */
    private void crawlFiles(List<Document> published) {
      Location content = Location.of("content/");
      if (!published.isEmpty()) {
        addPage(feedPage(published, null), content, "the site's feed");
      }
      for (Column column : columns.values()) {
        if (columnsWithFeed.contains(column.path())) {
          addPage(feedPage(published.stream().filter(d -> inColumn(d, column.path())).toList(),
              column), column.location(), "the feed of column " + column.path());
        }
      }
      List<Views.CatalogEntry> catalog = new ArrayList<>();
      for (Document d : published) {
        Metadata m = d.meta();
        String path = pathOfSource.get(d.source().path());
        Column column = columns.get(d.source().columnPath());
        String publisher = orDefault(m.publisher(), config.publisher());
        Views.DataLinks data = null;
        String series = "";
        String period = "";
        if (d instanceof TaskList l) {
          String stem = path.substring(0, path.length() - ".html".length());
          series = orEmpty(l.series());
          period = orEmpty(l.period());
          data = new Views.DataLinks(path, stem + ".json", stem + ".csv", series, period);
        }
        catalog.add(new Views.CatalogEntry(orEmpty(m.index()), m.title(),
            d instanceof TaskList ? "taskList" : "report", publisher,
            m.written() == null ? "" : m.written().toString(), m.published().toString(),
            atomTime(m.published().value()), m.updated() == null ? "" : m.updated().toString(),
            d.source().columnPath(), column == null ? "" : column.title(),
            config.topics().resolve(m.topic()).orElse(orEmpty(m.topic())),
            orEmpty(m.docNumber()), series, period, path, data));
      }
      addPage(new Page(PageKind.CATALOG, CATALOG_PATH.substring(1), "数据目录",
          Urls.absolute(config.baseUrl(), CATALOG_PATH), List.of(), List.of(),
          new Views.CatalogView(catalog)), content, "data/catalog.json");
      List<Views.SitemapUrl> urls = new ArrayList<>();
      for (Page p : pages) {
        if (p.kind().format() == Format.HTML && p.kind() != PageKind.NOT_FOUND) {
          String path = "/" + p.path();
          LocalDate lastmod = lastmodOf.get(path);
          urls.add(new Views.SitemapUrl(path.equals("/index.html") ? "/" : path,
              lastmod == null ? "" : lastmod.toString()));
        }
      }
      urls.sort(Comparator.comparing(Views.SitemapUrl::path));
      addPage(new Page(PageKind.SITEMAP, "sitemap.xml", "sitemap",
          Urls.absolute(config.baseUrl(), "/sitemap.xml"), List.of(), List.of(),
          new Views.SitemapView(urls)), content, "sitemap.xml");
      if (!site.files().contains("static/robots.txt")) {
        // a site's own static/robots.txt is copied instead
        addPage(new Page(PageKind.ROBOTS, "robots.txt", "robots.txt",
            Urls.absolute(config.baseUrl(), "/robots.txt"), List.of(), List.of(),
            new Views.RobotsView("/sitemap.xml")), content, "robots.txt");
      }
    }

    private Page feedPage(List<Document> docs, Column column) {
      String path = column == null ? FEED_PATH : "/" + column.path() + "/" + FEED_FILE;
      List<Views.FeedEntry> entries = new ArrayList<>();
      String updated = null;
      for (Document d : docs.stream().limit(FEED_SIZE).toList()) {
        Metadata m = d.meta();
        Column c = columns.get(d.source().columnPath());
        String entryUpdated = atomTime(updatedTime(d));
        if (updated == null || entryUpdated.compareTo(updated) > 0) {
          updated = entryUpdated;
        }
        String summary = "索引号：" + orEmpty(m.index()) + "；发布日期：" + m.published() + "。"
            + descriptionOf.getOrDefault(d.source().path(), "");
        entries.add(new Views.FeedEntry(entryId(d), m.title(), pathOfSource.get(
            d.source().path()), orEmpty(m.index()), m.published().toString(),
            m.published().value().toString(), updatedTime(d).toString(),
            atomTime(m.published().value()), entryUpdated,
            orDefault(m.publisher(), config.publisher()), d.source().columnPath(),
            c == null ? "" : c.title(), summary));
      }
      String title = column == null ? config.name() : column.title() + " - " + config.name();
      return new Page(PageKind.FEED, path.substring(1), title,
          Urls.absolute(config.baseUrl(), path), List.of(), List.of(),
          new Views.FeedView(Urls.absolute(config.baseUrl(), path), title,
              column == null ? config.description() : column.description(), path,
              column == null ? "/index.html" : listingPath(column.path(), 1),
              column == null ? "" : column.path(), updated, config.name(), entries));
    }

    /**
     * A feed entry's id, stable across builds, renames and moves: a tag URI (RFC 4151) of the
     * site's domain, the year of the document's 成文日期 (or 发布日期) and its 索引号, which never
     * changes; the page URL only for a document that has no index number.
     */
    private String entryId(Document d) {
      Metadata m = d.meta();
      if (m.index() == null || m.index().isBlank()) {
        return Urls.absolute(config.baseUrl(), pathOfSource.get(d.source().path()));
      }
      int year = m.written() != null ? m.written().getYear() : m.published().date().getYear();
      return "tag:" + config.domain() + "," + year + ":" + Urls.encodeSegment(m.index())
          .replace("%2F", "/");
    }

    /** When a document last changed: its 更新日期 when later than its 发布日期. */
    private LocalDateTime updatedTime(Document d) {
      Metadata m = d.meta();
      LocalDateTime published = m.published().value();
      return m.updated() != null && m.updated().isAfter(m.published().date())
          ? m.updated().atStartOfDay() : published;
    }

    private String atomTime(LocalDateTime time) {
      return time.atZone(config.timezone()).format(RFC_3339);
    }

    private Optional<LocalDate> newest(List<Document> docs) {
      return docs.stream().map(SiteAssembler::lastmod).max(Comparator.naturalOrder());
    }

    private Optional<String> resolveLink(Document doc, String fromOutput, String destination) {
      String fragment = "";
      String target = destination;
      int hash = target.indexOf('#');
      if (hash >= 0) {
        fragment = target.substring(hash);
        target = target.substring(0, hash);
      }
      if (target.isEmpty() || target.contains("?")) {
        return Optional.empty();
      }
      String decoded;
      try {
        decoded = java.net.URLDecoder.decode(target.replace("+", "%2B"),
            java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      java.nio.file.Path base = java.nio.file.Path.of("content", doc.source().columnPath());
      String resolved = base.resolve(decoded).normalize().toString().replace('\\', '/');
      if (resolved.startsWith("..")) {
        return Optional.empty();
      }
      String page = pathOfSource.get(resolved);
      if (page != null) {
        return Optional.of(Urls.relative(fromOutput, page + fragment));
      }
      if (resolved.startsWith("content/") && site.files().contains(resolved)) {
        return Optional.of(Urls.relative(fromOutput,
            "/" + resolved.substring("content/".length()) + fragment));
      }
      return Optional.empty();
    }

    private String resolveImage(String fromOutput, String src) {
      java.nio.file.Path dir = java.nio.file.Path.of("/" + fromOutput).getParent();
      return dir.resolve(src).normalize().toString().replace('\\', '/');
    }

    private Views.DocSummary summary(Document doc) {
      Metadata m = doc.meta();
      Column column = columns.get(doc.source().columnPath());
      return new Views.DocSummary(m.title(), pathOfSource.get(doc.source().path()),
          orEmpty(m.index()), m.published().toString(), m.published().value().toString(),
          column == null ? "" : column.title());
    }

    private List<Views.Crumb> breadcrumb(String columnPath, boolean linkLast) {
      List<Views.Crumb> crumbs = new ArrayList<>();
      crumbs.add(new Views.Crumb("首页", "/index.html"));
      String[] parts = columnPath.split("/");
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          prefix.append('/');
        }
        prefix.append(parts[i]);
        Column c = columns.get(prefix.toString());
        String title = c == null ? parts[i] : c.title();
        boolean last = i == parts.length - 1;
        crumbs.add(new Views.Crumb(title, last && !linkLast ? null
            : listingPath(prefix.toString(), 1)));
      }
      return crumbs;
    }

    private List<Views.NavItem> navItems(List<Column> list) {
      return list.stream().map(c -> new Views.NavItem(c.title(), listingPath(c.path(), 1)))
          .toList();
    }

    private List<Views.MetaTag> siteMeta() {
      List<Views.MetaTag> meta = new ArrayList<>();
      meta.add(new Views.MetaTag("SiteName", config.name()));
      meta.add(new Views.MetaTag("SiteDomain", config.domain()));
      meta.add(new Views.MetaTag("SiteIDCode", config.siteCode()));
      return meta;
    }
  }

  /** The folder of series history pages inside a column. */
  public static final String SERIES_FOLDER = "series";
  static final String ATOM = "application/atom+xml";
  static final String FEED_FILE = "feed.xml";
  static final String FEED_PATH = "/" + FEED_FILE;
  static final String CATALOG_PATH = "/data/catalog.json";
  static final int FEED_SIZE = 20;
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  static boolean inColumn(Document d, String columnPath) {
    String c = d.source().columnPath();
    return c.equals(columnPath) || c.startsWith(columnPath + "/");
  }

  /** The sitemap's lastmod of a document: its 更新日期 or 发布日期, whichever is later. */
  static LocalDate lastmod(Document d) {
    LocalDate published = d.meta().published().date();
    LocalDate updated = d.meta().updated();
    return updated != null && updated.isAfter(published) ? updated : published;
  }

  /** Where a page comes from, for collision messages. */
  private record PageOrigin(Location at, String what) {}

  /** A task naming a unit, for that unit's page. */
  private record UnitTaskRef(TaskList list, String path, Task task, boolean lead) {}

  static final Comparator<Document> NEWEST_FIRST = Comparator
      .comparing((Document d) -> d.meta().published(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(d -> d.source().path());

  static String listingPath(String columnPath, int page) {
    return "/" + columnPath + "/" + (page == 1 ? "index.html" : "index_" + page + ".html");
  }

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern NEWLINE = java.util.regex.Pattern.compile("\n");

  private static boolean safeSegment(String slug) {
    if (slug.isEmpty() || slug.equals(".") || slug.equals("..")) {
      return false;
    }
    return slug.codePoints().noneMatch(c -> UNSAFE_SLUG.indexOf(c) >= 0
        || Character.isWhitespace(c) || Character.isISOControl(c));
  }

  static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : NEWLINE.split(text)) {
      if (!line.isBlank()) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static String excerpt(String text) {
    String flat = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (flat.codePointCount(0, flat.length()) <= DESCRIPTION_LENGTH) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, DESCRIPTION_LENGTH)) + "…";
  }

  static String humanSize(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
