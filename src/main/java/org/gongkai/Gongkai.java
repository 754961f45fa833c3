package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.check.CheckContext;
import org.gongkai.check.Rules;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.publish.OutputPathException;
import org.gongkai.publish.SiteWriter;
import org.gongkai.render.Renderer;

/**
 * Builds and checks a disclosure site. Configure once with {@link #builder()}, then call {@link
 * #build()} or {@link #check()}; each call reads the site afresh.
 *
 * <pre>{@code
 * BuildResult result = Gongkai.builder()
 *     .siteDirectory(Path.of("my-site"))
 *     .outputDirectory(Path.of("my-site/site-output"))
 *     .build()
 *     .build();
 * }</pre>
 */
public final class Gongkai {

  private final Path siteDirectory;
  private final Path outputDirectory;
  private final Clock clock;
  private final String baseUrl;
  private final java.time.LocalDate today;
  private final Markdown markdown = new Markdown();

  private Gongkai(Builder b) {
    this.siteDirectory = b.siteDirectory.toAbsolutePath().normalize();
    this.outputDirectory = b.outputDirectory == null
        ? siteDirectory.resolve("site-output") : b.outputDirectory.toAbsolutePath().normalize();
    this.clock = b.clock;
    this.baseUrl = b.baseUrl;
    this.today = b.today;
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

  /**
   * Reads, checks, renders and writes the site. Nothing is written when there is any error: the
   * previous output stays as it was.
   */
  public BuildResult build() {
    return run(true);
  }

  /** Reads, checks and renders the site in memory, writing nothing. */
  public BuildResult check() {
    return run(false);
  }

  private BuildResult run(boolean write) {
    long start = System.nanoTime();
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Site site = SiteReader.read(siteDirectory, problems::add);
    if (baseUrl != null) {
      site = site.withConfig(site.config().withBaseUrl(baseUrl.endsWith("/") ? baseUrl
          : baseUrl + "/"));
    }
    LocalDateTime now = today != null ? today.atTime(23, 59, 59)
        : LocalDateTime.now(clock.withZone(site.config().timezone()));
    Rules.runAll(CheckContext.of(site, now), problems::add);
    SitePlan plan = new SiteAssembler(markdown).assemble(site, now, problems::add);
    boolean written = false;
    if (!hasErrors(problems)) {
      written = render(plan, write, problems::add);
    }
    return new BuildResult(problems, plan.published().size(), plan.pages().size(), written,
        Duration.ofNanos(System.nanoTime() - start));
  }

  private boolean render(SitePlan plan, boolean write, Consumer<Problem> problems) {
    Renderer renderer = new Renderer(siteDirectory);
    if (!write) {
      plan.pages().parallelStream().forEach(page -> {
        Renderer.Result r = renderer.render(page, plan.site());
        if (!r.ok()) {
          problems.accept(r.problem());
        }
      });
      return false;
    }
    List<Problem> found = Collections.synchronizedList(new ArrayList<>());
    try (SiteWriter writer = SiteWriter.open(outputDirectory, siteDirectory)) {
      plan.pages().parallelStream().forEach(page -> {
        Renderer.Result r = renderer.render(page, plan.site());
        if (r.ok()) {
          write(writer, page.path(), r.bytes(), Location.of(page.path()), found::add);
        } else {
          found.add(r.problem());
        }
      });
      for (Renderer.Asset asset : renderer.assets()) {
        write(writer, asset.path(), asset.bytes(), Location.of("templates/" + asset.path()),
            found::add);
      }
      for (SitePlan.Copy copy : plan.copies()) {
        try {
          writer.copy(siteDirectory.resolve(copy.from()), copy.to());
        } catch (IOException | OutputPathException e) {
          found.add(Problem.error(Location.of(copy.from()), "output", "cannot copy to "
              + copy.to() + ": " + e.getMessage(), ""));
        }
      }
      found.forEach(problems);
      if (hasErrors(found)) {
        return false;
      }
      writer.commit();
      return true;
    } catch (IOException e) {
      problems.accept(Problem.error(Location.of(outputDirectory.toString()), "output",
          "cannot write the site: " + e.getMessage(), ""));
      return false;
    }
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

  private static boolean hasErrors(List<Problem> problems) {
    synchronized (problems) {
      return problems.stream().anyMatch(Problem::isError);
    }
  }

  /** Configures a {@link Gongkai}. */
  public static final class Builder {
    private Path siteDirectory = Path.of(".");
    private Path outputDirectory;
    private Clock clock = Clock.systemUTC();
    private String baseUrl;
    private java.time.LocalDate today;

    private Builder() {}

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
    public Builder today(java.time.LocalDate date) {
      this.today = date;
      return this;
    }

    /** Serves the site at another URL than site.yaml's baseUrl (for staging builds). */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    public Gongkai build() {
      return new Gongkai(this);
    }
  }
}
