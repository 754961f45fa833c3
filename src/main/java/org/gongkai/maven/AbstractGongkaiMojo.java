package org.gongkai.maven;

import java.io.File;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.IoText;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;

/**
 * The parameters every goal shares, and how results reach the build log. Every log line and
 * exception message is in the language of {@code lang}, worded in the bundles {@code
 * maven_zh/_en.properties}; problems keep the English severity word and rule id.
 */
abstract class AbstractGongkaiMojo extends AbstractMojo {

  /**
   * The fingerprints of the problems a {@code check} goal of this project printed in this Maven
   * session, kept in the plugin context so that {@code build} does not print them again.
   */
  static final String REPORTED = "org.gongkai.maven.reported";

  /**
   * 站点文件夹，含 site.yaml、units.yaml 和 content/。
   * The site folder, holding site.yaml, units.yaml and content/.
   */
  @Parameter(property = "gongkai.siteDirectory", defaultValue = "${basedir}")
  File siteDirectory;

  /**
   * 站点的输出文件夹；每次构建成功后整体替换。
   * Where the site is written. The folder is replaced as a whole by each successful build.
   */
  @Parameter(property = "gongkai.outputDirectory", defaultValue = "${basedir}/site-output")
  File outputDirectory;

  /**
   * 冻结：不修改站点的任何文件，没有索引号的文档报错而不编号。取
   * {@code true} 或 {@code false}；未设置时，环境变量 {@code CI} 为 {@code true} 即冻结。
   * Change no file of the site: a document without an index number is an error instead of getting
   * one. {@code true} or {@code false}; when not set, true exactly when the environment variable
   * {@code CI} is {@code true}.
   */
  @Parameter(property = "gongkai.frozen")
  String frozen;

  /**
   * 有警告也使构建失败（{@code true} 或 {@code false}）。
   * Fail the build on warnings too ({@code true} or {@code false}).
   */
  @Parameter(property = "gongkai.failOnWarnings", defaultValue = "false")
  String failOnWarnings;

  /**
   * 跳过本目标（{@code true} 或 {@code false}）。
   * Skip this goal ({@code true} or {@code false}).
   */
  @Parameter(property = "gongkai.skip", defaultValue = "false")
  String skip;

  /**
   * 利用上次构建留在站点文件夹 {@code .gongkai-cache/} 中的信息，只重新生成有变化的部分（取
   * {@code true} 或 {@code false}）；两种方式生成的站点完全相同。
   * Reuse what the last build of this output folder knew ({@code .gongkai-cache/} in the site
   * folder) to render only what changed ({@code true} or {@code false}); the site is the same
   * either way.
   */
  @Parameter(property = "gongkai.useCache", defaultValue = "true")
  String useCache;

  /**
   * 另将检查报告按此格式写入 {@code reportFile}：{@code text}、{@code json}、
   * {@code sarif}（代码扫描界面）或 {@code junit}（Jenkins 等的测试报告）。
   * Also write the check report to {@code reportFile} in this format: {@code text}, {@code json},
   * {@code sarif} (code-scanning UIs) or {@code junit} (Jenkins-style test reports).
   */
  @Parameter(property = "gongkai.reportFormat")
  String reportFormat;

  /**
   * 检查报告的写入位置，如 {@code target/gongkai-check.sarif}。
   * Where to write the report, e.g. {@code target/gongkai-check.sarif}.
   */
  @Parameter(property = "gongkai.reportFile")
  File reportFile;

  /**
   * 以此完整的 http(s) 地址发布站点，代替 site.yaml 中的 baseUrl，如用于预发布环境。
   * Serve the site at this absolute http(s) URL instead of site.yaml's baseUrl, e.g. for a
   * staging build.
   */
  @Parameter(property = "gongkai.baseUrl")
  String baseUrl;

