package org.gongkai.assemble;

import java.util.List;
import org.gongkai.model.Headings;

/**
 * What templates see: small immutable views of each page kind, holding only public text. Every
 * {@code path} is a site path starting with {@code /}; templates turn it into a relative link with
 * {@code link(path)}.
 */
public final class Views {

  private Views() {}

  /** A {@code <meta name content>} tag. */
  public record MetaTag(String name, String content) {}

  /**
   * Another form of a page, advertised with {@code <link rel="alternate">}: a feed or a data file.
   *
   * @param type the media type, e.g. {@code application/atom+xml}
   */
  public record Alternate(String type, String title, String path) {}

  /** One step of the breadcrumb; {@code path} is null for the current page. */
  public record Crumb(String title, String path) {}

  /** A link in the site navigation or a list of columns. */
  public record NavItem(String title, String path) {}

  /** Site-wide values every page shows. */
  public record SiteView(
      String name, String domain, String siteCode, String baseUrl, List<NavItem> nav,
      String unitsPath, String cataloguePath, Footer footer) {

    public SiteView {
      nav = List.copyOf(nav);
    }
  }

  /**
   * What every page's footer shows besides the site's name and code; a value site.yaml does not
   * give is null, and the footer leaves it out.
   *
   * @param policeLink the public-security filing site's record of {@code policeRecord}
   * @param markImage the site path of the 党政机关网站标识 image, null when there is none
   * @param errorReport the 我为政府网站找错 link with the site code in; {@code {url}} is left for
   *     the template to put the page's address in, URL-encoded
   */
  public record Footer(
      String sponsor, String organizer, String phone, String address, String icp,
      String icpLink, String policeRecord, String policeLink, String markImage, String markLink,
      String contactPath, String siteMapPath, String errorReport) {

    /**
     * The beginnings of the footer's links to the filing and error-reporting sites, which every
     * page has: not listed as the pages' external links.
     */
    public List<String> links() {
      List<String> out = new java.util.ArrayList<>();
      out.add(icpLink);
      out.add(errorReport.substring(0, errorReport.indexOf("{url}") < 0 ? errorReport.length()
          : errorReport.indexOf("{url}")));
      if (policeLink != null) {
        out.add(policeLink);
      }
      if (markLink != null) {
        out.add(markLink);
      }
      return out;
    }
  }

  /** A column on the site map (网站地图), with how many documents it and its sub-columns hold. */
  public record SiteMapColumn(String title, String path, int count, List<SiteMapColumn> children) {

    public SiteMapColumn {
      children = List.copyOf(children);
    }
  }

  /** The site map page: the column tree and the site's other pages. */
  public record SiteMapView(List<SiteMapColumn> columns, List<NavItem> others) {

    public SiteMapView {
      columns = List.copyOf(columns);
      others = List.copyOf(others);
    }
  }

  /** A document in a listing. */
  public record DocSummary(
      String title, String path, String index, String published, String publishedIso,
      String columnTitle) {}

  /** A document in the disclosure catalogue (信息公开目录). */
  public record CatalogueItem(
      String index, String title, String path, String publisher, String topic,
      String published, String publishedIso) {}

  /** A year of the catalogue, with how many documents it has. */
  public record CatalogueYear(String year, String path, int count, boolean current) {}

  /**
   * The disclosure catalogue: its index page lists the years ({@code year} is empty, {@code
   * items} too); a year's page lists that year's documents by 索引号.
   */
  public record CatalogueView(
      String title, List<CatalogueYear> years, String year, List<CatalogueItem> items) {

    public CatalogueView {
      years = List.copyOf(years);
      items = List.copyOf(items);
    }
  }

  /** One numbered link of a pager. */
  public record PagerLink(int number, String path, boolean current) {}

  /** Pagination of a listing; {@code previous} and {@code next} are null at the ends. */
  public record Pager(int current, int total, List<PagerLink> pages, String previous, String next) {

    public Pager {
      pages = List.copyOf(pages);
    }
  }

  /** A column's listing page. */
  public record ColumnView(
      String title, String description, String type, List<NavItem> children,
      List<DocSummary> items, int totalItems, Pager pager) {

    public ColumnView {
      children = List.copyOf(children);
      items = List.copyOf(items);
    }
  }

  /** A block of the home page: a top-level column and its newest documents. */
  public record HomeSection(NavItem column, List<DocSummary> items) {

    public HomeSection {
      items = List.copyOf(items);
    }
  }

  /** The home page. */
  public record HomeView(String description, List<DocSummary> latest, List<HomeSection> sections) {

    public HomeView {
      latest = List.copyOf(latest);
      sections = List.copyOf(sections);
    }
  }

  /** An entry of the change history. */
  public record ChangeView(String date, String note) {}

  /** A downloadable attachment. */
  public record AttachmentView(String title, String path, String size, String type) {}

