package org.gongkai.model;

import java.time.Duration;

/**
 * Hears how far a long run has come: the pipeline reports each stage's start, its count of items
 * done (from any thread, as often as it likes) and its end; the adapters decide how to show it (a
 * live line on a terminal, one line per stage in a CI log, Maven's logger). Calls must be cheap
 * and must not throw.
 */
public interface Progress {

  /** The stages a run reports, in order. */
  enum Stage {
    /** Reading the site's files: documents. */
    READ,
    /** The content rules and the index numbers: documents. */
    CHECK,
    /** Planning the pages: documents. */
    PLAN,
    /** Rendering and inspecting every output file: pages. */
    RENDER,
    /** Putting the output in place (and the numbers into the documents): files. */
    WRITE;

    /** The stage's name in words, e.g. 读取. */
    public Text label() {
      return switch (this) {
        case READ -> Text.of("pipeline.stage.read");
        case CHECK -> Text.of("pipeline.stage.check");
        case PLAN -> Text.of("pipeline.stage.plan");
        case RENDER -> Text.of("pipeline.stage.render");
        case WRITE -> Text.of("pipeline.stage.write");
      };
    }

    /** What the stage counts, in words, e.g. {@code 3 篇文档}. */
    public Text count(int n) {
      return switch (this) {
        case RENDER -> Text.of("common.count.pages", n);
        case WRITE -> Text.of("pipeline.count.files", n);
        default -> Text.of("common.count.documents", n);
      };
    }
  }

  /** A stage begins; {@code total} items are to come (0 when not known). */
  default void started(Stage stage, int total) {}

  /** {@code done} of the stage's {@code total} items are done. */
  default void advanced(Stage stage, int done, int total) {}

  /** A stage ended after {@code done} items. */
  default void finished(Stage stage, int done, Duration elapsed) {}

  /** Hears nothing. */
  Progress NONE = new Progress() {};
}
