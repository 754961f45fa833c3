package org.gongkai.maven;

import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Progress;

/**
 * The progress of a long run in Maven's log: one info line per stage when it ends, for sites of
 * {@link #LOGGED_FROM} documents or more (a small site's log stays as it was).
 */
final class MavenProgress implements Progress {

  static final int LOGGED_FROM = 100;

  private final Log log;
  private final Lang lang;
  private volatile boolean quiet;

  MavenProgress(Log log, Lang lang) {
    this.log = log;
    this.lang = lang;
  }

  @Override
  public void started(Stage stage, int total) {
    if (stage == Stage.READ) {
      quiet = total < LOGGED_FROM;
    }
  }

  @Override
  public void finished(Stage stage, int done, Duration elapsed) {
    if (!quiet) {
      log.info(Messages.get(lang, "maven.progress-stage", stage.label(), stage.count(done),
          String.format(Locale.ROOT, "%.2f", elapsed.toMillis() / 1000.0)));
    }
  }
}
