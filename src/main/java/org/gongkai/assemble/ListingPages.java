package org.gongkai.assemble;

import static org.gongkai.assemble.SiteLayout.listingPath;
import static org.gongkai.assemble.Text.excerpt;
import static org.gongkai.assemble.Text.orEmpty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.index.IndexPattern;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Column;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;

/**
 * The pages that list documents: the home page, each column's paginated listing, the disclosure
 * catalogue (信息公开目录) and the responsible units' pages.
 */
final class ListingPages {

  private static final int HOME_LATEST = 10;
  private static final int HOME_SECTION = 5;
  private static final Location CONTENT = Location.of("content/");

  private final SiteLayout layout;
  private final SeriesPages series;
  private final DocumentPages documents;
  private final PageSet pages;
  private final Consumer<Problem> problems;
  private final Optional<IndexPattern> indexPattern;

  ListingPages(SiteLayout layout, SeriesPages series, DocumentPages documents, PageSet pages,
      Consumer<Problem> problems) {
    this.layout = layout;
    this.series = series;
    this.documents = documents;
    this.pages = pages;
    this.problems = problems;
    Optional<IndexPattern> pattern;
    try {
      pattern = Optional.of(IndexPattern.compile(layout.config.indexPattern()));
    } catch (IllegalArgumentException e) {
      // the config stage has reported the bad pattern; the catalogue then sorts numbers as text
      pattern = Optional.empty();
    }
    this.indexPattern = pattern;
  }

  void addAll() {
    for (Column column : layout.columns()) {
      columnPages(column);
    }
    pages.add(homePage(), CONTENT, Text.of("assemble.page.home"));
    unitPages();
    cataloguePages();
  }

