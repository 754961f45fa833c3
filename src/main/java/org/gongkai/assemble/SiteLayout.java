package org.gongkai.assemble;

import static org.gongkai.assemble.Text.orDefault;
import static org.gongkai.assemble.Text.orEmpty;
import static org.gongkai.assemble.Text.safeName;
import static org.gongkai.assemble.Text.unsafeInName;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Column;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.SiteIdentity;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitRef;

/**
 * Where everything is: the column tree, the URL of each published document, the units, and what
 * every page shares (navigation, breadcrumbs, the site's government meta tags, feed links). Made
 * once per build before any page, and not changed after.
 */
final class SiteLayout {

  static final String UNITS_FOLDER = "units";
  /** The folder of series history pages inside a column. */
  static final String SERIES_FOLDER = "series";
  static final String CATALOGUE_INDEX = "/catalogue/index.html";
  /** 网站地图, the readers' site map (sitemap.xml is the crawlers'). */
  static final String SITE_MAP_PAGE = "/sitemap.html";
  /** The 联系我们 page made from site.yaml's contact fields when the site has none of its own. */
  static final String CONTACT_PAGE = "/contact.html";
  static final String MIIT_FILING = "https://beian.miit.gov.cn/";
  static final String POLICE_FILING =
      "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";
  static final String FEED_FILE = "feed.xml";
  static final String FEED_PATH = "/" + FEED_FILE;
  static final String CATALOG_PATH = "/data/catalog.json";
  static final String ATOM = "application/atom+xml";

