package org.gongkai.assemble;

import java.util.List;
import java.util.function.Supplier;

/**
 * One output file, ready to render: an HTML page, or a feed, data file, sitemap or robots.txt.
 *
 * <p>A page's view may be computed when it is rendered ({@link #lazy}) rather than when the site
 * is planned: on a large site the views of all pages together are far larger than the site's
 * documents, and rendering builds, uses and drops them one page at a time, in parallel.
 *
 * @param kind what kind of page, which picks its template and output format
 * @param path the output file relative to the output folder, e.g. {@code zwgk/index.html}
 * @param title the text of the page's {@code <title>} before the site name
 * @param canonical the absolute canonical URL
 * @param meta the page's government and standard {@code <meta name>} tags, in order
 * @param breadcrumb the column path, home first
 * @param view gives the view of this kind of page ({@link Views}); see {@link #content()}
 * @param source the document file the page shows, or null for pages of no one document
 * @param alternates the feeds and data files the page advertises ({@code <link rel=alternate>})
 */
public record Page(
    PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
    List<Views.Crumb> breadcrumb, Supplier<?> view, String source,
    List<Views.Alternate> alternates) {

  public Page {
    meta = List.copyOf(meta);
    breadcrumb = List.copyOf(breadcrumb);
    alternates = List.copyOf(alternates);
  }

  /** A page with its view at hand. */
  public Page(
      PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
      List<Views.Crumb> breadcrumb, Object content, String source,
      List<Views.Alternate> alternates) {
    this(kind, path, title, canonical, meta, breadcrumb, () -> content, source, alternates);
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

  /** A view computed each time it is asked for (when the page is rendered). */
  public static Supplier<?> lazy(Supplier<?> compute) {
    return compute;
  }

  /** The page's view: what its template sees as {@code content}. */
  public Object content() {
    return view.get();
  }

  /** A copy advertising other alternates. */
  public Page withAlternates(List<Views.Alternate> newAlternates) {
    return new Page(kind, path, title, canonical, meta, breadcrumb, view, source,
        newAlternates);
  }
}
