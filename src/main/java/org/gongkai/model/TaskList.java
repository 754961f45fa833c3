package org.gongkai.model;

import java.util.List;

/**
 * A published table of key tasks (重点工作), usually one period of a {@code series}.
 *
 * @param series the name shared by all periods of one list, or {@code null}
 * @param period the period this table reports, e.g. 1-9月, or {@code null}
 */
public record TaskList(
    SourceInfo source, Metadata meta, String series, String period, Headings headings,
    List<Task> tasks)
    implements Document {

  public TaskList {
    tasks = List.copyOf(tasks);
  }

  /** Whether any task has a progress cell (a responsibility list has none). */
  public boolean hasProgress() {
    return tasks.stream().anyMatch(t -> t.progress() != null || t.withheld() != null);
  }

  @Override
  public TaskList withIndex(String index) {
    return new TaskList(source, meta.withIndex(index), series, period, headings, tasks);
  }

  @Override
  public TaskList withMeta(Metadata newMeta) {
    return new TaskList(source, newMeta, series, period, headings, tasks);
  }
}
