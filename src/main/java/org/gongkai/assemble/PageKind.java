package org.gongkai.assemble;

/**
 * The kinds of page a site has, each with the template that renders it and its output format.
 * Adding a page kind (or an output format of a page) is one entry here and one template.
 */
public enum PageKind {
  HOME("home.ftlh", Format.HTML),
  COLUMN("column.ftlh", Format.HTML),
  REPORT("report.ftlh", Format.HTML),
  TASK_LIST("tasklist.ftlh", Format.HTML),
  /** The history of a series of task lists: every period's progress of each task. */
  SERIES("series.ftlh", Format.HTML),
  UNIT("unit.ftlh", Format.HTML),
  UNITS("units.ftlh", Format.HTML),
  /** The disclosure catalogue (信息公开目录): documents by 索引号, a page per year. */
  CATALOGUE("catalogue.ftlh", Format.HTML),
  NOT_FOUND("404.ftlh", Format.HTML),
  /** 网站地图: the column tree with document counts, linked from every page's footer. */
  SITE_MAP("site-map.ftlh", Format.HTML),
  /** 联系我们, made from site.yaml's contact fields when the site has no page of its own. */
  CONTACT("contact.ftlh", Format.HTML),
  /** The site search (站内搜索): a form and the results, found in the browser by search.js. */
  SEARCH("search.ftlh", Format.HTML),
  /** A task list's public content as JSON (schema: docs/open-data.schema.json). */
  TASK_LIST_JSON("tasklist.json.ftl", Format.JSON),
  /** A task list's public content as CSV with Chinese column labels. */
  TASK_LIST_CSV("tasklist.csv.ftl", Format.CSV),
  /** An annual report on government information disclosure, its tables as printed. */
  ANNUAL_REPORT("annual-report.ftlh", Format.HTML),
  /** An annual report's tables as JSON (schema: docs/annual-report.schema.json). */
  ANNUAL_REPORT_JSON("annual-report.json.ftl", Format.JSON),
  /** An annual report's tables as CSV, one figure a row. */
  ANNUAL_REPORT_CSV("annual-report.csv.ftl", Format.CSV),
  /** data/catalog.json: every published document (schema: docs/catalog.schema.json). */
  CATALOG("catalog.json.ftl", Format.JSON),
  /** An Atom feed (RFC 4287): the whole site's, or one column's. */
  FEED("feed.ftlx", Format.XML),
  /** sitemap.xml (sitemaps.org 0.9). */
  SITEMAP("sitemap.ftlx", Format.XML),
  ROBOTS("robots.txt.ftl", Format.TEXT);

  private final String template;
  private final Format format;

  PageKind(String template, Format format) {
    this.template = template;
    this.format = format;
  }

  /** The template file name, looked up in the site's templates/ and then the bundled theme. */
  public String template() {
    return template;
  }

  public Format format() {
    return format;
  }
}
