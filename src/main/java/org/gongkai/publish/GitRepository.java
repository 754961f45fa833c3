package org.gongkai.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes a new site folder a Git repository ({@code gongkai init}), so that the index ledger and
 * the documents are under version control from the first day. Only when git is installed, and
 * never inside an existing repository (a site kept in a folder of a larger one belongs to it).
 * That git is missing or fails is no error: the site is complete without it.
 */
public final class GitRepository {

  /** What became of the folder. */
  public enum Outcome {
    /** {@code git init} made it a repository. */
    CREATED,
    /** It is inside an existing Git work tree: nothing was done. */
    INSIDE_REPOSITORY,
    /** git could not be started (not installed): nothing was done. */
    NO_GIT,
    /** git ran but did not succeed (or did not finish). */
    FAILED
  }

  private static final long TIMEOUT_SECONDS = 60;

  private GitRepository() {}

  /** Runs {@code git init} in {@code dir} (which exists) unless it is inside a work tree. */
  public static Outcome init(Path dir) {
    try {
      Result inside = git(dir, "rev-parse", "--is-inside-work-tree");
      if (inside.code() == 0 && inside.out().strip().equals("true")) {
        return Outcome.INSIDE_REPOSITORY;
      }
      return git(dir, "init", "-q").code() == 0 ? Outcome.CREATED : Outcome.FAILED;
    } catch (IOException e) {
      return Outcome.NO_GIT;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Outcome.FAILED;
    }
  }

  private record Result(int code, String out) {}

  private static Result git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    // git says a word or nothing: its output fits in the pipe while it runs
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "");
    }
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8));
  }
}
