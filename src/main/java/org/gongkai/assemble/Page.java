package org.gongkai.assemble;

import java.util.List;

/**
 * One output page, ready to render.
 *
 * @param kind what kind of page, which picks its template
 * @param path the output file relative to the output folder, e.g. {@code zwgk/index.html}
 * @param title the text of the page's {@code <title>} before the site name
 * @param canonical the absolute canonical URL
 * @param meta the page's government and standard {@code <meta name>} tags, in order
 * @param breadcrumb the column path, home first
 * @param content the view of this kind of page ({@link Views})
 * @param source the document file the page shows, or null for pages of no one document
 */
public record Page(
    PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
    List<Views.Crumb> breadcrumb, Object content, String source) {

  public Page {
    meta = List.copyOf(meta);
    breadcrumb = List.copyOf(breadcrumb);
  }

  /** A page of no one document. */
  public Page(
      PageKind kind, String path, String title, String canonical, List<Views.MetaTag> meta,
      List<Views.Crumb> breadcrumb, Object content) {
    this(kind, path, title, canonical, meta, breadcrumb, content, null);
  }
}
