package org.gongkai.assemble;

import static org.gongkai.assemble.Text.orEmpty;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Column;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;

/**
 * The files for programs rather than people: the site's Atom feed and one per column,
 * data/catalog.json, sitemap.xml and robots.txt. Planned last, as the sitemap lists every page.
 */
final class CrawlFiles {

  static final int FEED_SIZE = 20;
  private static final DateTimeFormatter RFC_3339 =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
  private static final Location CONTENT = Location.of("content/");

  private final SiteLayout layout;
  private final DocumentPages documents;
  private final PageSet pages;

  CrawlFiles(SiteLayout layout, DocumentPages documents, PageSet pages) {
    this.layout = layout;
    this.documents = documents;
    this.pages = pages;
  }

  void addAll() {
    List<Document> published = layout.published();
    if (!published.isEmpty()) {
      pages.add(feedPage(published, null), CONTENT, Text.of("assemble.page.feed"));
    }
    for (Column column : layout.columns()) {
      if (layout.hasFeed(column.path())) {
        pages.add(feedPage(published.stream()
            .filter(d -> SiteLayout.inColumn(d, column.path())).toList(), column),
            column.location(), Text.of("assemble.page.column-feed", column.path()));
      }
    }
    pages.add(catalogPage(published), CONTENT, Text.literal("data/catalog.json"));
    pages.add(sitemap(), CONTENT, Text.literal("sitemap.xml"));
    if (!layout.site.files().contains("static/robots.txt")) {
      // a site's own static/robots.txt is copied instead
      pages.add(new Page(PageKind.ROBOTS, "robots.txt", "robots.txt",
          layout.absolute("/robots.txt"), List.of(), List.of(),
          new Views.RobotsView("/sitemap.xml")), CONTENT, Text.literal("robots.txt"));
    }
  }

  private Page catalogPage(List<Document> published) {
    List<Views.CatalogEntry> catalog = new ArrayList<>();
    for (Document d : published) {
      Metadata m = d.meta();
      String path = layout.pathOf(d);
      Views.DataLinks data = DocumentPages.dataLinks(d, path);
      String series = data == null ? "" : data.series();
      String period = data == null ? "" : data.period();
      String type = d instanceof TaskList ? "taskList"
          : d instanceof AnnualReport ? "annualReport" : "report";
      catalog.add(new Views.CatalogEntry(orEmpty(m.index()), m.title(), type, layout.publisher(m),
          m.written() == null ? "" : m.written().toString(), m.published().toString(),
          atomTime(m.published().value()), m.updated() == null ? "" : m.updated().toString(),
          d.source().columnPath(), layout.columnTitle(d.source().columnPath()),
          layout.topic(m), orEmpty(m.docNumber()), series, period, path, data));
    }
    return new Page(PageKind.CATALOG, SiteLayout.CATALOG_PATH.substring(1), "数据目录",
        layout.absolute(SiteLayout.CATALOG_PATH), List.of(), List.of(),
        new Views.CatalogView(catalog));
  }

  private Page sitemap() {
    List<Views.SitemapUrl> urls = new ArrayList<>();
    for (Page p : pages.pages()) {
      if (p.kind().format() == Format.HTML && p.kind() != PageKind.NOT_FOUND
          && p.kind() != PageKind.SEARCH) {
        String path = "/" + p.path();
        LocalDate lastmod = pages.lastmod(path);
        urls.add(new Views.SitemapUrl(path.equals("/index.html") ? "/" : path,
            lastmod == null ? "" : lastmod.toString()));
      }
    }
    urls.sort(Comparator.comparing(Views.SitemapUrl::path));
    return new Page(PageKind.SITEMAP, "sitemap.xml", "sitemap", layout.absolute("/sitemap.xml"),
        List.of(), List.of(), new Views.SitemapView(urls));
  }

  private Page feedPage(List<Document> docs, Column column) {
    String path = column == null ? SiteLayout.FEED_PATH
        : "/" + column.path() + "/" + SiteLayout.FEED_FILE;
    List<Views.FeedEntry> entries = new ArrayList<>();
    String updated = null;
    for (Document d : docs.stream().limit(FEED_SIZE).toList()) {
      Metadata m = d.meta();
      String entryUpdated = atomTime(updatedTime(d));
      if (updated == null || entryUpdated.compareTo(updated) > 0) {
        updated = entryUpdated;
      }
      String summary = "索引号：" + orEmpty(m.index()) + "；发布日期：" + m.published() + "。"
          + documents.description(d);
      entries.add(new Views.FeedEntry(entryId(d), m.title(), layout.pathOf(d),
          orEmpty(m.index()), m.published().toString(), m.published().value().toString(),
          updatedTime(d).toString(), atomTime(m.published().value()), entryUpdated,
          layout.publisher(m), d.source().columnPath(),
          layout.columnTitle(d.source().columnPath()), summary));
    }
    var config = layout.config;
    String title = column == null ? config.name() : column.title() + " - " + config.name();
    return new Page(PageKind.FEED, path.substring(1), title, layout.absolute(path), List.of(),
        List.of(), new Views.FeedView(layout.absolute(path), title,
            column == null ? config.description() : column.description(), path,
            column == null ? "/index.html" : SiteLayout.listingPath(column.path(), 1),
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
      return layout.absolute(layout.pathOf(d));
    }
    int year = m.written() != null ? m.written().getYear() : m.published().date().getYear();
    return "tag:" + layout.config.domain() + "," + year + ":" + Urls.encodeSegment(m.index())
        .replace("%2F", "/");
  }

  /** When a document last changed: its 更新日期 when later than its 发布日期. */
  private static LocalDateTime updatedTime(Document d) {
    Metadata m = d.meta();
    LocalDateTime published = m.published().value();
    return m.updated() != null && m.updated().isAfter(m.published().date())
        ? m.updated().atStartOfDay() : published;
  }

  private String atomTime(LocalDateTime time) {
    return time.atZone(layout.config.timezone()).format(RFC_3339);
  }
}
