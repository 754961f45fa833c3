package org.gongkai.serve;

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
import java.util.Optional;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SitePlan;
import org.gongkai.index.IndexAssigner;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Progress;
import org.gongkai.model.Text;
import org.gongkai.pipeline.Pipeline;
import org.gongkai.publish.BuildCache;
import org.gongkai.publish.ParseCache;
import org.gongkai.render.Renderer;

/**
 * The site as the preview shows it, rebuilt on demand. A rebuild runs the same pipeline as a
 * build, in the mode of {@code check} (verify, or frozen): no index number is assigned and no file
 * of the site is written, except the parse cache under {@code .gongkai-cache/}. The render loop
 * puts the site into memory ({@link PreviewSink}), rendering only pages whose keys changed, to
 * inspect them. A rebuild with errors keeps the last good site, to be shown under its problems.
 */
public final class PreviewSite {

  /** The budget of rendered pages kept in memory for the browser. */
  private static final long RENDERED_BUDGET = 48L * 1024 * 1024;

  /**
   * How the preview runs.
   *
   * @param today the day to preview as ({@code --today}), or null for now
   * @param frozen as in CI: a document without a number is an error (else it shows 待分配)
   * @param drafts show drafts, marked 草稿
   */
  public record Options(Path siteDirectory, String baseUrl, LocalDate today, Clock clock,
      boolean frozen, boolean drafts, Progress progress) {}

  /**
   * What a rebuild found.
   *
   * @param problems every problem, sorted
   * @param documents documents shown
   * @param pages pages in the site shown
   * @param shown whether this rebuild's site is now shown (false: the last good one stays)
   * @param build the number of this rebuild, counting from 1
   */
  public record Outcome(List<Problem> problems, int documents, int pages, Duration elapsed,
      boolean shown, int build) {

    public Outcome {
      problems = problems.stream().sorted().toList();
    }
  }

  private final Options options;
  private final Path siteDirectory;
  private final RenderedPages rendered = new RenderedPages(RENDERED_BUDGET);
  private ParseCache documents;
  private volatile PreviewState state;
  private volatile Outcome last;
  private int builds;

  public PreviewSite(Options options) {
    this.options = options;
    this.siteDirectory = options.siteDirectory().toAbsolutePath().normalize();
  }

  public Path siteDirectory() {
    return siteDirectory;
  }

  /** The last good site, if any rebuild made one. */
  Optional<PreviewState> state() {
    return Optional.ofNullable(state);
  }

  /** What the last rebuild found, if there was one. */
  public Optional<Outcome> last() {
    return Optional.ofNullable(last);
  }

  /** Rebuilds from the files as they are now; one rebuild at a time. */
  public synchronized Outcome rebuild() {
    long start = System.nanoTime();
    int build = ++builds;
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    int documentsShown = 0;
    int pagesShown = 0;
    boolean shown = false;
    try {
      if (documents == null) {
        documents = ParseCache.load(siteDirectory);
      }
      Pipeline pipeline = new Pipeline(new Pipeline.Settings(siteDirectory, options.baseUrl(),
          options.today(), options.clock(), false, documents, options.progress()));
      Pipeline.Content content = pipeline.read(options.frozen() ? IndexAssigner.Mode.FROZEN
          : IndexAssigner.Mode.VERIFY, Pipeline.IndexRequest.NONE, false);
      pipeline.saveParseCache();
      documents = documents.next();
      problems = content.problems();
      if (!pipeline.blocked(problems)) {
        LocalDateTime realNow = LocalDateTime.now(options.clock().withZone(
            content.site().config().timezone()));
        Pipeline.Content marked = new Pipeline.Content(PreviewMarks.apply(content.site(),
            content.now(), realNow, options.drafts()), content.now(), content.numbers(),
            problems);
        SitePlan plan = pipeline.plan(marked);
        documentsShown = plan.published().size();
        pagesShown = plan.pages().size();
        if (!pipeline.blocked(problems)) {
          shown = show(pipeline, plan, problems, build);
        }
      }
    } catch (RuntimeException e) {
      // a fault of gongkai's, not the site's: the last good site stays, and the server runs on
      problems.add(Problem.error(Location.of(siteDirectory.toString()), "preview",
          Text.of("serve.rebuild-failed", e.getClass().getSimpleName()),
          Text.of("serve.rebuild-failed-hint")));
    }
    List<Problem> found;
    synchronized (problems) {
      found = List.copyOf(problems);
    }
    Outcome outcome = new Outcome(found, documentsShown, pagesShown,
        Duration.ofNanos(System.nanoTime() - start), shown, build);
    last = outcome;
    return outcome;
  }

  /** Renders what changed to inspect it; shows the new site when nothing was found wrong. */
  private boolean show(Pipeline pipeline, SitePlan plan, List<Problem> problems, int build) {
    Renderer renderer = new Renderer(siteDirectory);
    String renderKey = Pipeline.renderKey(plan, renderer);
    PreviewState before = state;
    Map<String, String> keys = Map.of();
    Map<String, List<String>> ids = Map.of();
    if (before != null && before.renderKey().equals(renderKey)) {
      keys = before.keys();
      ids = before.ids();
    } else if (before == null) {
      // a site just built with `gongkai build` has been inspected page by page under these keys
      Optional<BuildCache> built = BuildCache.read(BuildCache.file(siteDirectory,
          siteDirectory.resolve("site-output")));
      if (built.isPresent() && built.get().renderKey().equals(renderKey)) {
        keys = built.get().pageKeys();
        ids = built.get().pageIds();
      }
    }
    PreviewSink sink = new PreviewSink(keys, ids, rendered);
    Pipeline.Rendered result = pipeline.render(plan, renderer, sink);
    problems.addAll(result.problems());
    if (pipeline.blocked(result.problems())) {
      return false;
    }
    Map<String, List<String>> pageIds = new HashMap<>(sink.keptIds());
    for (String path : result.keys().keySet()) {
      if (!pageIds.containsKey(path)) {
        pageIds.put(path, result.checks().ids(path));
      }
    }
    state = new PreviewState(build, plan, renderer, PreviewState.byPath(plan), result.keys(),
        pageIds, sink.assets(), sink.copies(), renderKey);
    return true;
  }

  /**
   * The bytes of a page of the shown site, rendered now unless they were lately; null when the
   * page cannot be rendered (its template changed since: the next rebuild reports it).
   */
  byte[] page(PreviewState shown, Page page) {
    String key = shown.keys().get(page.path());
    byte[] bytes = key == null ? null : rendered.get(page.path(), key);
    if (bytes != null) {
      return bytes;
    }
    Renderer.Result r = shown.renderer().render(page, shown.plan().site());
    if (!r.ok()) {
      return null;
    }
    if (key != null) {
      rendered.put(page.path(), key, r.bytes());
    }
    return r.bytes();
  }
}
