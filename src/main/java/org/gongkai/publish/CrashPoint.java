package org.gongkai.publish;

/**
 * A test hook, inert in production: when the system property {@value #PROPERTY} names one of
 * these points, the process prints {@code gongkai-test-hook:paused:POINT} on standard error when
 * it gets there and then waits for ever, so that a test can kill it (kill -9) at exactly that
 * moment and check what the next run makes of it (see PublishCrashIT). Without the property the
 * only cost is reading it.
 */
final class CrashPoint {

  static final String PROPERTY = "gongkai.test.pauseAt";

  /** Some pages are written into the staging folder, others not yet. */
  static final String WRITING = "writing";
  /** Which page write pauses at {@link #WRITING}. */
  static final int WRITING_AFTER = 5;
  /** The staging folder is complete and renamed {@code .NAME.new-…}; the output is the old. */
  static final String FINISHED = "finished";
  /** The old output is renamed {@code .NAME.old-…}; the new one is not yet in its place. */
  static final String SWAP = "swap";
  /** The new output is in place; the old one is not yet deleted. */
  static final String SWAPPED = "swapped";

  private CrashPoint() {}

  static void reach(String point) {
    if (!point.equals(System.getProperty(PROPERTY))) {
      return;
    }
    System.err.println("gongkai-test-hook:paused:" + point);
    System.err.flush();
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
