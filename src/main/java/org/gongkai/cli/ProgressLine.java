package org.gongkai.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Progress;

/**
 * Shows how far a long run has come, on standard error. On a terminal: one live line (stage,
 * count of total, seconds), rewritten in place at most ten times a second and erased when the
 * stage ends. Elsewhere (a CI log, a pipe): one line per stage when it ends, and only for sites of
 * {@link #LOGGED_FROM} documents or more, so that a small site's log stays as it was.
 */
final class ProgressLine implements Progress {

  /** Sites with fewer documents than this print no stage lines into logs. */
  static final int LOGGED_FROM = 100;
  private static final long REDRAW_NANOS = 100_000_000L;
  /** A stage quicker than this never shows a live line (it would only flicker). */
  private static final long SHOW_AFTER_NANOS = 300_000_000L;

  private final PrintWriter err;
  private final Lang lang;
  private final boolean terminal;
  private final LongSupplier nanoTime;
  private volatile boolean quiet;
  private volatile long stageStart;
  private volatile long lastDrawn;
  private volatile int drawnWidth;

  ProgressLine(PrintWriter err, Lang lang, boolean terminal) {
    this(err, lang, terminal, System::nanoTime);
  }

  /** A progress line on another clock (tests). */
  ProgressLine(PrintWriter err, Lang lang, boolean terminal, LongSupplier nanoTime) {
    this.err = err;
    this.lang = lang;
    this.terminal = terminal;
    this.nanoTime = nanoTime;
  }

  @Override
  public void started(Stage stage, int total) {
    if (stage == Stage.READ && !terminal && total < LOGGED_FROM) {
      quiet = true;
    }
    stageStart = nanoTime.getAsLong();
    lastDrawn = 0;
  }

  @Override
  public void advanced(Stage stage, int done, int total) {
    if (!terminal) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (now - stageStart < SHOW_AFTER_NANOS || now - lastDrawn < REDRAW_NANOS) {
      return;
    }
    synchronized (this) {
      if (now - lastDrawn < REDRAW_NANOS) {
        return;
      }
      lastDrawn = now;
      String line = Messages.get(lang, "cli.progress.live", stage.label(), done, total,
          seconds(Duration.ofNanos(now - stageStart)));
      int width = org.gongkai.model.Text.displayWidth(line);
      err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - width)));
      err.flush();
      drawnWidth = width;
    }
  }

  @Override
  public synchronized void finished(Stage stage, int done, Duration elapsed) {
    if (terminal) {
      if (drawnWidth > 0) {
        err.print("\r" + " ".repeat(drawnWidth) + "\r");
        err.flush();
        drawnWidth = 0;
      }
      return;
    }
    if (!quiet) {
      err.println(Messages.get(lang, "cli.progress.stage", stage.label(), stage.count(done),
          seconds(elapsed)));
    }
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
  }
}
