package org.gongkai.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.Preview;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;

/**
 * 预览：生成站点并在本机提供浏览（不写入输出文件夹，不编索引号，不修改任何文件），文件保存后自动重新
 * 生成，打开的页面自动刷新；内容有问题时在页面上列出。按 Ctrl-C 停止。
 * Preview: builds the site and serves it on this machine (nothing written to the output folder, no
 * index number assigned, no file changed), rebuilds it whenever a file is saved, and every open
 * page reloads by itself; problems are listed on the pages. Ctrl-C stops it.
 */
@Mojo(name = "serve", threadSafe = true, requiresProject = false)
public class ServeMojo extends AbstractGongkaiMojo {

  /**
   * 端口（0 表示任选一个空闲端口）。
   * The port (0 for any free one).
   */
  @Parameter(property = "gongkai.port", defaultValue = "8080")
  String port;

  /**
   * 在哪个地址上提供预览：127.0.0.1 只有本机能访问；0.0.0.0 则网络上的其他人也能看到草稿和问题。
   * The address to serve at: 127.0.0.1 for this machine only; with 0.0.0.0 others on the network
   * see the drafts and problems too.
   */
  @Parameter(property = "gongkai.bind", defaultValue = "127.0.0.1")
  String bind;

  /**
   * 也显示草稿，标为“草稿”（{@code true} 或 {@code false}）。
   * Show drafts too, marked 草稿 ({@code true} or {@code false}).
   */
  @Parameter(property = "gongkai.drafts", defaultValue = "false")
  String drafts;

  /**
   * 按这一天预览（YYYY-MM-DD）：到这一天已到发布时间的定时发布文档也显示，标为“定时发布”。
   * Preview as of this day (YYYY-MM-DD): scheduled documents due by then are shown, marked 定时发布.
   */
  @Parameter(property = "gongkai.today")
  String today;

  @Override
  void configure(Gongkai.Builder builder, Lang language) throws MojoExecutionException {
    if (today != null && !today.isBlank()) {
      try {
        builder.today(Gongkai.date(today.strip()));
      } catch (TextException e) {
        throw new MojoExecutionException(badParameter(language, "today", e.text(), e.hint()));
      }
    }
  }

  @Override
  BuildResult run(Gongkai gongkai) throws MojoExecutionException {
    Lang language = gongkai.lang();
    int number;
    try {
      number = Integer.parseInt(port.strip());
    } catch (NumberFormatException e) {
      number = -1;
    }
    if (number < 0 || number > 65535) {
      throw new MojoExecutionException(badParameter(language, "port",
          Text.of("maven.not-a-port", port), Text.NONE));
    }
    boolean withDrafts = bool(language, "drafts", drafts, false);
    Log log = getLog();
    Preview preview;
    try {
      preview = gongkai.serve(number, bind, withDrafts, result -> log(result, log, language));
    } catch (TextException e) {
      throw new MojoExecutionException(Messages.get(language, "maven.serve-failed", e.text(),
          e.hint()));
    }
    if (!preview.localOnly()) {
      log.warn(Messages.get(language, "maven.serve-exposed", bind));
    }
    log.info(Messages.get(language, "maven.serve-url", preview.url()));
    preview.runUntilStopped();
    log.info(Messages.get(language, "maven.serve-stopped"));
    return null;
  }

  private static void log(BuildResult result, Log log, Lang language) {
    for (Problem p : result.problems()) {
      switch (p.severity()) {
        case ERROR -> log.error(p.format(language));
        case WARNING -> log.warn(p.format(language));
        case NOTE -> log.info(p.format(language));
      }
    }
    if (result.hasErrors()) {
      log.error(Messages.get(language, "maven.serve-has-errors", result.summary(language)));
    } else {
      log.info(Messages.get(language, "maven.serve-built", result.summary(language)));
    }
  }

  @Override
  Text done(BuildResult result) {
    return Text.of("maven.serve-stopped");
  }
}
