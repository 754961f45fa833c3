package org.gongkai.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.check.CheckContext;
import org.gongkai.check.Findings;
import org.gongkai.check.IdentityRule;
import org.gongkai.check.OutputChecks;
import org.gongkai.check.Rules;
import org.gongkai.config.SiteReader;
import org.gongkai.index.IndexAssigner;
import org.gongkai.index.Ledger;
import org.gongkai.index.LedgerEntry;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Progress;
import org.gongkai.model.Progress.Stage;
import org.gongkai.model.IoText;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Text;
import org.gongkai.publish.BuildCache;
import org.gongkai.publish.OutputPathException;
import org.gongkai.publish.ParseCache;
import org.gongkai.publish.SiteWriter;
import org.gongkai.publish.SourceWriter;
import org.gongkai.render.Renderer;
import org.gongkai.render.TemplateFailures;
import org.gongkai.search.SearchIndex;
import org.gongkai.source.DocumentSource;
import org.gongkai.source.InputSnapshot;

/**
 * The stages of a run, in order: {@link #read} (site, checks, index numbers), {@link #plan} (the
 * pages), {@link #render} (the one loop that renders, inspects and hands every output file to an
 * {@link OutputSink}), and for a build {@link #build} (the loop into the output folder, then the
 * numbers into the documents and the swap). Configure one per run; it keeps no state between calls
 * but its settings.
 */
public final class Pipeline {

  /** Copied files larger than this are not scanned by the leak guard (they only count). */
  private static final long MAX_SCANNED_COPY = 8L * 1024 * 1024;

  private final Path siteDirectory;
  private final String baseUrl;
  private final LocalDate today;
  private final Clock clock;
  private final boolean failOnWarnings;
  private final DocumentSource documents;
  private final Progress progress;
  private final Markdown markdown = new Markdown();

  /**
   * How a run goes.
   *
   * @param siteDirectory the site folder (absolute)
   * @param baseUrl another URL to serve the site at than site.yaml's, or null
   * @param today the day to run as (end of it, in the site's zone), or null for the clock's now
   * @param failOnWarnings whether a warning stops the output like an error
   * @param documents where documents come from: the parser, or a {@link ParseCache}
   * @param progress hears each stage's start, counts and end
   */
  public record Settings(Path siteDirectory, String baseUrl, LocalDate today, Clock clock,
      boolean failOnWarnings, DocumentSource documents, Progress progress) {}

  public Pipeline(Settings settings) {
    this.siteDirectory = settings.siteDirectory();
    this.baseUrl = settings.baseUrl();
    this.today = settings.today();
    this.clock = settings.clock();
    this.failOnWarnings = settings.failOnWarnings();
    this.documents = settings.documents();
    this.progress = settings.progress();
  }

  public Path siteDirectory() {
    return siteDirectory;
  }

  /**
   * What reading, checking and planning index numbers found.
   *
   * @param site the site as read, with the numbers the plan gives
   * @param now the time the run is as of, in the site's zone
   * @param numbers the index number plan, or null without a ledger or a valid pattern
   * @param problems every problem so far (synchronized: later stages add theirs from any thread)
   */
  public record Content(
      Site site, LocalDateTime now, IndexAssigner.Plan numbers, List<Problem> problems) {}

  /**
   * What an assignment was asked to do besides numbering new documents.
   *
   * @param renumber documents (paths relative to the site) to give a fresh number
   * @param imports documents to mark as imported from an older site
   * @param unpublished whether to renumber every document whose number is not yet published
   */
  public record IndexRequest(Set<String> renumber, Set<String> imports, boolean unpublished) {
    public static final IndexRequest NONE = new IndexRequest(Set.of(), Set.of(), false);
  }