  static final Comparator<Document> NEWEST_FIRST = Comparator
      .comparing((Document d) -> d.meta().published(),
          Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(d -> d.source().path());

  final Site site;
  final SiteConfig config;
  final UnitDirectory units;
  private final Map<String, Column> columns = new TreeMap<>();
  private final Map<String, List<Column>> children = new HashMap<>();
  private final Map<String, String> pathOfSource = new HashMap<>();
  private final List<Document> published = new ArrayList<>();
  private final Set<String> columnsWithFeed = new HashSet<>();
  final Views.SiteView siteView;
  /** The site feed, which every HTML page advertises. */
  final List<Views.Alternate> siteAlternates;

  /**
   * Lays out a site.
   *
   * @param publishable the documents that are published; those without a safe, free URL are left
   *     out, with a problem each
   */
  SiteLayout(Site site, List<Document> publishable, Consumer<Problem> problems) {
    this.site = site;
    this.config = site.config();
    this.units = new UnitDirectory(site.units());
    Comparator<Column> siblingOrder = Comparator.comparingInt(Column::order)
        .thenComparing(Column::title).thenComparing(Column::path);
    for (Column c : site.columns()) {
      columns.put(c.path(), c);
      children.computeIfAbsent(c.parentPath() == null ? "" : c.parentPath(), k -> new ArrayList<>())
          .add(c);
    }
    children.values().forEach(list -> list.sort(siblingOrder));

    List<Document> newestFirst = new ArrayList<>(publishable);
    newestFirst.sort(NEWEST_FIRST);
    assignPaths(newestFirst, problems);
    for (Document doc : newestFirst) {
      if (pathOfSource.containsKey(doc.source().path())) {
        published.add(doc);
      }
    }
    siteView = new Views.SiteView(config.name(), config.domain(), config.siteCode(),
        config.baseUrl(), navItems(""), "/" + UNITS_FOLDER + "/index.html", CATALOGUE_INDEX,
        footer());
    siteAlternates = published.isEmpty() ? List.of()
        : List.of(new Views.Alternate(ATOM, config.name() + "：最新信息", FEED_PATH));
    for (Column column : columns.values()) {
      if (published.stream().anyMatch(d -> inColumn(d, column.path()))) {
        columnsWithFeed.add(column.path());
      }
    }
  }

  private Views.Footer footer() {
    SiteIdentity id = config.identity();
    String police = id.policeRecord() == null ? null
        : POLICE_FILING + id.policeRecord().replaceAll("\\D", "");
    String mark = id.markImage() != null && site.files().contains(id.markImage())
        ? "/" + id.markImage().substring("static/".length()) : null;
    String errorReport = id.errorReportUrl().replace("{siteCode}",
        URLEncoder.encode(config.siteCode(), StandardCharsets.UTF_8));
    return new Views.Footer(id.sponsor(), id.organizer(), id.phone(), id.address(), id.icp(),
        MIIT_FILING, id.policeRecord(), police, mark, id.markLink(), contactPath(), SITE_MAP_PAGE,
        errorReport);
  }

  /** The 联系我们 page: the site's own, or the one made from the contact fields. */
  String contactPath() {
    String own = config.identity().contactPage();
    return own != null ? own : CONTACT_PAGE;
  }

  /** The published documents that have a page, newest first. */
  List<Document> published() {
    return published;
  }

  /** The columns in path order. */
  Collection<Column> columns() {
    return columns.values();
  }

  /** The column at a path, or null when the folder has no {@code _column.yaml}. */
  Column column(String path) {
    return columns.get(path);
  }

  String columnTitle(String path) {
    Column c = columns.get(path);
    return c == null ? "" : c.title();
  }

  /** The columns directly under a column ({@code ""} for the top level), in menu order. */
  List<Column> children(String path) {
    return children.getOrDefault(path, List.of());
  }

  /** The site path of a published document's page. */
  String pathOf(Document doc) {
    return pathOfSource.get(doc.source().path());
  }

  /** The site path of the page of the published document at a source path, or null. */
  String pathOfSource(String sourcePath) {
    return pathOfSource.get(sourcePath);
  }

  boolean hasFeed(String columnPath) {
    return columnsWithFeed.contains(columnPath);
  }

  String absolute(String sitePath) {
    return Urls.absolute(config.baseUrl(), sitePath);
  }

  /** A document's 发布机构: its own, or the site's. */
  String publisher(Metadata m) {
    return orDefault(m.publisher(), config.publisher());
  }

  /** A document's 主题分类 as the site's topic list names it. */
  String topic(Metadata m) {
    return config.topics().resolve(m.topic()).orElse(orEmpty(m.topic()));
  }

  /** The meta tags every page has: the site's name, domain and 网站标识码. */
  List<Views.MetaTag> siteMeta() {
    List<Views.MetaTag> meta = new ArrayList<>();
    meta.add(new Views.MetaTag("SiteName", config.name()));
    meta.add(new Views.MetaTag("SiteDomain", config.domain()));
    meta.add(new Views.MetaTag("SiteIDCode", config.siteCode()));
    return meta;
  }

  /** 首页 and the columns down to {@code columnPath}; the last one linked or not. */
  List<Views.Crumb> breadcrumb(String columnPath, boolean linkLast) {
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

  /** Links to the columns under a column ({@code ""} for the site menu). */
  List<Views.NavItem> navItems(String parentPath) {
    return children(parentPath).stream()
        .map(c -> new Views.NavItem(c.title(), listingPath(c.path(), 1))).toList();
  }

  /** The site feed and, when the column has one, the column's. */
  List<Views.Alternate> alternates(String columnPath) {
    List<Views.Alternate> alternates = new ArrayList<>(siteAlternates);
    if (columnsWithFeed.contains(columnPath)) {
      Column c = columns.get(columnPath);
      alternates.add(new Views.Alternate(ATOM, (c == null ? columnPath : c.title())
          + "：最新信息", "/" + columnPath + "/" + FEED_FILE));
    }
    return alternates;
  }

  /** A document in a listing. */
  Views.DocSummary summary(Document doc) {
    Metadata m = doc.meta();
    return new Views.DocSummary(m.title(), pathOf(doc), orEmpty(m.index()),
        m.published().toString(), m.published().value().toString(),
        columnTitle(doc.source().columnPath()));
  }

  /** The units a task names, linked to their pages when units.yaml knows them. */
  List<Views.UnitMention> unitMentions(List<UnitRef> refs) {
    List<Views.UnitMention> mentions = new ArrayList<>();
    for (UnitRef ref : refs) {
      Optional<Unit> unit = units.find(ref.name());
      mentions.add(new Views.UnitMention(unit.map(Unit::name).orElse(ref.name()),
          unit.map(u -> unitPath(u.name())).orElse(null), ref.mark()));
    }
    return mentions;
  }

  /** Everything of the layout a page may show besides its own document(s), for the cache. */
  void addTo(ContentKey key) {
    key.add(config.name()).add(config.domain()).add(config.siteCode()).add(config.baseUrl())
        .add(config.publisher()).add(config.organCode()).add(config.indexPattern())
        .add(config.permalink()).add(String.valueOf(config.pageSize()))
        .add(config.timezone().getId()).add(config.description())
        .add(String.join(",", config.keywords())).add(String.join(",", config.topics().all()))
        .add(siteView.footer().toString());
    for (Column c : columns.values()) {
      key.add(c.path()).add(c.title()).add(c.type()).add(c.description())
          .add(String.join(",", c.keywords())).add(String.valueOf(c.order()));
    }
    for (Unit u : units.units()) {
      key.add(u.name()).add(String.join(",", u.aliases()));
    }
    for (Document d : published) {
      key.add(d.source().path()).add(pathOf(d));
    }
  }

  private void assignPaths(List<Document> documents, Consumer<Problem> problems) {
    Map<String, String> sourceOfPath = new HashMap<>();
    for (Document doc : documents) {
      Optional<String> path = permalink(doc, problems);
      if (path.isEmpty()) {
        continue;
      }
      String key = path.get().toLowerCase(Locale.ROOT);
      String other = sourceOfPath.putIfAbsent(key, doc.source().path());
      if (other != null) {
        problems.accept(Problem.error(doc.source().at("slug"), "permalink-collision",
            Text.of("assemble.path-taken", path.get(), other),
            Text.of("assemble.path-taken-hint")));
        continue;
      }
      pathOfSource.put(doc.source().path(), path.get());
    }
  }

  private Optional<String> permalink(Document doc, Consumer<Problem> problems) {
    Metadata m = doc.meta();
    String slug = m.slug() != null ? m.slug() : doc.source().stem();
    Location at = doc.source().at("slug");
    if (!safeName(slug)) {
      problems.accept(Problem.error(at, "permalink", Text.of("assemble.page-name", slug),
          Text.of("assemble.page-name-hint")));
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
        problems.accept(Problem.error(at, "permalink", Text.of("assemble.path-leaves", path),
            Text.of("assemble.path-leaves-hint")));
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
      problems.accept(Problem.error(at, "permalink", Text.of("assemble.path-reserved", path),
          Text.of("assemble.path-reserved-hint")));
      return Optional.empty();
    }
    return Optional.of(path);
  }

  /** The path of a unit's page. */
  static String unitPath(String unitName) {
    StringBuilder slug = new StringBuilder();
    unitName.codePoints().forEach(c -> {
      if (unsafeInName(c)) {
        slug.append('_');
      } else {
        slug.appendCodePoint(c);
      }
    });
    return "/" + UNITS_FOLDER + "/" + slug + ".html";
  }

  /** The path of page {@code page} (from 1) of a column's listing. */
  static String listingPath(String columnPath, int page) {
    return "/" + columnPath + "/" + (page == 1 ? "index.html" : "index_" + page + ".html");
  }

  /** Whether a document is in a column or one of the columns under it. */
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

  /** The newest lastmod of some documents. */
  static Optional<LocalDate> newest(List<Document> docs) {
    return docs.stream().map(SiteLayout::lastmod).max(Comparator.naturalOrder());
  }
}
