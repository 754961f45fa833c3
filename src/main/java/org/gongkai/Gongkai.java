package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.check.CheckContext;
import org.gongkai.check.ReportFormat;
import org.gongkai.check.ReportInput;
import org.gongkai.check.Reports;
import org.gongkai.check.RuleCatalogue;
import org.gongkai.check.MaskingFixes;
import org.gongkai.check.OutputChecks;
import org.gongkai.check.Rules;
import org.gongkai.config.SiteReader;
import org.gongkai.source.InputSnapshot;
import org.gongkai.index.IndexAssigner;
import org.gongkai.index.IndexPattern;
import org.gongkai.index.Ledger;
import org.gongkai.index.LedgerEntry;
import java.nio.file.Files;
import org.gongkai.markdown.Markdown;
import org.gongkai.assemble.Page;
import org.gongkai.model.ContentKey;
import org.gongkai.model.IndexNumber;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.publish.BuildCache;
import org.gongkai.publish.OutputPathException;
import org.gongkai.publish.AtomicFile;
import org.gongkai.publish.SiteWriter;
import org.gongkai.publish.SourceWriter;
import org.gongkai.render.Renderer;
import org.gongkai.search.SearchIndex;

/**
 * Builds and checks a disclosure site. Configure once with {@link #builder()}, then call {@link
 * #build()}, {@link #check()} or {@link #assign}; each call reads the site afresh.
 *
 * <pre>{@code
 * BuildResult result = Gongkai.builder()
 *     .siteDirectory(Path.of("my-site"))
 *     .frozen(System.getenv("CI") != null)
 *     .build()
 *     .build();
 * }</pre>
 */
public final class Gongkai {

  private final Path siteDirectory;
  private final Path outputDirectory;
  private final Clock clock;
  private final String baseUrl;
  private final LocalDate today;
  private final boolean frozen;
  private final boolean failOnWarnings;
  private final boolean useCache;
  private final Lang lang;
  private static final long MAX_SCANNED_COPY = 8L * 1024 * 1024;

  private final Markdown markdown = new Markdown();

