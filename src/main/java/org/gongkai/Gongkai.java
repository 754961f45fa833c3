package org.gongkai;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.assemble.SitePlan;
import org.gongkai.check.CheckContext;
import org.gongkai.check.IdentityRule;
import org.gongkai.check.MaskingFixes;
import org.gongkai.check.ReportFormat;
import org.gongkai.check.ReportInput;
import org.gongkai.check.Reports;
import org.gongkai.check.RuleCatalogue;
import org.gongkai.config.SiteReader;
import org.gongkai.index.IndexAssigner;
import org.gongkai.index.IndexPattern;
import org.gongkai.index.Ledger;
import org.gongkai.index.LedgerEntry;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.IndexNumber;
import org.gongkai.model.IoText;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Progress;
import org.gongkai.model.Site;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import org.gongkai.publish.AtomicFile;
import org.gongkai.publish.BuildCache;
import org.gongkai.publish.GitRepository;
import org.gongkai.publish.OutputPathException;
import org.gongkai.publish.ParseCache;
import org.gongkai.publish.SiteWriter;
import org.gongkai.publish.SourceWriter;
import org.gongkai.source.Dates;
import org.gongkai.source.DocumentParser;
import org.gongkai.source.DocumentSource;
import org.gongkai.source.AnnualReportScaffold;
import org.gongkai.pipeline.Pipeline;
import org.gongkai.pipeline.Version;
import org.gongkai.serve.PreviewSite;

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
  private final Progress progress;

  /** The zone of report timestamps: the time on the clocks of the web teams that read them. */
  private static final ZoneId REPORT_ZONE = ZoneId.of("Asia/Shanghai");

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
    this.progress = b.progress;
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

  /** Spreadsheets in and out (import, merge, export), with this site, day and language. */
  public Sheets sheets() {
    return new Sheets(siteDirectory, today, clock, frozen, lang);
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
    try {
      // a bad output folder stops the build before anything changes; an output folder an
      // interrupted build left missing is restored even if this build fails
      SiteWriter.prepare(outputDirectory, siteDirectory);
    } catch (IOException e) {
      return failed(Pipeline.writeFailed(outputDirectory, e), BuildResult.Action.BUILD);
    }
    Pipeline pipeline = pipeline(new DocumentParser(siteDirectory));
    Pipeline.Cached cached = useCache ? pipeline.cached(outputDirectory, List.of(
        String.valueOf(baseUrl), String.valueOf(frozen), String.valueOf(failOnWarnings),
        outputDirectory.toString())) : Pipeline.Cached.NONE;
    if (cached.upToDate()) {
      BuildCache c = cached.previous();
      return new BuildResult(c.problems(), c.documents(), c.pages(), true,
          Duration.ofNanos(System.nanoTime() - start), 0);
    }
    return run(frozen ? IndexAssigner.Mode.FROZEN : IndexAssigner.Mode.ASSIGN, true,
        Pipeline.IndexRequest.NONE, cached);
  }

  private Pipeline pipeline() {
    return pipeline(new DocumentParser(siteDirectory));
  }

  /** The pipeline of this configuration, reading documents from {@code documents}. */
  private Pipeline pipeline(DocumentSource documents) {
    return new Pipeline(new Pipeline.Settings(siteDirectory, baseUrl, today, clock,
        failOnWarnings, documents, progress));
  }

  /** Where a run's documents come from: the parse cache of earlier runs, unless told not to. */
  private DocumentSource documents() {
    return useCache ? ParseCache.load(siteDirectory) : new DocumentParser(siteDirectory);
  }

  /**
   * Starts the preview ({@code gongkai serve}): builds the site into memory as {@code check}
   * would read it (no index number assigned, no file of the site written but the parse cache),
   * serves it at {@code http://bind:port/}, and rebuilds it whenever one of its files changes.
   * Drafts are shown (marked 草稿) with {@code drafts}; documents scheduled after today but due by
   * the builder's {@code today} are shown marked 定时发布.
   *
   * @param port the port, or 0 for any free one
   * @param bind the address to listen on, e.g. {@code 127.0.0.1}
   * @param listener hears the result of every build of the preview
   * @throws TextException when the port is taken or the address cannot be bound
   */
  public Preview serve(int port, String bind, boolean drafts, Consumer<BuildResult> listener) {
    return Preview.start(new PreviewSite.Options(siteDirectory, baseUrl, today, clock, frozen,
        drafts, progress), bind, port, listener);
  }

  /** Reads, checks and renders the site in memory, writing nothing. */
  public BuildResult check() {
    return run(frozen ? IndexAssigner.Mode.FROZEN : IndexAssigner.Mode.VERIFY, false,
        Pipeline.IndexRequest.NONE, Pipeline.Cached.NONE);
  }

  /**
   * Assigns index numbers to publishable documents that lack one, writing each number into its
   * document and the ledger; builds nothing.
   *
   * @param renumber documents (paths relative to the site) to give a fresh number
   * @param importPaths documents to mark as imported from an older site
   */
  public BuildResult assign(Set<String> renumber, Set<String> importPaths) {
    return assign(renumber, importPaths, false);
  }

  /**
   * Assigns index numbers as {@link #assign(Set, Set)} does and, with {@code
   * renumberUnpublished}, gives a fresh number to every document whose number is not yet
   * published (no document carrying it has a 发布日期 on or before today, and it is not imported):
   * after the organ code changed, so that those numbers carry the new one.
   */
  public BuildResult assign(
      Set<String> renumber, Set<String> importPaths, boolean renumberUnpublished) {
    if (frozen) {
      return failed(Problem.error(Location.of(Ledger.FILE), "index-frozen",
          Text.of("facade.assign-frozen"), Text.of("facade.assign-frozen-hint")),
          BuildResult.Action.ASSIGN);
    }
    return run(IndexAssigner.Mode.ASSIGN, false, new Pipeline.IndexRequest(renumber, importPaths,
        renumberUnpublished), Pipeline.Cached.NONE);
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
      return result(problems, BuildResult.Action.MASK, false, start);
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
    } catch (IOException e) {
      problems.add(maskFailed(IoText.of(e)));
    } catch (OutputPathException e) {
      problems.add(maskFailed(e.text()));
    }
    return result(problems, BuildResult.Action.MASK, written, start);
  }

  /**
   * Creates a new site in {@code dir} (which must not exist or be empty) from the starter files,
   * with placeholders for the organ code and the 网站标识码: nothing is numbered (see {@link
   * #init(Path, String, String, String, LocalDate)}).
   *
   * @param name the site's name (网站名称)
   * @param today the day the example documents are published
   */
  public static BuildResult init(Path dir, String name, LocalDate today) {
    return init(dir, name, null, null, today);
  }

  /**
   * Creates a new site in {@code dir} (which must not exist or be empty) from the starter files,
   * and makes it a Git repository when git is installed and the folder is not inside one already
   * (a note says which). With both codes its example documents are numbered; without them
   * site.yaml holds placeholders, notes say what to fill in, and nothing is numbered: numbers made
   * with a placeholder organ code would stay wrong for ever, and no site builds with either.
   *
   * @param name the site's name (网站名称)
   * @param organCode the organ code (机构代码), checked with {@link #organCode}; null for a
   *     placeholder
   * @param siteCode the 网站标识码, checked with {@link #siteCode}; null for a placeholder
   * @param today the day the example documents are published
   */
  public static BuildResult init(
      Path dir, String name, String organCode, String siteCode, LocalDate today) {
    long start = System.nanoTime();
    Map<String, byte[]> files = org.gongkai.config.StarterSite.files(name, organCode, siteCode,
        version(), today);
    try {
      SourceWriter.createAll(dir, files);
    } catch (IOException e) {
      return failed(initFailed(dir, IoText.of(e)), BuildResult.Action.INIT);
    } catch (OutputPathException e) {
      return failed(initFailed(dir, e.text()), BuildResult.Action.INIT);
    }
    List<Problem> problems = new ArrayList<>();
    problems.add(git(dir));
    if (organCode != null && siteCode != null) {
      problems.addAll(builder().siteDirectory(dir).today(today).build()
          .assign(Set.of(), Set.of()).problems());
    } else {
      Site site = SiteReader.read(dir, p -> { });
      for (Problem p : IdentityRule.findings(site, Optional.empty(), today.atStartOfDay())) {
        problems.add(Problem.note(p.location(), p.ruleId(), p.message(), p.hint()));
      }
    }
    return new BuildResult(problems, 0, 0, true, Duration.ofNanos(System.nanoTime() - start),
        files.size(), BuildResult.Action.INIT);
  }

  /** Makes a new site a Git repository, and says what was done as a note. */
  private static Problem git(Path dir) {
    Location at = Location.of(dir.toString());
    return switch (GitRepository.init(dir)) {
      case CREATED -> Problem.note(at, "init", Text.of("facade.git-created", dir.toString()),
          Text.of("facade.git-created-hint"));
      case INSIDE_REPOSITORY -> Problem.note(at, "init", Text.of("facade.git-inside"),
          Text.NONE);
      case NO_GIT -> Problem.note(at, "init", Text.of("facade.git-none"),
          Text.of("facade.git-none-hint"));
      case FAILED -> Problem.note(at, "init", Text.of("facade.git-failed"),
          Text.of("facade.git-none-hint"));
    };
  }

  /**
   * An organ code given as an option ({@code gongkai init --organ-code}), as the checks read it.
   *
   * @throws TextException when it is a placeholder or an 18-character code whose check character
   *     is wrong, saying so (and what the check character should be)
   */
  public static String organCode(String text) {
    String code = text.strip();
    Optional<Text> placeholder = IdentityRule.organCode(code);
    if (placeholder.isPresent()) {
      throw new TextException(placeholder.get(), Text.of("check.identity.organ-code-hint"));
    }
    if (org.gongkai.index.OrganCode.isCreditCode(code)
        && !org.gongkai.index.OrganCode.isValidCreditCode(code)) {
      throw new TextException(org.gongkai.index.OrganCode.expectedCheck(code)
          .map(c -> Text.of("check.organ-code", code, String.valueOf(c),
              String.valueOf(code.charAt(17))))
          .orElse(Text.of("check.organ-code-alphabet", code)), Text.of("check.organ-code-hint"));
    }
    return code;
  }

  /**
   * A 网站标识码 given as an option ({@code gongkai init --site-code}).
   *
   * @throws TextException when it is not 10 digits or {@code bm} and 8 digits, or a placeholder
   */
  public static String siteCode(String text) {
    String code = text.strip();
    if (!code.matches("\\d{10}|bm\\d{8}")) {
      throw new TextException(Text.of("config.site-code", code),
          Text.of("config.site-code-hint"));
    }
    Optional<Text> placeholder = IdentityRule.siteCode(code);
    if (placeholder.isPresent()) {
      throw new TextException(placeholder.get(), Text.of("check.identity.site-code-hint"));
    }
    return code;
  }

  private static Problem initFailed(Path dir, Text why) {
    return Problem.error(Location.of(dir.toString()), "init", Text.of("facade.init-failed", why),
        Text.of("facade.init-failed-hint"));
  }

  private Problem maskFailed(Text why) {
    return Problem.error(Location.of(siteDirectory.toString()), "source-write",
        Text.of("facade.mask-failed", why), Text.of("facade.mask-failed-hint"));
  }

  /**
   * Reads a date given as an option ({@code --today}) as strictly as the content model does.
   *
   * @throws TextException saying what is wrong, with the corrected form as the hint when the
   *     text is a near miss ({@code 2023/07/31} → {@code 2023-07-31})
   */
  public static LocalDate date(String text) {
    Dates.Result<LocalDate> d = Dates.date(text);
    if (!d.ok()) {
      throw new TextException(d.message(), d.hint());
    }
    return d.value();
  }

  /**
   * Checks a base URL given as an option ({@code --base-url}, Maven's {@code baseUrl}) as
   * site.yaml's is checked: an absolute http(s) address, without user name, password, query or
   * fragment.
   *
   * @throws TextException saying what is wrong
   */
  public static void checkBaseUrl(String url) {
    java.util.Optional<Text> refusal = org.gongkai.config.BaseUrl.refusal(url);
    if (refusal.isPresent()) {
      throw new TextException(refusal.get(), Text.of("config.base-url-hint"));
    }
  }

  /**
   * Checks the name of a report format ({@code text}, {@code json}, {@code sarif}, {@code
   * junit}), so that an adapter refuses a wrong one before anything runs.
   *
   * @throws TextException naming the formats there are
   */
  public static void checkReportFormat(String format) {
    ReportFormat.parse(format);
  }

  /** The file name of a new annual report, in its column's folder. */
  private static final String ANNUAL_REPORT_FILE = "%d-ndbg.md";
  /** The column type (ColumnType) of a site's annual reports. */
  private static final String ANNUAL_REPORT_COLUMN = "信息公开年报";

  /**
   * Writes a new annual report ({@code gongkai new annual-report}): every row of the three tables
   * labelled and every figure 0, the six section headings, {@code draft: true}; and, when the site
   * holds last year's report of the same body, 二、上年结转 filled from its 四、结转下年度继续办理.
   * Never replaces a file.
   *
   * @param year the year the report is about
   * @param kind department or government; null for last year's report's kind, else department
   * @param organ the reporting body; null for last year's report's, else site.yaml's publisher
   * @param out the file to write, relative to the site folder; null for {@code YEAR-ndbg.md} in
   *     the folder of last year's report, else of the first column of type 信息公开年报, else
   *     {@code content/ndbg/}
   */
  public BuildResult newAnnualReport(int year, OrganKind kind, String organ, String out) {
    long start = System.nanoTime();
    if (!Files.isRegularFile(siteDirectory.resolve(SiteReader.SITE_FILE))) {
      return failed(Problem.error(Location.of(SiteReader.SITE_FILE), "new",
          Text.of("report.new-no-site", siteDirectory.toString()),
          Text.of("report.new-no-site-hint")), BuildResult.Action.NEW);
    }
    if (year < 2008 || year > 9999) {
      return failed(Problem.error(Location.of(SiteReader.SITE_FILE), "new",
          Text.of("report.year-out-of-range", year, 2008),
          Text.of("report.year-out-of-range-hint")), BuildResult.Action.NEW);
    }
    List<Problem> problems = new ArrayList<>();
    Site site = SiteReader.read(siteDirectory, p -> { });
    List<AnnualReport> lastYear = site.documents().stream()
        .filter(d -> d instanceof AnnualReport r && r.year() == year - 1 && !r.meta().draft()
            && (organ == null || organ.equals(r.organ())))
        .map(AnnualReport.class::cast).toList();
    AnnualReport last = lastYear.size() == 1 ? lastYear.get(0) : null;
    if (lastYear.size() > 1) {
      problems.add(Problem.warning(Location.of(lastYear.get(1).source().path()), "new",
          Text.of("report.new-several", year - 1, lastYear.size()),
          Text.of("report.new-several-hint")));
    }
    OrganKind k = kind != null ? kind : last != null && last.kind() != null ? last.kind()
        : OrganKind.DEPARTMENT;
    String body = organ != null ? organ : last != null && last.organ() != null ? last.organ()
        : site.config().publisher();
    String path = out != null ? Path.of(out).normalize().toString().replace('\\', '/')
        : annualReportFolder(site, last) + "/" + String.format(ANNUAL_REPORT_FILE, year);
    if (!path.startsWith("content/") || !path.endsWith(".md") || path.contains("/files/")) {
      return failed(Problem.error(Location.of(path), "new",
          Text.of("report.new-not-a-document", path),
          Text.of("report.new-not-a-document-hint")), BuildResult.Action.NEW);
    }
    List<String> carriedOver = last == null ? List.of() : carriedForward(last);
    if (last != null && carriedOver.isEmpty()) {
      problems.add(Problem.warning(Location.of(last.source().path()), "new",
          Text.of("report.new-carryover-unreadable", last.year()),
          Text.of("report.new-carryover-unreadable-hint")));
    }
    String text = AnnualReportScaffold.text(year, k, body, carriedOver);
    try {
      SourceWriter.createNew(siteDirectory, path, text.getBytes(StandardCharsets.UTF_8));
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return failed(Problem.error(Location.of(path), "new", Text.of("report.new-exists", path),
          Text.of("report.new-exists-hint")), BuildResult.Action.NEW);
    } catch (IOException | OutputPathException e) {
      return failed(Problem.error(Location.of(path), "new", Text.of("report.new-unwritable",
          path), Text.of("report.new-unwritable-hint")), BuildResult.Action.NEW);
    }
    problems.add(Problem.note(Location.of(path), "new",
        Text.of("report.new-written", year, k == OrganKind.DEPARTMENT
            ? Text.of("report.kind-department") : Text.of("report.kind-government")),
        carriedOver.isEmpty() ? Text.of("report.new-written-hint")
            : Text.of("report.new-written-carryover", last.source().path(),
                String.join(", ", carriedOver))));
    return result(problems, BuildResult.Action.NEW, true, start);
  }

  /** Where a new annual report goes: beside last year's, else in the site's 信息公开年报 column. */
  private static String annualReportFolder(Site site, AnnualReport last) {
    if (last != null) {
      String p = last.source().path();
      return p.substring(0, p.lastIndexOf('/'));
    }
    return site.columns().stream().filter(c -> ANNUAL_REPORT_COLUMN.equals(c.type()))
        .map(c -> "content/" + c.path()).sorted().findFirst().orElse("content/ndbg");
  }

  /** Last year's 四、结转下年度继续办理, when every figure of it is a count. */
  private static List<String> carriedForward(AnnualReport last) {
    List<String> out = new ArrayList<>();
    for (Applicant a : Applicant.values()) {
      java.util.OptionalLong n = last.tables().application(ApplicationRow.CARRIED_FORWARD, a)
          .count();
      if (n.isEmpty()) {
        return List.of();
      }
      out.add(String.valueOf(n.getAsLong()));
    }
    return out;
  }

  /** This gongkai's version, e.g. 0.1.0. */
  public static String version() {
    return Version.get();
  }

  /**
   * A run's problems as a report: {@code text} (for people), {@code json}, {@code sarif} (code
   * scanning) or {@code junit} (Jenkins-style CI); see docs/checks.md.
   *
   * @throws TextException for an unknown format, with a message naming the formats
   */
  public String report(BuildResult result, String format, boolean failOnWarnings) {
    ReportFormat f = ReportFormat.parse(format);
    ReportInput input = new ReportInput(result.problems(), RuleCatalogue.all(), version(),
        result.documents(), result.pages(), lang);
    OffsetDateTime at = today != null ? today.atStartOfDay(REPORT_ZONE).toOffsetDateTime()
        : OffsetDateTime.now(clock.withZone(REPORT_ZONE));
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
      IndexAssigner.Mode mode, boolean writeSite, Pipeline.IndexRequest request,
      Pipeline.Cached cached) {
    long start = System.nanoTime();
    boolean assignOnly = !writeSite && mode == IndexAssigner.Mode.ASSIGN;
    Pipeline pipeline = pipeline(assignOnly ? new DocumentParser(siteDirectory) : documents());
    Pipeline.Content content = pipeline.read(mode, request, writeSite);
    if (writeSite) {
      // what was parsed is worth keeping even when the build fails: the next run is faster
      pipeline.saveParseCache();
    }
    List<Problem> problems = content.problems();
    if (assignOnly) {
      boolean written = !hasErrors(problems) && content.numbers() != null
          && pipeline.writeSources(content.numbers(), problems::add);
      return result(problems, BuildResult.Action.ASSIGN, written, start);
    }
    SitePlan plan = pipeline.plan(content);
    int changed = -1;
    if (!pipeline.blocked(problems)) {
      if (writeSite) {
        changed = pipeline.build(plan, content, outputDirectory, cached, useCache);
      } else {
        pipeline.check(plan, content);
      }
    }
    return result(problems, plan.published().size(), plan.pages().size(), changed,
        writeSite ? BuildResult.Action.BUILD : BuildResult.Action.CHECK, start);
  }

  private LocalDateTime now(Site site) {
    return pipeline().now(site.config());
  }

  private static boolean hasErrors(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /** The result of a run that changes the site's own files (numbers, masking): no pages. */
  private static BuildResult result(
      List<Problem> problems, BuildResult.Action action, boolean written, long start) {
    return new BuildResult(problems, 0, 0, written, Duration.ofNanos(System.nanoTime() - start),
        -1, action);
  }

  private static BuildResult result(List<Problem> problems, int documents, int pages,
      int changedFiles, BuildResult.Action action, long start) {
    return new BuildResult(problems, documents, pages, changedFiles >= 0,
        Duration.ofNanos(System.nanoTime() - start), changedFiles, action);
  }

  private static BuildResult failed(Problem problem, BuildResult.Action action) {
    return new BuildResult(List.of(problem), 0, 0, false, Duration.ZERO, -1, action);
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
    private Progress progress = Progress.NONE;

    private Builder() {}

    /**
     * Hears how far a run has come, stage by stage (reading, checking, planning, rendering,
     * writing); default nothing.
     */
    public Builder progress(Progress listener) {
      this.progress = Objects.requireNonNull(listener);
      return this;
    }

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
