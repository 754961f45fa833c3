package org.gongkai;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;
import org.gongkai.model.TextIOException;
import org.gongkai.serve.PreviewSession;
import org.gongkai.serve.PreviewSite;

/**
 * A running {@code gongkai serve}: the site served at {@link #url()}, rebuilt whenever one of its
 * files changes, every open tab reloading by itself. Made by {@link Gongkai#serve}; it has built
 * the site once when it is returned. {@link #runUntilStopped()} waits for Ctrl-C.
 */
public final class Preview implements AutoCloseable {

  private final PreviewSession session;
  private final boolean loopback;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closed;

  private Preview(PreviewSession session, boolean loopback) {
    this.session = session;
    this.loopback = loopback;
  }

  /**
   * @param listener hears every rebuild's result: its problems and counts, like a check's
   * @throws TextException when the port is taken or the address cannot be bound, in our words
   */
  static Preview start(PreviewSite.Options options, String bind, int port,
      Consumer<BuildResult> listener) {
    boolean loopback;
    try {
      loopback = InetAddress.getByName(bind).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new TextException(Text.of("serve.bad-bind", bind), Text.of("serve.bad-bind-hint"));
    }
    try {
      return new Preview(PreviewSession.start(options, bind, port,
          outcome -> listener.accept(result(outcome))), loopback);
    } catch (TextIOException e) {
      throw new TextException(e.text(), Text.of("serve.start-failed-hint"));
    } catch (IOException e) {
      throw new TextException(Text.of("serve.start-failed", org.gongkai.model.IoText.of(e)),
          Text.of("serve.start-failed-hint"));
    }
  }

  private static BuildResult result(PreviewSite.Outcome o) {
    return new BuildResult(o.problems(), o.documents(), o.pages(), o.shown(), o.elapsed(), -1,
        BuildResult.Action.CHECK);
  }

  /** Where the site is served, e.g. {@code http://127.0.0.1:8080/}. */
  public String url() {
    return session.url().toString();
  }

  /**
   * Whether only this machine can reach it (bound to a loopback address); otherwise anyone on
   * the network sees its drafts and problems.
   */
  public boolean localOnly() {
    return loopback;
  }

  /** Rebuilds now (as a saved file does) and returns what it found. */
  public BuildResult rebuild() {
    return result(session.rebuild());
  }

  /**
   * Serves until Ctrl-C (or {@link #close()} from another thread), then stops the server and the
   * watcher.
   *
   * @return 0: stopping is how a preview ends
   */
  public int runUntilStopped() {
    Thread hook = new Thread(this::close, "gongkai-preview-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    Interrupts interrupts = Interrupts.onStop(stopped::countDown);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      interrupts.restore();
      close();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // the JVM is shutting down already: the hook has run
      }
    }
    return 0;
  }

  /** Stops serving and watching. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      session.close();
    }
    stopped.countDown();
  }
}
