package org.gongkai.maven;

import java.io.File;
import java.net.URI;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/** The parameters every goal shares, and how results reach the build log. */
abstract class AbstractGongkaiMojo extends AbstractMojo {

  /** The site folder, holding site.yaml, units.yaml and content/. */
  @Parameter(property = "gongkai.siteDirectory", defaultValue = "${basedir}")
  File siteDirectory;

  /** Where the site is written. The folder is replaced as a whole by each successful build. */
  @Parameter(property = "gongkai.outputDirectory", defaultValue = "${basedir}/site-output")
  File outputDirectory;

  /**
   * Change no file of the site: a document without an index number is an error instead of getting
   * one. {@code true} or {@code false}; when not set, true exactly when the environment variable
   * {@code CI} is {@code true}.
   */
  @Parameter(property = "gongkai.frozen")
  String frozen;

  /** Fail the build on warnings too ({@code true} or {@code false}). */
  @Parameter(property = "gongkai.failOnWarnings", defaultValue = "false")
  String failOnWarnings;

  /** Skip this goal ({@code true} or {@code false}). */
  @Parameter(property = "gongkai.skip", defaultValue = "false")
  String skip;

  /**
   * Reuse what the last build of this output folder knew ({@code .gongkai-cache/} in the site
   * folder) to render only what changed ({@code true} or {@code false}); the site is the same
   * either way.
   */
  @Parameter(property = "gongkai.useCache", defaultValue = "true")
  String useCache;

  /**
   * Also write the check report to {@code reportFile} in this format: {@code text}, {@code json},
   * {@code sarif} (code-scanning UIs) or {@code junit} (Jenkins-style test reports).
   */
  @Parameter(property = "gongkai.reportFormat")
  String reportFormat;

  /** Where to write the report, e.g. {@code target/gongkai-check.sarif}. */
  @Parameter(property = "gongkai.reportFile")
  File reportFile;

  /**
   * Serve the site at this absolute http(s) URL instead of site.yaml's baseUrl, e.g. for a
   * staging build.
   */
  @Parameter(property = "gongkai.baseUrl")
  String baseUrl;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (bool("skip", skip, false)) {
      getLog().info("gongkai: skipped");
      return;
    }
    Gongkai gongkai;
    try {
      gongkai = Gongkai.builder()
          .siteDirectory(siteDirectory.toPath())
          .outputDirectory(outputDirectory.toPath())
          .frozen(bool("frozen", frozen, "true".equalsIgnoreCase(System.getenv("CI"))))
          .baseUrl(url(baseUrl))
          .failOnWarnings(bool("failOnWarnings", failOnWarnings, false))
          .useCache(bool("useCache", useCache, true))
          .build();
    } catch (RuntimeException e) {
      throw new MojoExecutionException("gongkai: cannot start: " + e.getMessage(), e);
    }
    BuildResult result;
    try {
      result = run(gongkai);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("gongkai: internal error: " + e, e);
    }
    boolean strict = bool("failOnWarnings", failOnWarnings, false);
    writeReport(gongkai, result, strict);
    report(result, strict);
  }

  private void writeReport(Gongkai gongkai, BuildResult result, boolean strict)
      throws MojoExecutionException {
    if (reportFormat == null && reportFile == null) {
      return;
    }
    if (reportFile == null) {
      throw new MojoExecutionException("gongkai: reportFormat needs reportFile"
          + " (-Dgongkai.reportFile=target/gongkai-check.sarif)");
    }
    try {
      gongkai.writeReport(gongkai.report(result, reportFormat == null ? "text" : reportFormat,
          strict), reportFile.toPath());
      getLog().info("gongkai: report written to " + reportFile);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("gongkai: parameter reportFormat: " + e.getMessage(), e);
    } catch (java.io.IOException e) {
      throw new MojoExecutionException("gongkai: cannot write " + reportFile + ": "
          + e.getMessage(), e);
    }
  }

  /** Runs this goal's part of gongkai. */
  abstract BuildResult run(Gongkai gongkai);

  /** What the success line says was done, e.g. "built site-output". */
  abstract String done(BuildResult result);

  private void report(BuildResult result, boolean strict) throws MojoFailureException {
    Log log = getLog();
    for (Problem p : result.problems()) {
      switch (p.severity()) {
        case ERROR -> log.error(p.format());
        case WARNING -> log.warn(p.format());
        case NOTE -> log.info(p.format());
      }
    }
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    if (result.fails(strict)) {
      throw new MojoFailureException("gongkai: " + (errors > 0 ? errors + " content error(s)"
          : warnings + " warning(s) with failOnWarnings") + " (see the messages above): "
          + result.summary());
    }
    log.info("gongkai: " + done(result) + ": " + result.summary());
  }

  private static boolean bool(String name, String value, boolean fallback)
      throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new MojoExecutionException("gongkai: parameter " + name + " (-Dgongkai."
          + name + ") must be true or false, not `" + value + "`");
    };
  }

  private static String url(String value) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      if (uri.isAbsolute() && uri.getHost() != null
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
        return value.strip();
      }
    } catch (java.net.URISyntaxException e) {
      // reported below
    }
    throw new MojoExecutionException("gongkai: parameter baseUrl (-Dgongkai.baseUrl) must be an"
        + " absolute http(s) URL such as https://staging.example.gov.cn/, not `" + value + "`");
  }
}