  private Gongkai(Builder b) {
    this.siteDirectory = b.siteDirectory.toAbsolutePath().normalize();
    this.outputDirectory = b.outputDirectory == null
        ? siteDirectory.resolve("site-output") : b.outputDirectory.toAbsolutePath().normalize();
    this.clock = b.clock;
    this.baseUrl = b.baseUrl;
    this.today = b.today;
    this.frozen = b.frozen;
    this.failOnWarnings = b.failOnWarnings;
    this.useCache = b.useCache;
    this.lang = b.lang;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Path siteDirectory() {
    return siteDirectory;
  }

  public Path outputDirectory() {
    return outputDirectory;
  }

  /** The language messages and reports are shown in. */
  public Lang lang() {
    return lang;
  }

  /**
   * Reads and checks the site, assigns missing index numbers (unless frozen), renders it and
   * replaces the output folder. On any error nothing is written: neither the output folder nor a
   * document nor the ledger changes.
   */
  public BuildResult build() {
    long start = System.nanoTime();
    Cached cached = useCache ? cached() : Cached.NONE;
    if (cached.upToDate()) {
      BuildCache c = cached.previous();
      return new BuildResult(c.problems(), c.documents(), c.pages(), true,
          Duration.ofNanos(System.nanoTime() - start), 0);
    }
    return run(frozen ? IndexAssigner.Mode.FROZEN : IndexAssigner.Mode.ASSIGN, true,
        Set.of(), Set.of(), cached);
  }

  /** What the last build left, and whether it still describes the output exactly. */
  private record Cached(BuildCache previous, String inputs, boolean upToDate) {
    static final Cached NONE = new Cached(null, null, false);
  }

  private Cached cached() {
    Path file = BuildCache.file(siteDirectory, outputDirectory);
    String inputs;
    try {
      inputs = inputsKey();
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
        && SiteWriter.countFiles(outputDirectory) == c.outputFiles();
    return new Cached(c, inputs, same);
  }

  /** Everything that decides a build's output: the input files, the options, the version, the day. */
  private String inputsKey() throws IOException {
    LocalDateTime now = now(SiteReader.readConfig(siteDirectory, p -> { }));
    return InputSnapshot.key(siteDirectory, List.of(version(), now.toLocalDate().toString(),
        String.valueOf(baseUrl), String.valueOf(frozen), String.valueOf(failOnWarnings),
        outputDirectory.toString(), lang.code()));
  }

  /** Reads, checks and renders the site in memory, writing nothing. */
  public BuildResult check() {
    return run(frozen ? IndexAssigner.Mode.FROZEN : IndexAssigner.Mode.VERIFY, false,
        Set.of(), Set.of(), Cached.NONE);
  }

  /**
   * Assigns index numbers to publishable documents that lack one, writing each number into its
   * document and the ledger; builds nothing.
   *
   * @param renumber documents (paths relative to the site) to give a fresh number
   * @param importPaths documents to mark as imported from an older site
   */
  public BuildResult assign(Set<String> renumber, Set<String> importPaths) {
    if (frozen) {
      return failed(Problem.error(Location.of(Ledger.FILE), "index-frozen", "index numbers"
          + " cannot be assigned in a frozen build (CI=true or --frozen)", "assign them on a"
          + " laptop and commit the documents and index-ledger.yaml"));
    }
    return run(IndexAssigner.Mode.ASSIGN, false, renumber, importPaths, Cached.NONE);
  }

  /**
   * Replaces the personal data the checks report (ID, mobile and bank card numbers not allowed by
   * their document) with its masked form in the source files, and lists every change as a note.
   */
  public BuildResult fixMasking() {
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>();
    Site site = SiteReader.read(siteDirectory, problems::add);
    if (hasErrors(problems)) {
      return result(problems, 0, 0, false, start);
    }
    boolean written = false;
    try {
      MaskingFixes.Plan fixes = MaskingFixes.plan(
          CheckContext.of(site, now(site), siteDirectory, Map.of()), siteDirectory);
      List<SourceWriter.Replacement> files = new ArrayList<>();
      fixes.files().forEach((path, bytes) -> files.add(new SourceWriter.Replacement(path,
          bytes)));
      if (!files.isEmpty()) {
        SourceWriter.replaceAll(siteDirectory, files);
        problems.addAll(fixes.changes());
        written = true;
      }
    } catch (IOException | OutputPathException e) {
      problems.add(Problem.error(Location.of(siteDirectory.toString()), "source-write",
          "cannot mask personal data: " + e.getMessage(), "nothing was changed"));
    }
    return result(problems, 0, 0, written, start);
  }

  /**
   * Creates a new site in {@code dir} (which must not exist or be empty) from the starter files,
   * and numbers its example documents.
   *
   * @param name the site's name (网站名称)
   * @param today the day the example documents are published
   */
  public static BuildResult init(Path dir, String name, LocalDate today) {
    long start = System.nanoTime();
    try {
      SourceWriter.createAll(dir, org.gongkai.config.StarterSite.files(name, version(), today));
    } catch (IOException | OutputPathException e) {
      return failed(Problem.error(Location.of(dir.toString()), "init", "cannot create the site: "
          + e.getMessage(), "choose a new or empty folder"));
    }
    BuildResult numbered = builder().siteDirectory(dir).today(today).build()
        .assign(Set.of(), Set.of());
    return new BuildResult(numbered.problems(), 0, 0, true,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** This gongkai's version, e.g. 0.1.0. */
  public static String version() {
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = Gongkai.class.getResourceAsStream(
        "/org/gongkai/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version", "unknown");
  }

  /**
   * A run's problems as a report: {@code text} (for people), {@code json}, {@code sarif} (code
   * scanning) or {@code junit} (Jenkins-style CI); see docs/checks.md.
   *
   * @throws IllegalArgumentException for an unknown format, with a message naming the formats
   */
  public String report(BuildResult result, String format, boolean failOnWarnings) {
    ReportFormat f = ReportFormat.parse(format);
    ReportInput input = new ReportInput(result.problems(), RuleCatalogue.all(), version(),
        result.documents(), result.pages(), lang);
    LocalDateTime at = today != null ? today.atStartOfDay()
        : LocalDateTime.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    return Reports.render(f, input, at.withNano(0), failOnWarnings);
  }

  /** Writes a report to a file (replacing it atomically). */
  public void writeReport(String report, Path file) throws IOException {
    AtomicFile.write(file, report.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The ledger's numbers, optionally only one year's or one organ's. */
  public List<IndexNumber> indexNumbers(Integer year, String organCode, List<Problem> problems) {
    Site site = SiteReader.read(siteDirectory, problems::add);
    Optional<Ledger> ledger = Ledger.read(siteDirectory, problems::add);
    Optional<IndexPattern> pattern = CheckContext.of(site, now(site)).indexPattern();
    if (ledger.isEmpty() || pattern.isEmpty()) {
      return List.of();
    }
    List<IndexNumber> out = new ArrayList<>();
    for (LedgerEntry e : ledger.get().sorted(pattern.get())) {
      Optional<IndexPattern.Parts> parts = pattern.get().parse(e.index());
      String organ = parts.map(IndexPattern.Parts::organCode).orElse("");
      int y = parts.map(IndexPattern.Parts::year).orElse(0);
      if ((year == null || year == y) && (organCode == null || organCode.equals(organ))) {
        out.add(new IndexNumber(e.index(), organ, y, e.path(), e.title(), e.assigned(),
            e.active(), e.imported()));
      }
    }
    return out;
  }

  private BuildResult run(
      IndexAssigner.Mode mode, boolean writeSite, Set<String> renumber, Set<String> imports,
      Cached cached) {
    long start = System.nanoTime();
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Site site = SiteReader.read(siteDirectory, problems::add);
    if (baseUrl != null) {
      site = site.withConfig(site.config().withBaseUrl(baseUrl));
    }
    LocalDateTime now = now(site);
    boolean complete = !hasErrors(problems);
    boolean assignOnly = !writeSite && mode == IndexAssigner.Mode.ASSIGN;
    Optional<Ledger> ledger = Ledger.read(siteDirectory, problems::add);
    Map<String, LedgerEntry> issued = new HashMap<>();
    ledger.ifPresent(l -> l.entries().forEach(e -> issued.putIfAbsent(e.index(), e)));
    CheckContext context = CheckContext.of(site, now, siteDirectory, issued);
    // assigning numbers is blocked only by what concerns numbers, so that `--import` can fix a
    // date-forged finding
    Rules.run(assignOnly ? Rules.INDEX : Rules.ALL, context, problems::add);
    IndexAssigner.Plan numbers = null;
    if (ledger.isPresent() && context.indexPattern().isPresent()) {
      numbers = IndexAssigner.plan(site, ledger.get(), context.indexPattern().get(),
          siteDirectory, new IndexAssigner.Options(mode, renumber, imports, now, complete),
          problems::add);
      site = site.withDocuments(numbers.documents());
    }
    if (assignOnly) {
      boolean written = !hasErrors(problems) && numbers != null
          && writeSources(numbers, problems::add);
      return result(problems, 0, 0, written, start);
    }
    SitePlan plan = new SiteAssembler(markdown).assemble(site, now, problems::add);
    int changed = -1;
    if (!hasErrors(problems) && !(failOnWarnings && hasWarnings(problems))) {
      changed = render(plan, writeSite, numbers, problems, cached);
    }
    return result(problems, plan.published().size(), plan.pages().size(), changed, start);
  }

  private LocalDateTime now(Site site) {
    return now(site.config());
  }

  private LocalDateTime now(org.gongkai.model.SiteConfig config) {
    return today != null ? today.atTime(23, 59, 59)
        : LocalDateTime.now(clock.withZone(config.timezone()));
  }

  private boolean writeSources(IndexAssigner.Plan numbers, Consumer<Problem> problems) {
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
    } catch (IOException | OutputPathException e) {
      problems.accept(Problem.error(Location.of(files.get(0).path()), "source-write",
          "cannot write index numbers: " + e.getMessage(), "make the site folder writable and"
              + " run again"));
      return false;
    }
  }

  /** Renders (and writes, when asked) the site; the files changed, or -1 when none were written. */
  private int render(
      SitePlan plan, boolean write, IndexAssigner.Plan numbers, List<Problem> all,
      Cached cached) {
    Consumer<Problem> problems = all::add;
    Renderer renderer = new Renderer(siteDirectory);
    OutputChecks inspect = new OutputChecks(plan, plan.site().baseUrl(), siteDirectory);
    if (!write) {
      plan.pages().parallelStream().forEach(page -> {
        Renderer.Result r = renderer.render(page, plan.site());
        if (r.ok()) {
          inspect.file(page.path(), r.bytes());
        } else {
          problems.accept(r.problem());
        }
      });
      renderer.assets().forEach(a -> inspect.file(a.path(), a.bytes()));
      SearchIndex.build(plan, problems).forEach(f -> inspect.file(f.path(), f.bytes()));
      for (SitePlan.Copy copy : plan.copies()) {
        inspectCopy(inspect, copy);
      }
      inspect.finish(problems);
      return -1;
    }
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    String renderKey = plan.globalKey() + "|" + renderer.templatesKey(version());
    BuildCache previous = cached.previous() != null
        && cached.previous().renderKey().equals(renderKey) ? cached.previous() : null;
    Map<String, String> keys = new java.util.concurrent.ConcurrentHashMap<>();
    try (SiteWriter writer = SiteWriter.open(outputDirectory, siteDirectory)) {
      plan.pages().parallelStream().forEach(page -> {
        String key = useCache ? pageKey(page, plan) : null;
        if (key != null) {
          keys.put(page.path(), key);
          if (previous != null && keep(page.path(), key, previous, writer, inspect)) {
            return;
          }
        }
        Renderer.Result r = renderer.render(page, plan.site());
        if (r.ok()) {
          inspect.file(page.path(), r.bytes());
          write(writer, page.path(), r.bytes(), Location.of(page.path()), found::add);
        } else {
          found.add(r.problem());
        }
      });
      for (Renderer.Asset asset : renderer.assets()) {
        inspect.file(asset.path(), asset.bytes());
        write(writer, asset.path(), asset.bytes(), Location.of("templates/" + asset.path()),
            found::add);
      }
      for (SearchIndex.File file : SearchIndex.build(plan, found::add)) {
        inspect.file(file.path(), file.bytes());
        write(writer, file.path(), file.bytes(), Location.of(SearchIndex.FOLDER), found::add);
      }
      for (SitePlan.Copy copy : plan.copies()) {
        try {
          writer.copy(siteDirectory.resolve(copy.from()), copy.to());
          inspectCopy(inspect, copy);
        } catch (IOException | OutputPathException e) {
          found.add(Problem.error(Location.of(copy.from()), "output", "cannot copy to "
              + copy.to() + ": " + e.getMessage(), ""));
        }
      }
      inspect.finish(found::add);
      found.forEach(problems);
      if (hasErrors(found) || failOnWarnings && hasWarnings(found)) {
        return -1;
      }
      if (numbers != null && numbers.writes() && !writeSources(numbers, problems)) {
        return -1;
      }
      writer.commit();
      if (useCache && cached.inputs() != null) {
        saveCache(plan, keys, inspect, previous, writer.filesWritten(), all, cached.inputs(),
            numbers != null && numbers.writes());
      }
      return writer.changedFiles();
    } catch (IOException e) {
      problems.accept(Problem.error(Location.of(outputDirectory.toString()), "output",
          "cannot write the site: " + e.getMessage(), ""));
      return -1;
    }
  }

  /**
   * Keeps a page of the previous output when what it shows is unchanged (same page key, under the
   * same global and template keys): its old file is linked into the new output.
   */
  private static boolean keep(
      String path, String key, BuildCache previous, SiteWriter writer, OutputChecks inspect) {
    if (!key.equals(previous.pageKeys().get(path))) {
      return false;
    }
    try {
      if (writer.keep(path)) {
        inspect.kept(path, previous.pageIds().getOrDefault(path, List.of()));
        return true;
      }
    } catch (IOException e) {
      // render it instead
    }
    return false;
  }

  /**
   * What a page shows: the document (or series) key the plan gives pages of one document, else a
   * fingerprint of the page's whole view (listings, unit pages, feeds: views made of records,
   * whose text form is complete and stable).
   */
  private static String pageKey(Page page, SitePlan plan) {
    String key = plan.pageKeys().get(page.path());
    if (key != null) {
      return key;
    }
    return new ContentKey().add(page.kind().name()).add(page.title()).add(page.canonical())
        .add(page.meta().toString()).add(page.breadcrumb().toString())
        .add(page.alternates().toString()).add(String.valueOf(page.content())).toString();
  }

  private void saveCache(
      SitePlan plan, Map<String, String> keys, OutputChecks inspect, BuildCache previous,
      long outputFiles,
      List<Problem> problems, String inputsBefore, boolean sourcesChanged) {
    Renderer renderer = new Renderer(siteDirectory);
    Map<String, List<String>> ids = new HashMap<>();
    for (String path : keys.keySet()) {
      List<String> found = inspect.ids(path);
      ids.put(path, found.isEmpty() && previous != null
          ? previous.pageIds().getOrDefault(path, List.of()) : found);
    }
    String due = plan.unpublished().stream()
        .filter(u -> u.reason() == SitePlan.Reason.SCHEDULED)
        .map(u -> u.document().meta().published().value())
        .min(LocalDateTime::compareTo).map(LocalDateTime::toString).orElse("");
    try {
      // numbers written into documents during this build change the inputs it started from
      String inputs = sourcesChanged ? inputsKey() : inputsBefore;
      List<Problem> kept;
      synchronized (problems) {
        kept = List.copyOf(problems);
      }
      new BuildCache(inputs, plan.globalKey() + "|" + renderer.templatesKey(version()), due,
          outputFiles, plan.published().size(), plan.pages().size(), keys, ids,
          kept).write(BuildCache.file(siteDirectory, outputDirectory), lang);
    } catch (IOException | RuntimeException e) {
      // the cache only saves time: the next build renders everything
    }
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
    inspect.copied(copy.to());
  }

  private static void write(
      SiteWriter writer, String path, byte[] bytes, Location from, Consumer<Problem> problems) {
    try {
      writer.write(path, bytes);
    } catch (OutputPathException e) {
      problems.accept(Problem.error(from, "output-path", e.getMessage(), ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasWarnings(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(p -> p.severity() == org.gongkai.model.Severity.WARNING);
    }
  }

  private static boolean hasErrors(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  private static BuildResult result(
      List<Problem> problems, int documents, int pages, boolean written, long start) {
    return new BuildResult(problems, documents, pages, written,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private static BuildResult result(
      List<Problem> problems, int documents, int pages, int changedFiles, long start) {
    return new BuildResult(problems, documents, pages, changedFiles >= 0,
        Duration.ofNanos(System.nanoTime() - start), changedFiles);
  }

  private static BuildResult failed(Problem problem) {
    return new BuildResult(List.of(problem), 0, 0, false, Duration.ZERO);
  }

  /** Configures a {@link Gongkai}. */
  public static final class Builder {
    private Path siteDirectory = Path.of(".");
    private Path outputDirectory;
    private Clock clock = Clock.systemUTC();
    private String baseUrl;
    private LocalDate today;
    private boolean frozen;
    private boolean failOnWarnings;
    private boolean useCache = true;
    private Lang lang = Lang.ZH;

    private Builder() {}

    /** The language of messages and reports; default Chinese. */
    public Builder lang(Lang language) {
      this.lang = Objects.requireNonNull(language);
      return this;
    }

    /** The site folder (holding site.yaml); default the current folder. */
    public Builder siteDirectory(Path dir) {
      this.siteDirectory = Objects.requireNonNull(dir);
      return this;
    }

    /** Where the site is written; default {@code site-output} in the site folder. */
    public Builder outputDirectory(Path dir) {
      this.outputDirectory = dir;
      return this;
    }

    /** The clock that decides which documents are due (scheduled ones are not); default now. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Builds as of the end of this day in the site's time zone instead of now (for back-dated
     * runs and tests); {@code null} for now.
     */
    public Builder today(LocalDate date) {
      this.today = date;
      return this;
    }

    /**
     * Forbids any change to the site's own files (CI): a document without an index number is an
     * error instead of getting one.
     */
    public Builder frozen(boolean frozen) {
      this.frozen = frozen;
      return this;
    }

    /**
     * Whether a build may reuse what the last build of this site into this output folder knew
     * ({@code .gongkai-cache/}): default true. Without it every page is rendered again; the site
     * is the same either way.
     */
    public Builder useCache(boolean use) {
      this.useCache = use;
      return this;
    }

    /** Treats warnings like errors: a build with a warning writes nothing. */
    public Builder failOnWarnings(boolean strict) {
      this.failOnWarnings = strict;
      return this;
    }

    /** Serves the site at another URL than site.yaml's baseUrl (for staging builds). */
    public Builder baseUrl(String url) {
      this.baseUrl = url == null || url.endsWith("/") ? url : url + "/";
      return this;
    }

    public Gongkai build() {
      return new Gongkai(this);
    }
  }
}
