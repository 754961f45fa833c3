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

  /** One step of the breadcrumb; {@code path} is null for the current page. */
  public record Crumb(String title, String path) {}

  /** A link in the site navigation or a list of columns. */
  public record NavItem(String title, String path) {}

  /** Site-wide values every page shows. */
  public record SiteView(
      String name, String domain, String siteCode, String baseUrl, List<NavItem> nav,
      String unitsPath) {

    public SiteView {
      nav = List.copyOf(nav);
    }
  }

  /** A document in a listing. */
  public record DocSummary(
      String title, String path, String index, String published, String publishedIso,
      String columnTitle) {}

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
      TaskTable table) {

    public DocumentView {
      keywords = List.copyOf(keywords);
      changes = List.copyOf(changes);
      attachments = List.copyOf(attachments);
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
   * {@code withheld} says why.
   */
  public record TaskRow(
      int seq, String anchor, List<String> content, List<String> progress, WithheldNote withheld,
      List<UnitMention> units, String status) {

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

  /** A task a unit leads or assists, linking to its row. */
  public record UnitTask(
      String documentTitle, String documentPath, int seq, String taskPath, String content) {}

  /** A unit's page. */
  public record UnitView(
      String name, List<String> aliases, List<UnitTask> leads, List<UnitTask> assists) {

    public UnitView {
      aliases = List.copyOf(aliases);
      leads = List.copyOf(leads);
      assists = List.copyOf(assists);
    }
  }

  /** A unit in the list of units. */
  public record UnitSummary(String name, String path, int leads, int assists) {}

  /** The list of units. */
  public record UnitsView(List<UnitSummary> units) {

    public UnitsView {
      units = List.copyOf(units);
    }
  }
}
