package org.gongkai.assemble;

import java.util.List;
import org.gongkai.model.Document;
import org.gongkai.model.Text;

/**
 * What a build will write: the pages, the files to copy, and the texts that must appear in no
 * output file (the leak guard's list).
 *
 * @param site the site-wide values every page shows
 * @param pages every page, sorted by path
 * @param copies files copied as they are, sorted by output path
 * @param published the documents that are published, newest first
 * @param unpublished the documents that are not published (drafts, scheduled, not 主动公开)
 * @param secrets text that must appear in no output file
 * @param secretFiles files of the site that only unpublished documents use: not published, and
 *     their bytes must be no output file
 * @param globalKey a fingerprint of everything every page may show (settings, columns, units,
 *     which documents are published where, withheld text): when it changes, every page may
 * @param pageKeys for pages that show one document (or one series) and nothing else that could
 *     change: a fingerprint of what they show, by output path; with an unchanged {@code
 *     globalKey} and template, a page whose key is unchanged renders to the same bytes
 */
public record SitePlan(
    Views.SiteView site,
    List<Page> pages, List<Copy> copies, List<Document> published, List<Unpublished> unpublished,
    List<Secret> secrets, List<SecretFile> secretFiles, String globalKey,
    java.util.Map<String, String> pageKeys) {

  /**
   * Theme files written to every site (from the site's templates/ if it has its own copy); their
   * paths are taken like pages', so that no page or copied file lands on them.
   */
  public static final List<String> THEME_ASSETS =
      List.of("assets/gongkai.css", "assets/gongkai.js", "assets/print.css",
          "assets/search.js");

  public SitePlan {
    pages = List.copyOf(pages);
    copies = List.copyOf(copies);
    published = List.copyOf(published);
    unpublished = List.copyOf(unpublished);
    secrets = List.copyOf(secrets);
    secretFiles = List.copyOf(secretFiles);
    pageKeys = java.util.Map.copyOf(pageKeys);
  }

  /** A file copied to the output: from a path relative to the site, to an output path. */
  public record Copy(String from, String to) {}

  /** A document that is not published, and why. */
  public record Unpublished(Document document, Reason reason) {}

  /** Why a document is not published. */
  public enum Reason {
    DRAFT(Text.of("assemble.reason.draft")),
    SCHEDULED(Text.of("assemble.reason.scheduled")),
    NOT_PUBLIC(Text.of("assemble.reason.not-public")),
    /** Its title or publication date could not be read (an error is reported for it). */
    INVALID(Text.of("assemble.reason.invalid"));

    private final Text label;

    Reason(Text label) {
      this.label = label;
    }

    /** The reason in words, for messages. */
    public Text label() {
      return label;
    }
  }

  /**
   * Text that must never be published, with where it comes from.
   *
   * @param text the text (trimmed)
   * @param path the source file
   * @param why e.g. "withheld progress of task 4"
   */
  public record Secret(String text, String path, Text why) {}

  /**
   * A file of the site that must never be published, with why.
   *
   * @param path relative to the site folder, e.g. {@code content/tzgg/files/plan.pdf}
   * @param why e.g. "an attachment of a draft (content/tzgg/b.md)"
   */
  public record SecretFile(String path, Text why) {}
}
