package org.gongkai.assemble;

import java.util.List;

/**
 * One output file, ready to render: an HTML page, or a feed, data file, sitemap or robots.txt.
 *
 * @param kind what kind of page, which picks its template and output format
 * @param path the output file relative to the output folder, e.g. {@code zwgk/index.html}
 * @param title the text of the page's {@code <title>} before the site name
 * @param canonical the absolute canonical URL
 * @param meta the page's government and standard {@code <meta name>} tags, in order
 * @param breadcrumb the column path, home first
 * @param content the view of this kind of page ({@link Views})
 * @param source the document file the page shows, or null for pages of no one document
 * @param alternates the feeds and data files the page advertises ({@code <link rel=alternate>})
 */
public record Page(
    PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
    List<Views.Crumb> breadcrumb, Object content, String source, List<Views.Alternate> alternates) {

  public Page {
    meta = List.copyOf(meta);
    breadcrumb = List.copyOf(breadcrumb);
    alternates = List.copyOf(alternates);
  }

  /** A page without alternates. */
  public Page(
      PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
      List<Views.Crumb> breadcrumb, Object content, String source) {
    this(kind, path, title, canonical, meta, breadcrumb, content, source, List.of());
  }

  /** A page of no one document. */
  public Page(
      PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
      List<Views.Crumb> breadcrumb, Object content) {
    this(kind, path, title, canonical, meta, breadcrumb, content, null, List.of());
  }

  /** A copy advertising other alternates. */
  public Page withAlternates(List<Views.Alternate> newAlternates) {
    return new Page(kind, path, title, canonical, meta, breadcrumb, content, source,
        newAlternates);
  }
}
