package org.gongkai.assemble;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.Prose;
import org.gongkai.model.Site;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;
import org.gongkai.model.Withheld;

/**
 * Turns a site into the pages to write. Only published documents (主动公开, not a draft, published
 * by {@code now}) get pages or appear in listings; their text reaches templates only through
 * {@link Views}, which copy what may be shown.
 *
 * <p>The plan is made in stages, each a class of its own: {@link SiteLayout} gives every
 * published document its URL, {@link SeriesPages} links the periods of each series,
 * {@link DocumentPages}, {@link ListingPages} and {@link CrawlFiles} add their pages to one
 * {@link PageSet}, which refuses two files on one path.
 */
public final class SiteAssembler {

  /** The site path of the search page (站内搜索), which every page's search box submits to. */
  public static final String SEARCH_PAGE = "/search.html";

  private final Markdown markdown;

  public SiteAssembler(Markdown markdown) {
    this.markdown = markdown;
  }

  /**
   * Plans the site.
   *
   * @param now the build time in the site's zone: documents published later are scheduled
   */
  public SitePlan assemble(Site site, LocalDateTime now, Consumer<Problem> problems) {
    List<Document> publishable = new ArrayList<>();
    List<SitePlan.Unpublished> unpublished = new ArrayList<>();
    List<SitePlan.Secret> secrets = new ArrayList<>();
    for (Document doc : site.documents()) {
      if (doc.meta().published() == null) {
        // published is required: the source stage has reported it missing or unreadable, and a
        // document that cannot be dated cannot be placed, listed or known to be due
        continue;
      }
      Optional<SitePlan.Reason> reason = unpublishedReason(doc, now);
      if (reason.isPresent()) {
        unpublished.add(new SitePlan.Unpublished(doc, reason.get()));
        collectSecrets(doc, reason.get(), secrets);
      } else {
        publishable.add(doc);
      }
    }
    SiteLayout layout = new SiteLayout(site, publishable, problems);
    List<Document> published = layout.published();
    published.forEach(doc -> collectWithheld(doc, secrets));

    PageSet pages = new PageSet(layout.siteAlternates, problems);
    SeriesPages series = new SeriesPages(layout, problems);
    DocumentPages documents = new DocumentPages(markdown, layout, series, pages);
    documents.addAll();
    series.addHistoryPages(pages);
    new ListingPages(layout, series, documents, pages, problems).addAll();
    pages.add(new Page(PageKind.NOT_FOUND, "404.html", "页面未找到",
        layout.absolute("/404.html"), layout.siteMeta(), List.of(), null),
        Location.of("content/"), Text.of("assemble.page.not-found"));
    pages.add(new Page(PageKind.SEARCH, SEARCH_PAGE.substring(1), "站内搜索",
        layout.absolute(SEARCH_PAGE), layout.siteMeta(),
        List.of(new Views.Crumb("首页", "/index.html"), new Views.Crumb("站内搜索", null)), null),
        Location.of("content/"), Text.of("assemble.page.search"));
    new SiteMapPages(layout, pages).addAll();
    new CrawlFiles(layout, documents, pages).addAll();
    for (String asset : SitePlan.THEME_ASSETS) {
      pages.claimCopy(asset, Location.of("templates/" + asset), Text.literal(asset));
    }

    java.util.Set<String> used = documents.usedFiles();
    Map<String, SitePlan.SecretFile> withheldFiles =
        withheldFiles(site, unpublished, used, problems);
    List<SitePlan.Copy> copies = new ArrayList<>();
    for (String file : site.files()) {
      boolean attachment = file.startsWith("content/");
      if (attachment && !used.contains(file)) {
        // only what a published document uses is published: a draft's attachment is not
        if (!withheldFiles.containsKey(file) && !mayBeUsedByUnread(site, file)) {
          problems.accept(Problem.warning(Location.of(file), "attachment-unreferenced",
              Text.of("assemble.attachment-unreferenced", file),
              Text.of("assemble.attachment-unreferenced-hint")));
        }
        continue;
      }
      String to = attachment ? file.substring("content/".length())
          : file.substring("static/".length());
      if (!pages.claimCopy(to, Location.of(file), Text.literal(file))) {
        continue;
      }
      copies.add(new SitePlan.Copy(file, to));
    }
    copies.sort(Comparator.comparing(SitePlan.Copy::to));

    ContentKey globalKey = new ContentKey();
    layout.addTo(globalKey);
    copies.forEach(c -> globalKey.add(c.to()));
    secrets.forEach(s -> globalKey.add(s.text()));
    withheldFiles.values().forEach(f -> globalKey.add(f.path()));
    return new SitePlan(layout.siteView, pages.pages(), copies, published, unpublished, secrets,
        List.copyOf(withheldFiles.values()), globalKey.toString(), pages.keys());
  }

