package org.gongkai.model;

import java.util.List;

/**
 * Everything read from a site folder: settings, units, columns, every document (published or not)
 * and the attachment files to copy.
 *
 * @param files files under {@code files/} folders of {@code content/} and under {@code static/},
 *     relative to the site folder
 * @param unreadable document files that could not be read as documents (their errors are
 *     reported), so that no check mistakes their column for an empty one
 */
public record Site(
    SiteConfig config, List<Unit> units, List<Column> columns, List<Document> documents,
    List<String> files, List<String> unreadable) {

  public Site {
    units = List.copyOf(units);
    columns = List.copyOf(columns);
    documents = List.copyOf(documents);
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
  }

  public Site withDocuments(List<Document> newDocuments) {
    return new Site(config, units, columns, newDocuments, files, unreadable);
  }

  public Site withConfig(SiteConfig newConfig) {
    return new Site(newConfig, units, columns, documents, files, unreadable);
  }
}