  private void columnPages(Column column) {
    List<Document> inColumn = byYearIfAnnual(layout.published().stream()
        .filter(d -> SiteLayout.inColumn(d, column.path())).toList());
    List<Views.DocSummary> items = inColumn.stream().map(layout::summary).toList();
    int size = layout.config.pageSize();
    int total = Math.max(1, (items.size() + size - 1) / size);
    List<Views.NavItem> kids = layout.navItems(column.path());
    List<Views.Alternate> alternates = layout.alternates(column.path());
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
      List<Views.MetaTag> meta = layout.siteMeta();
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
      pages.add(new Page(PageKind.COLUMN, path.substring(1), title, layout.absolute(path), meta,
          layout.breadcrumb(column.path(), false), view, null, alternates), column.location(),
          Text.of("assemble.page.column", column.path()));
      SiteLayout.newest(inColumn).ifPresent(d -> pages.lastmod(path, d));
    }
  }

  /**
   * A column of annual reports is listed by the year each reports on, newest first, whatever the
   * day each went online (a report moved from an older site, say); other columns stay newest
   * first by 发布日期.
   */
  private static List<Document> byYearIfAnnual(List<Document> docs) {
    if (docs.isEmpty() || !docs.stream().allMatch(d -> d instanceof AnnualReport)) {
      return docs;
    }
    return docs.stream().sorted(Comparator
        .comparingInt((Document d) -> ((AnnualReport) d).year()).reversed()
        .thenComparing(SiteLayout.NEWEST_FIRST)).toList();
  }

  private Page homePage() {
    List<Document> published = layout.published();
    List<Views.DocSummary> latest = published.stream().limit(HOME_LATEST)
        .map(layout::summary).toList();
    List<Views.HomeSection> sections = new ArrayList<>();
    for (Column top : layout.children("")) {
      List<Views.DocSummary> items = published.stream()
          .filter(d -> SiteLayout.inColumn(d, top.path()))
          .limit(HOME_SECTION).map(layout::summary).toList();
      sections.add(new Views.HomeSection(
          new Views.NavItem(top.title(), listingPath(top.path(), 1)), items));
    }
    var config = layout.config;
    List<Views.MetaTag> meta = layout.siteMeta();
    meta.add(new Views.MetaTag("ColumnName", "首页"));
    meta.add(new Views.MetaTag("ColumnDescription", config.description()));
    meta.add(new Views.MetaTag("ColumnKeywords", config.keywords().isEmpty() ? config.name()
        : String.join(",", config.keywords())));
    meta.add(new Views.MetaTag("ColumnType", "首页"));
    meta.add(new Views.MetaTag("description", config.description()));
    SiteLayout.newest(published).ifPresent(d -> pages.lastmod("/index.html", d));
    return new Page(PageKind.HOME, "index.html", config.name(), layout.absolute("/"), meta,
        List.of(), new Views.HomeView(config.description(), latest, sections));
  }

  /**
   * The disclosure catalogue (信息公开目录): every published document by 索引号, a page per year
   * of publication (a year's page stays a readable size on a large site), and an index of years.
   */
  private void cataloguePages() {
    Map<Document, String> order = new java.util.IdentityHashMap<>();
    layout.published().forEach(d -> order.put(d, indexOrder(d.meta().index())));
    Comparator<Document> byIndex = Comparator.comparing((Document d) -> order.get(d))
        .thenComparing(d -> d.source().path());
    Map<String, List<Document>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Document d : layout.published()) {
      byYear.computeIfAbsent(String.valueOf(d.meta().published().date().getYear()),
          k -> new ArrayList<>()).add(d);
    }
    List<Views.CatalogueYear> years = new ArrayList<>();
    byYear.forEach((year, docs) -> years.add(new Views.CatalogueYear(year,
        "/catalogue/" + year + ".html", docs.size(), false)));
    pages.add(cataloguePage(SiteLayout.CATALOGUE_INDEX, "信息公开目录", years, "", List.of()),
        CONTENT, Text.of("assemble.page.catalogue"));
    byYear.forEach((year, docs) -> {
      List<Views.CatalogueYear> marked = years.stream().map(y -> new Views.CatalogueYear(
          y.year(), y.path(), y.count(), y.year().equals(year))).toList();
      List<Views.CatalogueItem> items = docs.stream().sorted(byIndex).map(d -> {
        Metadata m = d.meta();
        return new Views.CatalogueItem(orEmpty(m.index()), m.title(), layout.pathOf(d),
            layout.publisher(m), layout.topic(m), m.published().toString(),
            m.published().value().toString());
      }).toList();
      pages.add(cataloguePage("/catalogue/" + year + ".html", "信息公开目录（" + year + "年）",
          marked, year, items), CONTENT, Text.of("assemble.page.catalogue-year", year));
    });
  }

  private Page cataloguePage(
      String path, String title, List<Views.CatalogueYear> years, String year,
      List<Views.CatalogueItem> items) {
    List<Views.MetaTag> meta = layout.siteMeta();
    meta.add(new Views.MetaTag("ColumnName", "信息公开目录"));
    meta.add(new Views.MetaTag("ColumnDescription",
        layout.config.name() + "主动公开的政府信息，按索引号排列"));
    meta.add(new Views.MetaTag("ColumnKeywords", "信息公开目录,索引号"));
    meta.add(new Views.MetaTag("ColumnType", "信息公开目录"));
    List<Views.Crumb> crumbs = year.isEmpty()
        ? List.of(new Views.Crumb("首页", "/index.html"), new Views.Crumb("信息公开目录", null))
        : List.of(new Views.Crumb("首页", "/index.html"),
            new Views.Crumb("信息公开目录", SiteLayout.CATALOGUE_INDEX),
            new Views.Crumb(year + "年", null));
    return new Page(PageKind.CATALOGUE, path.substring(1), title, layout.absolute(path), meta,
        crumbs, new Views.CatalogueView(title, years, year, items));
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

  /** A page per unit of units.yaml with the tasks it leads and assists, and the list of units. */
  private void unitPages() {
    List<Views.UnitSummary> summaries = new ArrayList<>();
    ContentKey unitsKey = new ContentKey();
    Map<String, Unit> byPath = new LinkedHashMap<>();
    for (Unit unit : layout.units.units()) {
      String path = SiteLayout.unitPath(unit.name());
      if (byPath.putIfAbsent(path.toLowerCase(Locale.ROOT), unit) != null) {
        problems.accept(Problem.error(unit.location(), "unit-duplicate",
            Text.of("assemble.unit-page-shared", unit.name()),
            Text.of("assemble.unit-page-shared-hint")));
        continue;
      }
      List<Views.UnitTask> leads = new ArrayList<>();
      List<Views.UnitTask> assists = new ArrayList<>();
      // by identity: a task list's own hash code walks all its tasks
      Map<TaskList, List<DocumentPages.UnitTask>> byList = new java.util.IdentityHashMap<>();
      List<TaskList> lists = new ArrayList<>();
      for (DocumentPages.UnitTask ref : documents.tasksOf(unit.name())) {
        byList.computeIfAbsent(ref.list(), k -> {
          lists.add(k);
          return new ArrayList<>();
        }).add(ref);
      }
      // what the page shows besides what every page shares (the global key): its unit, and
      // each list it appears in with that list's series
      ContentKey key = new ContentKey().add(unit.name()).add(String.join(",", unit.aliases()));
      List<Views.UnitGroup> groups = new ArrayList<>();
      for (TaskList list : lists) {
        key.add(list.source().path()).add(series.documentKey(list));
        SeriesHistory history = series.of(list);
        List<Views.UnitTask> groupLeads = new ArrayList<>();
        List<Views.UnitTask> groupAssists = new ArrayList<>();
        Map<String, Integer> leadStatus = new LinkedHashMap<>();
        Map<String, Integer> assistStatus = new LinkedHashMap<>();
        for (DocumentPages.UnitTask ref : byList.get(list)) {
          Task t = ref.task();
          SeriesHistory.Entry entry = history == null ? null : history.entry(t);
          String status = t.status() == null ? Charts.NO_STATUS : t.status().label();
          Views.UnitTask task = new Views.UnitTask(list.meta().title(), ref.path(), t.seq(),
              ref.path() + "#task-" + t.seq(), excerpt(t.content()),
              t.status() == null ? "" : t.status().label(),
              entry == null ? null : series.historyLink(history, entry.chain),
              entry == null || entry.change == null ? "" : entry.change.label);
          (ref.lead() ? groupLeads : groupAssists).add(task);
          (ref.lead() ? leadStatus : assistStatus).merge(status, 1, Integer::sum);
        }
        leads.addAll(groupLeads);
        assists.addAll(groupAssists);
        groups.add(new Views.UnitGroup("list-" + (groups.size() + 1), list.meta().title(),
            layout.pathOf(list), orEmpty(list.period()),
            history == null ? null : series.historyPath(history), groupLeads, groupAssists,
            Charts.inStatusOrder(leadStatus), Charts.inStatusOrder(assistStatus)));
      }
      summaries.add(new Views.UnitSummary(unit.name(), path, leads.size(), assists.size()));
      List<Views.MetaTag> meta = layout.siteMeta();
      meta.add(new Views.MetaTag("description", unit.name() + "牵头和配合的重点工作"));
      pages.add(new Page(PageKind.UNIT, path.substring(1), unit.name(), layout.absolute(path),
          meta, List.of(new Views.Crumb("首页", "/index.html"),
              new Views.Crumb("责任单位", layout.siteView.unitsPath()),
              new Views.Crumb(unit.name(), null)),
          new Views.UnitView(unit.name(), unit.aliases(), groups, leads, assists)),
          unit.location(), Text.of("assemble.page.unit", unit.name()));
      String unitKey = key.toString();
      pages.key(path.substring(1), unitKey);
      unitsKey.add(path).add(unitKey);
    }
    String unitsPath = layout.siteView.unitsPath();
    pages.add(new Page(PageKind.UNITS, unitsPath.substring(1), "责任单位",
        layout.absolute(unitsPath), layout.siteMeta(),
        List.of(new Views.Crumb("首页", "/index.html"), new Views.Crumb("责任单位", null)),
        new Views.UnitsView(summaries)),
        Location.of("units.yaml"), Text.of("assemble.page.units"));
    pages.key(unitsPath.substring(1), unitsKey.toString());
  }
}