  /**
   * Reads the site, runs the content rules and plans index numbers.
   *
   * @param writeSite whether the run publishes the site (build); numbering without building
   *     ({@code ASSIGN} without it) runs only the rules about numbers, so that {@code --import}
   *     can fix a date-forged finding
   */
  public Content read(IndexAssigner.Mode mode, IndexRequest request, boolean writeSite) {
    boolean assignOnly = !writeSite && mode == IndexAssigner.Mode.ASSIGN;
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Stopwatch read = new Stopwatch();
    Site site = SiteReader.read(siteDirectory, problems::add, documents, progress);
    progress.finished(Stage.READ, site.documents().size(), read.elapsed());
    Stopwatch check = new Stopwatch();
    progress.started(Stage.CHECK, site.documents().size());
    if (baseUrl != null) {
      site = site.withConfig(site.config().withBaseUrl(baseUrl));
    }
    LocalDateTime now = now(site.config());
    boolean complete = !hasErrors(problems);
    Optional<Ledger> ledger = Ledger.read(siteDirectory, problems::add);
    Map<String, LedgerEntry> issued = new HashMap<>();
    ledger.ifPresent(l -> l.entries().forEach(e -> issued.putIfAbsent(e.index(), e)));
    CheckContext context = CheckContext.of(site, now, siteDirectory, issued);
    if (writeSite || mode == IndexAssigner.Mode.ASSIGN) {
      context = context.forPublishing();
    }
    Rules.run(assignOnly ? Rules.INDEX : Rules.ALL, context, p -> {
      // a placeholder number being renumbered is what its finding asks for: it blocks nothing
      if (!p.ruleId().equals(IdentityRule.ID) || !request.renumber().contains(p.path())) {
        problems.add(p);
      }
    }, documents instanceof Findings known ? known : Findings.NONE);
    IndexAssigner.Plan numbers = null;
    if (ledger.isPresent() && context.indexPattern().isPresent()) {
      numbers = IndexAssigner.plan(site, ledger.get(), context.indexPattern().get(),
          siteDirectory, new IndexAssigner.Options(mode, request.renumber(), request.imports(),
              now, complete, request.unpublished()),
          problems::add);
      site = site.withDocuments(numbers.documents());
    }
    progress.finished(Stage.CHECK, site.documents().size(), check.elapsed());
    return new Content(site, now, numbers, problems);
  }

  /** Plans the pages of what was read. */
  public SitePlan plan(Content content) {
    Stopwatch time = new Stopwatch();
    progress.started(Stage.PLAN, content.site().documents().size());
    SitePlan plan = new SiteAssembler(markdown).assemble(content.site(), content.now(),
        content.problems()::add);
    progress.finished(Stage.PLAN, plan.published().size(), time.elapsed());
    return plan;
  }

  /** Whether these problems stop the output: an error, or a warning when warnings count. */
  public boolean blocked(List<Problem> problems) {
    return hasErrors(problems) || failOnWarnings && hasWarnings(problems);
  }

  /** The time a run is as of: the end of {@code today}, else now, in the site's zone. */
  public LocalDateTime now(SiteConfig config) {
    return today != null ? today.atTime(23, 59, 59)
        : LocalDateTime.now(clock.withZone(config.timezone()));
  }

  /**
   * What the loop found, and what a sink needs to remember it.
   *
   * @param problems template failures, files that could not be put, and the output checks'
   *     findings, in that order
   * @param keys the key of every page, by output path (empty for a sink that keeps nothing)
   * @param checks the output checks, which know the ids of every page seen
   * @param renderKey the plan's global key with the templates' key: page keys are only
   *     comparable under the same render key
   */
  public record Rendered(
      List<Problem> problems, Map<String, String> keys, OutputChecks checks, String renderKey) {}

  /** The key every page key of this plan is made under: the global and the templates' keys. */
  public static String renderKey(SitePlan plan, Renderer renderer) {
    return plan.globalKey() + "|" + renderer.templatesKey(Version.get());
  }

  /**
   * The one render loop. Every page of the plan is kept by the sink (when its key says it shows
   * what it showed before) or rendered, inspected and written to the sink, in parallel; then the
   * theme assets, the search index files and the copied files. Every file passes the output
   * checks (links, the leak guard), whatever the sink.
   *
   * @throws UncheckedIOException when the sink could not take a file (a full disk)
   */
  public Rendered render(SitePlan plan, Renderer renderer, OutputSink sink) {
    OutputChecks inspect = new OutputChecks(plan, plan.site().baseUrl(), siteDirectory);
    TemplateFailures failures = new TemplateFailures();
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    Map<String, String> keys = new ConcurrentHashMap<>();
    String renderKey = renderKey(plan, renderer);
    Stopwatch time = new Stopwatch();
    int total = plan.pages().size();
    progress.started(Stage.RENDER, total);
    AtomicInteger done = new AtomicInteger();
    plan.pages().parallelStream().forEach(page -> {
      progress.advanced(Stage.RENDER, done.incrementAndGet(), total);
      if (sink.keyed()) {
        String key = pageKey(page, plan);
        keys.put(page.path(), key);
        Optional<List<String>> kept = keep(sink, page.path(), key);
        if (kept.isPresent()) {
          inspect.kept(page.path(), kept.get());
          return;
        }
      }
      Renderer.Result r = renderer.render(page, plan.site());
      if (r.ok()) {
        inspect.file(page.path(), r.bytes());
        write(sink, page.path(), r.bytes(), Location.of(page.path()), found::add);
      } else {
        failures.add(r);
      }
    });
    found.addAll(failures.problems());
    for (Renderer.Asset asset : renderer.assets()) {
      inspect.file(asset.path(), asset.bytes());
      write(sink, asset.path(), asset.bytes(), Location.of("templates/" + asset.path()),
          found::add);
    }
    for (SearchIndex.File file : SearchIndex.build(plan, found::add)) {
      inspect.file(file.path(), file.bytes());
      write(sink, file.path(), file.bytes(), Location.of(SearchIndex.FOLDER), found::add);
    }
    for (SitePlan.Copy copy : plan.copies()) {
      try {
        sink.copy(siteDirectory.resolve(copy.from()), copy.to());
        inspectCopy(inspect, copy);
      } catch (IOException e) {
        found.add(copyFailed(copy, IoText.of(e)));
      } catch (OutputPathException e) {
        found.add(copyFailed(copy, e.text()));
      }
    }
    inspect.finish(found::add);
    progress.finished(Stage.RENDER, total, time.elapsed());
    return new Rendered(List.copyOf(found), Map.copyOf(keys), inspect, renderKey);
  }