  /**
   * 消息语言：{@code zh}（中文）、{@code en}（English）或
   * {@code auto}（按系统语言）；未设置时取环境变量 {@code GONGKAI_LANG}，再没有则用中文。
   * 规则编号、严重程度用词和机器格式（JSON、SARIF、JUnit）不随语言变化。
   * The language of messages: {@code zh}, {@code en} or {@code auto} (the system's); when not
   * set, the environment variable {@code GONGKAI_LANG}, else Chinese. Rule ids, severity words and
   * the machine formats (JSON, SARIF, JUnit) do not change with it.
   */
  @Parameter(property = "gongkai.lang")
  String lang;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    Lang language = language();
    if (bool(language, "skip", skip, false)) {
      getLog().info(Messages.get(language, "maven.skipped"));
      return;
    }
    checkReportParameters(language);
    Gongkai gongkai;
    try {
      Gongkai.Builder builder = Gongkai.builder()
          .siteDirectory(siteDirectory.toPath())
          .outputDirectory(outputDirectory.toPath())
          .frozen(bool(language, "frozen", frozen,
              "true".equalsIgnoreCase(System.getenv("CI"))))
          .baseUrl(url(language, baseUrl))
          .failOnWarnings(bool(language, "failOnWarnings", failOnWarnings, false))
          .useCache(bool(language, "useCache", useCache, true))
          .lang(language)
          .progress(new MavenProgress(getLog(), language));
      configure(builder, language);
      gongkai = builder.build();
    } catch (RuntimeException e) {
      // a bug, not the site's fault: the cause carries the details for `mvn -e`
      throw new MojoExecutionException(Messages.get(language, "maven.cannot-start"), e);
    }
    BuildResult result;
    try {
      result = run(gongkai);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(Messages.get(language, "maven.internal-error"), e);
    }
    if (result == null) {
      return; // the goal has said what it did (serve)
    }
    boolean strict = bool(language, "failOnWarnings", failOnWarnings, false);
    writeReport(gongkai, result, strict, language);
    report(result, strict, language);
  }

  /** Sets what this goal's own parameters say; the shared ones are set already. */
  void configure(Gongkai.Builder builder, Lang language) throws MojoExecutionException {
    // most goals have none
  }

  /** The language of {@code lang}, else of {@code GONGKAI_LANG}, else Chinese. */
  private Lang language() throws MojoExecutionException {
    try {
      return Lang.choose(lang, System.getenv());
    } catch (TextException e) {
      Lang fallback = Lang.ZH;
      throw new MojoExecutionException(badParameter(fallback, "lang", e.text(), e.hint()));
    }
  }

  /** Refuses a report format or a missing report file before the goal changes anything. */
  private void checkReportParameters(Lang language) throws MojoExecutionException {
    if (reportFormat == null && reportFile == null) {
      return;
    }
    if (reportFile == null) {
      throw new MojoExecutionException(Messages.get(language, "maven.report-file-missing"));
    }
    if (reportFormat != null) {
      try {
        Gongkai.checkReportFormat(reportFormat);
      } catch (TextException e) {
        throw new MojoExecutionException(badParameter(language, "reportFormat", e.text(),
            e.hint()), e);
      }
    }
  }

  private void writeReport(Gongkai gongkai, BuildResult result, boolean strict, Lang language)
      throws MojoExecutionException {
    if (reportFormat == null && reportFile == null) {
      return;
    }
    try {
      gongkai.writeReport(gongkai.report(result, reportFormat == null ? "text" : reportFormat,
          strict), reportFile.toPath());
      getLog().info(Messages.get(language, "maven.report-written", reportFile.toString()));
    } catch (TextException e) {
      throw new MojoExecutionException(badParameter(language, "reportFormat", e.text(),
          e.hint()), e);
    } catch (IOException e) {
      throw new MojoExecutionException(Messages.get(language, "maven.report-failed",
          reportFile.toString(), IoText.of(e)), e);
    }
  }

  /**
   * Runs this goal's part of gongkai.
   *
   * @return what to report, or null when the goal has reported everything itself
   */
  abstract BuildResult run(Gongkai gongkai) throws MojoExecutionException;

  /** What the success line says was done, e.g. "built site-output". */
  abstract Text done(BuildResult result);

  /**
   * Whether the goals after this one in the same build should not print this goal's problems
   * again: true for {@code check}, which runs at validate before {@code build} at package.
   */
  boolean sharesWhatItPrints() {
    return false;
  }

  private void report(BuildResult result, boolean strict, Lang language)
      throws MojoFailureException {
    Log log = getLog();
    Set<String> shown = alreadyShown();
    int repeated = 0;
    for (Problem p : result.problems()) {
      if (shown.contains(fingerprint(p))) {
        repeated++;
        continue;
      }
      switch (p.severity()) {
        case ERROR -> log.error(p.format(language));
        case WARNING -> log.warn(p.format(language));
        case NOTE -> log.info(p.format(language));
      }
    }
    if (repeated > 0) {
      log.info(Messages.get(language, "maven.repeated", repeated));
    }
    if (sharesWhatItPrints()) {
      remember(result);
    }
    long errors = result.count(Severity.ERROR);
    long warnings = result.count(Severity.WARNING);
    if (result.fails(strict)) {
      Text why = errors > 0 ? Text.of("maven.content-errors", errors)
          : Text.of("maven.strict-warnings", warnings);
      throw new MojoFailureException(Messages.get(language, "maven.failed", why,
          result.summary(language)));
    }
    log.info(Messages.get(language, "maven.done", done(result), result.summary(language)));
  }

  /**
   * The problems an earlier goal of this project already printed in this Maven session (the
   * {@code check} goal at validate, before {@code build} at package): they are counted, not
   * printed again.
   */
  Set<String> alreadyShown() {
    Map<?, ?> context = getPluginContext();
    Object shown = context == null ? null : context.get(REPORTED);
    if (!(shown instanceof Set<?> set)) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    set.forEach(o -> out.add(String.valueOf(o)));
    return out;
  }

  /** Leaves the fingerprints of what this goal printed for the goals that follow it. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void remember(BuildResult result) {
    Map context = getPluginContext();
    if (context == null) {
      return;
    }
    Set<String> shown = new HashSet<>(alreadyShown());
    result.problems().forEach(p -> shown.add(fingerprint(p)));
    context.put(REPORTED, Set.copyOf(shown));
  }

  /** What makes two problems the same report: place, severity, rule and wording. */
  static String fingerprint(Problem p) {
    return p.severity() + " " + p.format(Lang.EN);
  }

  static boolean bool(Lang language, String name, String value, boolean fallback)
      throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new MojoExecutionException(badParameter(language, name,
          Text.of("maven.not-boolean", value), Text.NONE));
    };
  }

  private static String url(Lang language, String value) throws MojoExecutionException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      Gongkai.checkBaseUrl(value.strip());
      return value.strip();
    } catch (TextException e) {
      throw new MojoExecutionException(badParameter(language, "baseUrl", e.text(), e.hint()));
    }
  }

  /** A parameter's value that gongkai refuses, naming the parameter and its property. */
  static String badParameter(Lang language, String name, Text what, Text hint) {
    return hint.isEmpty() ? Messages.get(language, "maven.bad-parameter", name, what)
        : Messages.get(language, "maven.bad-parameter-hint", name, what, hint);
  }
}