  /**
   * Whether a document that could not be read lies in a folder above the file: it may list the
   * file, so calling the file unused would only add noise to the document's own error.
   */
  private static boolean mayBeUsedByUnread(Site site, String file) {
    return site.unreadable().stream().anyMatch(doc -> file.startsWith(
        doc.substring(0, doc.lastIndexOf('/') + 1)));
  }

  /**
   * The files only unpublished documents use (listed as attachments or linked from their text):
   * never published, and their bytes must reach no output file.
   */
  private Map<String, SitePlan.SecretFile> withheldFiles(
      Site site, List<SitePlan.Unpublished> unpublished, java.util.Set<String> used,
      Consumer<Problem> problems) {
    Map<String, SitePlan.SecretFile> out = new java.util.TreeMap<>();
    for (SitePlan.Unpublished u : unpublished) {
      Document doc = u.document();
      java.util.Set<String> files = new java.util.TreeSet<>();
      doc.meta().attachments().forEach(a -> files.add(a.path()));
      if (doc instanceof Prose prose) {
        try {
          files.addAll(DocumentPages.linkedFiles(markdown, markdown.parse(prose.body()), doc,
              site.files()));
        } catch (StackOverflowError e) {
          problems.accept(DocumentPages.tooDeep(doc));
        }
      }
      for (String f : files) {
        if (!used.contains(f)) {
          out.putIfAbsent(f, new SitePlan.SecretFile(f, Text.of("assemble.secret.attachment",
              u.reason().label(), doc.source().path())));
        }
      }
    }
    return out;
  }

  /** Whether a document is published, and if not, why. */
  public static Optional<SitePlan.Reason> unpublishedReason(Document doc, LocalDateTime now) {
    Metadata m = doc.meta();
    if (m.title() == null || m.published() == null) {
      return Optional.of(SitePlan.Reason.INVALID);
    }
    if (m.draft()) {
      return Optional.of(SitePlan.Reason.DRAFT);
    }
    if (m.disclosure() != Disclosure.ACTIVE) {
      return Optional.of(SitePlan.Reason.NOT_PUBLIC);
    }
    if (m.published().value().isAfter(now)) {
      return Optional.of(SitePlan.Reason.SCHEDULED);
    }
    return Optional.empty();
  }

  /** The text of an unpublished document, which no output file may contain (the leak guard). */
  private static void collectSecrets(
      Document doc, SitePlan.Reason why, List<SitePlan.Secret> secrets) {
    String path = doc.source().path();
    Metadata m = doc.meta();
    if (m.title() != null) {
      secrets.add(new SitePlan.Secret(m.title(), path,
          Text.of("assemble.secret.title", why.label())));
    }
    if (doc instanceof Prose r) {
      for (String block : r.body().split("\\n\\s*\\n")) {
        String text = block.strip();
        if (!text.isEmpty()) {
          secrets.add(new SitePlan.Secret(text, path,
              Text.of("assemble.secret.body", why.label())));
        }
      }
    } else if (doc instanceof TaskList list) {
      for (Task t : list.tasks()) {
        if (t.progress() != null) {
          secrets.add(new SitePlan.Secret(t.progress(), path,
              Text.of("assemble.secret.progress", why.label())));
        }
      }
    }
  }

  /** The withheld progress of a published task list, which no output file may contain either. */
  private static void collectWithheld(Document doc, List<SitePlan.Secret> secrets) {
    if (doc instanceof TaskList list) {
      for (Task t : list.tasks()) {
        Withheld w = t.withheld();
        if (w != null && w.hidesProgress() && t.progress() != null) {
          secrets.add(new SitePlan.Secret(t.progress(), list.source().path(),
              Text.of("assemble.secret.withheld", t.seq())));
        }
      }
    }
  }
}