  /** Renders the plan only to inspect it ({@code check}): its problems join the content's. */
  public void check(SitePlan plan, Content content) {
    content.problems().addAll(render(plan, new Renderer(siteDirectory), new InspectSink())
        .problems());
  }

  /**
   * Renders the plan into the output folder, keeping what the previous build made under the same
   * keys, then writes the planned index numbers into the documents and the ledger and swaps the
   * new output in. Nothing is swapped in, and no source file changes, when the loop found an
   * error (or a warning, when warnings count).
   *
   * @param cached what the last build left ({@link #cached}), or {@link Cached#NONE}
   * @param useCache whether to reuse and save the build cache
   * @return how many output files changed, or -1 when nothing was written
   */
  public int build(
      SitePlan plan, Content content, Path outputDirectory, Cached cached, boolean useCache) {
    Consumer<Problem> problems = content.problems()::add;
    Renderer renderer = new Renderer(siteDirectory);
    String renderKey = renderKey(plan, renderer);
    BuildCache previous = cached.previous() != null
        && cached.previous().renderKey().equals(renderKey) ? cached.previous() : null;
    try (DiskSink sink = DiskSink.open(outputDirectory, siteDirectory, previous, useCache)) {
      Rendered rendered = render(plan, renderer, sink);
      rendered.problems().forEach(problems);
      if (blocked(rendered.problems())) {
        return -1;
      }
      Stopwatch time = new Stopwatch();
      progress.started(Stage.WRITE, sink.changedFiles());
      IndexAssigner.Plan numbers = content.numbers();
      boolean numbered = numbers != null && numbers.writes();
      if (numbered && !writeSources(numbers, problems)) {
        return -1;
      }
      sink.commit();
      if (useCache && cached.inputs() != null) {
        // numbers written into documents during this build change the inputs it started from,
        // and its problems are not those a build of the numbered documents finds: the next build
        // checks everything again (reusing the pages), and only its problems are ever replayed
        sink.saveCache(plan, rendered, previous, content.problems(),
            numbered ? "" : cached.inputs());
      }
      progress.finished(Stage.WRITE, sink.changedFiles(), time.elapsed());
      return sink.changedFiles();
    } catch (IOException e) {
      problems.accept(writeFailed(outputDirectory, e));
      return -1;
    } catch (UncheckedIOException e) {
      // a page that could not be written (a full disk) while the pages were rendered in parallel
      problems.accept(writeFailed(outputDirectory, e.getCause()));
      return -1;
    }
  }

  /**
   * What the last build into an output folder left, and whether it still describes the output
   * exactly.
   *
   * @param previous the last build's cache, or null
   * @param inputs the fingerprint of this build's inputs and options, or null when unknown
   * @param upToDate whether nothing changed since: the build can end before it starts
   */
  public record Cached(BuildCache previous, String inputs, boolean upToDate) {
    public static final Cached NONE = new Cached(null, null, false);
  }