  /**
   * A document page: the metadata block, then the body ({@code bodyHtml} for a report, {@code
   * table} for a task list; the other is null). Empty fields are empty strings, shown empty.
   */
  public record DocumentView(
      String title,
      String index,
      String disclosure,
      String publisher,
      String written,
      String published,
      String publishedIso,
      String topic,
      String docNumber,
      String source,
      String validity,
      List<String> keywords,
      String updated,
      List<ChangeView> changes,
      List<AttachmentView> attachments,
      String columnTitle,
      String bodyHtml,
      TaskTable table,
      SeriesNav series,
      DataLinks data,
      List<Chart> charts) {

    public DocumentView {
      keywords = List.copyOf(keywords);
      changes = List.copyOf(changes);
      attachments = List.copyOf(attachments);
      charts = charts == null ? List.of() : List.copyOf(charts);
    }
  }

  /**
   * The page and data files of a task list, as site paths, with its series and period.
   *
   * @param page the HTML page
   * @param json the JSON file
   * @param csv the CSV file
   * @param series the series name, or empty
   * @param period the period, or empty
   */
  public record DataLinks(String page, String json, String csv, String series, String period) {}

  /** A period of a series, linking to its task list. */
  public record PeriodLink(
      String period, String title, String path, String published, boolean current,
      boolean latest) {}

  /** A task of the previous period that a task list no longer lists. */
  public record RemovedTask(int seq, String id, String period, String content, String historyPath) {}

  /**
   * Where a task list stands in its series: the other periods, the history page, the period it is
   * compared with, and the tasks of that period it no longer lists.
   *
   * @param periods every period, newest first
   * @param previousPeriod the period this one is compared with, or null for the first
   * @param counts how many tasks are new, changed, unchanged (empty for the first period)
   */
  public record SeriesNav(
      String name, String historyPath, List<PeriodLink> periods, String previousPeriod,
      boolean latest, List<RemovedTask> removed, List<Count> counts) {

    public SeriesNav {
      periods = List.copyOf(periods);
      removed = List.copyOf(removed);
      counts = List.copyOf(counts);
    }
  }

  /** A labelled count, e.g. 已完成 3. */
  public record Count(String label, int count) {}

  /**
   * One bar of a bar chart, with its geometry in SVG user units.
   *
   * @param y the top of the bar
   * @param width the bar's length, proportional to {@code count}
   */
  public record Bar(String label, int count, int y, int width) {}

