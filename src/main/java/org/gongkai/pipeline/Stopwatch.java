package org.gongkai.pipeline;

import java.time.Duration;

/** The wall time since it was made, for the stages' progress reports. */
final class Stopwatch {

  private final long start = System.nanoTime();

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start);
  }
}