  /**
   * Reads the build cache of an output folder and compares its inputs with the site's now.
   *
   * @param options what decides the output besides the input files (the run's options)
   */
  public Cached cached(Path outputDirectory, List<String> options) {
    Path file = BuildCache.file(siteDirectory, outputDirectory);
    List<String> all = new ArrayList<>(options);
    String inputs;
    try {
      all.add(0, Version.get());
      all.add(1, now(SiteReader.readConfig(siteDirectory, p -> { })).toLocalDate().toString());
      inputs = inputsKey(all);
    } catch (IOException | RuntimeException e) {
      return Cached.NONE;
    }
    Optional<BuildCache> previous = BuildCache.read(file);
    if (previous.isEmpty()) {
      return new Cached(null, inputs, false);
    }
    BuildCache c = previous.get();
    LocalDateTime now = now(SiteReader.readConfig(siteDirectory, p -> { }));
    boolean due = !c.due().isEmpty() && !now.isBefore(LocalDateTime.parse(c.due()));
    boolean same = c.inputs().equals(inputs) && !due
        && SiteWriter.matches(outputDirectory, c.outputs());
    return new Cached(c, inputs, same);
  }

  /** Saves the parsed documents for the next run, when they come from a parse cache. */
  public void saveParseCache() {
    if (documents instanceof ParseCache cache) {
      try {
        cache.save();
      } catch (IOException | RuntimeException e) {
        // the cache only saves time: the next run parses again
      }
    }
  }

  private String inputsKey(List<String> options) throws IOException {
    return InputSnapshot.key(siteDirectory, options);
  }

  /** Writes the planned index numbers into the documents, then the ledger. */
  public boolean writeSources(IndexAssigner.Plan numbers, Consumer<Problem> problems) {
    if (!numbers.writes()) {
      return false;
    }
    List<SourceWriter.Replacement> files = new ArrayList<>();
    numbers.edits().forEach(e -> files.add(new SourceWriter.Replacement(e.path(), e.bytes())));
    if (numbers.ledgerBytes() != null) {
      // last: a run killed before this point leaves numbered documents that the next run records
      files.add(new SourceWriter.Replacement(Ledger.FILE, numbers.ledgerBytes()));
    }
    try {
      SourceWriter.replaceAll(siteDirectory, files);
      numbers.log().forEach(problems);
      return true;
    } catch (IOException e) {
      problems.accept(sourceWriteFailed(files.get(0).path(), IoText.of(e)));
      return false;
    } catch (OutputPathException e) {
      problems.accept(sourceWriteFailed(files.get(0).path(), e.text()));
      return false;
    }
  }

  private static Problem sourceWriteFailed(String path, Text why) {
    return Problem.error(Location.of(path), "source-write", Text.of("facade.numbers-failed", why),
        Text.of("facade.numbers-failed-hint"));
  }

  /** The error of an output folder that could not be written. */
  public static Problem writeFailed(Path outputDirectory, IOException e) {
    return Problem.error(Location.of(outputDirectory.toString()), "output",
        Text.of("facade.write-failed", IoText.of(e)), Text.NONE);
  }

  private static Problem copyFailed(SitePlan.Copy copy, Text why) {
    return Problem.error(Location.of(copy.from()), "output",
        Text.of("facade.copy-failed", copy.to(), why), Text.NONE);
  }

  private static Optional<List<String>> keep(OutputSink sink, String path, String key) {
    try {
      return sink.keep(path, key);
    } catch (IOException e) {
      return Optional.empty(); // render it instead
    }
  }

  private static void write(
      OutputSink sink, String path, byte[] bytes, Location from, Consumer<Problem> problems) {
    try {
      sink.write(path, bytes);
    } catch (OutputPathException e) {
      problems.accept(Problem.error(from, "output-path", e.text(), Text.NONE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What a page shows: the document (or series) key the plan gives pages of one document, else a
   * fingerprint of the page's whole view (listings, unit pages, feeds: views made of records,
   * whose text form is complete and stable).
   */
  static String pageKey(Page page, SitePlan plan) {
    String key = plan.pageKeys().get(page.path());
    if (key != null) {
      return key;
    }
    return new ContentKey().add(page.kind().name()).add(page.title()).add(page.canonical())
        .add(page.meta().toString()).add(page.breadcrumb().toString())
        .add(page.alternates().toString()).add(String.valueOf(page.content())).toString();
  }

  /** Copied text files are scanned by the leak guard too; others only count as present. */
  private void inspectCopy(OutputChecks inspect, SitePlan.Copy copy) {
    Path file = siteDirectory.resolve(copy.from());
    try {
      if (Files.size(file) <= MAX_SCANNED_COPY) {
        inspect.file(copy.to(), Files.readAllBytes(file));
        return;
      }
    } catch (IOException e) {
      // reported by the copy itself
    }
    inspect.copied(copy.to(), file);
  }

  static boolean hasWarnings(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(p -> p.severity() == Severity.WARNING);
    }
  }

  static boolean hasErrors(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(Problem::isError);
    }
  }
}