  /**
   * A horizontal bar chart drawn as SVG by the template, with the same counts in a table.
   *
   * @param id unique on the page, for {@code aria-labelledby}
   * @param title what the chart shows (SVG title and table caption)
   * @param labelHeading the heading of the label column of the table, e.g. 牵头单位
   * @param labelWidth the width of the label area
   * @param barArea the longest bar's width
   * @param rowHeight the height of one bar
   * @param width the SVG's width
   * @param height the SVG's height
   * @param total the tasks the chart counts
   * @param note what the chart leaves out, or empty
   */
  public record Chart(
      String id, String title, String labelHeading, int labelWidth, int barArea, int rowHeight,
      int width, int height, List<Bar> bars, int total, String note) {

    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /**
   * A responsible unit named in a task; {@code path} is null for a unit not in units.yaml, {@code
   * mark} is the lead mark as written (★ or ▲) or empty for an assisting unit.
   */
  public record UnitMention(String name, String path, String mark) {

    public boolean lead() {
      return !mark.isEmpty();
    }
  }

  /** Why part of a task is not shown. */
  public record WithheldNote(String scope, String reason, String basis) {}

  /**
   * One row of a task table. {@code progress} is null when it is withheld in full, in which case
   * {@code withheld} says why. In a series, {@code change} is 新增, 有更新 or 无变化 against the
   * previous period ({@code changeKey} new, changed, unchanged; both empty in the first period),
   * {@code historyPath} links to the task's history and {@code previousSeq} is its 序号 in the
   * previous period when that differs; outside a series these are empty or null.
   */
  public record TaskRow(
      int seq, String anchor, List<String> content, List<String> progress, WithheldNote withheld,
      List<UnitMention> units, String status, String id, String change, String changeKey,
      String historyPath, Integer previousSeq) {

    public TaskRow {
      content = List.copyOf(content);
      progress = progress == null ? null : List.copyOf(progress);
      units = List.copyOf(units);
    }
  }

  /** Rows under one 分块 heading ({@code name} is null for a list without groups). */
  public record TaskGroup(String name, List<TaskRow> rows) {

    public TaskGroup {
      rows = List.copyOf(rows);
    }
  }

  /** A task-list table. */
  public record TaskTable(
      String caption, Headings headings, boolean grouped, boolean hasProgress, int count,
      List<TaskGroup> groups) {

    public TaskTable {
      groups = List.copyOf(groups);
    }
  }

  /**
   * A task a unit leads or assists, linking to its row and (in a series) its history.
   *
   * @param status the task's status label, or empty
   * @param historyPath the task's section on the series history page, or null
   * @param change 新增, 有更新, 无变化, or empty
   */
  public record UnitTask(
      String documentTitle, String documentPath, int seq, String taskPath, String content,
      String status, String historyPath, String change) {}

  /**
   * A unit's tasks in one task list: the latest period of a series, or a list of no series.
   *
   * @param period the period, or empty
   * @param historyPath the series history page, or null
   * @param leadStatus the led tasks counted by status (only statuses that occur)
   * @param assistStatus the assisted tasks counted by status
   */
  public record UnitGroup(
      String id, String title, String documentPath, String period, String historyPath,
      List<UnitTask> leads, List<UnitTask> assists, List<Count> leadStatus,
      List<Count> assistStatus) {

    public UnitGroup {
      leads = List.copyOf(leads);
      assists = List.copyOf(assists);
      leadStatus = List.copyOf(leadStatus);
      assistStatus = List.copyOf(assistStatus);
    }
  }

  /**
   * A unit's page: per task list (the latest period of each series), the tasks it leads and
   * assists; {@code leads} and {@code assists} are all of them together.
   */
  public record UnitView(
      String name, List<String> aliases, List<UnitGroup> groups, List<UnitTask> leads,
      List<UnitTask> assists) {

    public UnitView {
      aliases = List.copyOf(aliases);
      groups = List.copyOf(groups);
      leads = List.copyOf(leads);
      assists = List.copyOf(assists);
    }
  }

  /** A unit in the list of units. */
  public record UnitSummary(String name, String path, int leads, int assists) {}

  /** One period's entry in a task's history, newest first on the history page. */
  public record HistoryEntry(
      String period, String documentTitle, String rowPath, int seq, String change,
      String changeKey, List<String> progress, WithheldNote withheld, String status,
      Integer previousSeq, String previousStatus, List<String> added, List<String> dropped) {

    public HistoryEntry {
      progress = progress == null ? null : List.copyOf(progress);
      added = List.copyOf(added);
      dropped = List.copyOf(dropped);
    }
  }

  /**
   * A task across the periods of a series.
   *
   * @param anchor the id of its section, {@code task-} and its id or 序号
   * @param lastPeriod the latest period that lists it
   * @param removed whether the latest period no longer lists it
   */
  public record HistoryTask(
      String anchor, int seq, String id, List<String> content, List<UnitMention> units,
      String status, String lastPeriod, boolean removed, List<HistoryEntry> entries) {

    public HistoryTask {
      content = List.copyOf(content);
      units = List.copyOf(units);
      entries = List.copyOf(entries);
    }
  }

  /**
   * The history page of a series.
   *
   * @param periods every period, newest first
   * @param tasks the tasks of the latest period, in its order
   * @param removed tasks of earlier periods the latest period no longer lists
   */
  public record SeriesView(
      String name, String title, List<PeriodLink> periods, List<HistoryTask> tasks,
      List<HistoryTask> removed) {

    public SeriesView {
      periods = List.copyOf(periods);
      tasks = List.copyOf(tasks);
      removed = List.copyOf(removed);
    }
  }

  /** An entry of a feed. */
  public record FeedEntry(
      String id, String title, String path, String index, String published, String publishedIso,
      String updatedIso, String publishedAtom, String updatedAtom, String author,
      String columnPath, String columnTitle, String summary) {}

  /**
   * An Atom feed: the site's ({@code columnPath} empty) or a column's.
   *
   * @param id the feed's stable id (its absolute URL)
   * @param updated the newest entry's update time (RFC 3339)
   */
  public record FeedView(
      String id, String title, String subtitle, String path, String listingPath,
      String columnPath, String updated, String author, List<FeedEntry> entries) {

    public FeedView {
      entries = List.copyOf(entries);
    }
  }

  /** A URL of the sitemap; {@code lastmod} is a W3C date or date-time, or empty. */
  public record SitemapUrl(String path, String lastmod) {}

  /** sitemap.xml. */
  public record SitemapView(List<SitemapUrl> urls) {

    public SitemapView {
      urls = List.copyOf(urls);
    }
  }

  /** robots.txt. */
  public record RobotsView(String sitemapPath) {}

  /** An entry of data/catalog.json: one published document. */
  public record CatalogEntry(
      String index, String title, String type, String publisher, String written,
      String published, String publishedIso, String updated, String columnPath,
      String columnTitle, String topic, String docNumber, String series, String period,
      String path, DataLinks data) {}

  /** data/catalog.json. */
  public record CatalogView(List<CatalogEntry> documents) {

    public CatalogView {
      documents = List.copyOf(documents);
    }
  }

  /** The list of units. */
  public record UnitsView(List<UnitSummary> units) {

    public UnitsView {
      units = List.copyOf(units);
    }
  }
}
