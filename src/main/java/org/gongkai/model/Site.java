package org.gongkai.model;

import java.util.List;
import java.util.Set;

/**
 * Everything read from a site folder: settings, units, columns, every document (published or not)
 * and the attachment files to copy.
 *
 * @param files files under {@code files/} folders of {@code content/} and under {@code static/},
 *     relative to the site folder
 * @param unreadable document files that could not be read as documents (their errors are
 *     reported), so that no check mistakes their column for an empty one
 * @param unread the settings that could not be read (their errors are reported) and were replaced
 *     by defaults: {@code site.yaml} as a whole, one of its keys as {@code site.yaml#organCode},
 *     {@code units.yaml}, or a column's {@code content/…/_column.yaml}; a check that depends on
 *     one of them does not run, so that a file that failed to read causes no further findings
 */
public record Site(
    SiteConfig config, List<Unit> units, List<Column> columns, List<Document> documents,
    List<String> files, List<String> unreadable, Set<String> unread) {

  /** The settings file, and the prefix of its keys in {@link #unread}. */
  public static final String SITE_FILE = "site.yaml";
  public static final String UNITS_FILE = "units.yaml";

  public Site {
    units = List.copyOf(units);
    columns = List.copyOf(columns);
    documents = List.copyOf(documents);
    files = List.copyOf(files);
    unreadable = List.copyOf(unreadable);
    unread = Set.copyOf(unread);
  }

  /**
   * Whether an input could not be read: a file ({@code units.yaml}) or a key of site.yaml
   * ({@code site.yaml#topics}, which fails with the whole file too).
   */
  public boolean failed(String input) {
    return unread.contains(input) || input.startsWith(SITE_FILE + "#")
        && unread.contains(SITE_FILE);
  }

  public Site withDocuments(List<Document> newDocuments) {
    return new Site(config, units, columns, newDocuments, files, unreadable, unread);
  }

  public Site withConfig(SiteConfig newConfig) {
    return new Site(newConfig, units, columns, documents, files, unreadable, unread);
  }
}
