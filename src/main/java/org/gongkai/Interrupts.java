package org.gongkai;

import java.util.ArrayList;
import java.util.List;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (and a polite kill, SIGTERM) as an ordinary end of a long-running command (the preview),
 * so that it stops cleanly and exits 0 rather than being ended by the signal. Where the JVM does
 * not let a program handle a signal (it was ignored when the JVM started, as in a background job
 * of a script, or {@code -Xrs}), the shutdown hook still stops the server and the watcher.
 */
final class Interrupts {

  private record Handled(Signal signal, SignalHandler previous) {}

  private final List<Handled> handled;

  private Interrupts(List<Handled> handled) {
    this.handled = handled;
  }

  /**
   * Runs {@code action} on Ctrl-C or SIGTERM instead of ending the JVM, until {@link #restore()}.
   */
  static Interrupts onStop(Runnable action) {
    List<Handled> handled = new ArrayList<>();
    for (String name : List.of("INT", "TERM")) {
      try {
        Signal signal = new Signal(name);
        handled.add(new Handled(signal, Signal.handle(signal, s -> action.run())));
      } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
        // not this signal here: the shutdown hook stops the preview when it ends the JVM
      }
    }
    return new Interrupts(handled);
  }

  /** The signals end the JVM again (or do whatever they did before). */
  void restore() {
    for (Handled h : handled) {
      Signal.handle(h.signal(), h.previous());
    }
  }
}
