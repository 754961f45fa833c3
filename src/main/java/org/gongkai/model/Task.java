package org.gongkai.model;

import java.util.List;

/**
 * One row of a key-task table.
 *
 * @param seq 序号
 * @param id a stable identifier across periods, or {@code null} to match by {@code seq}
 * @param group 分块, or {@code null}
 * @param content the task itself
 * @param progress 进展情况, or {@code null}
 * @param status optional status, or {@code null}
 * @param units responsible units, leads marked
 * @param withheld what is not disclosed, or {@code null}
 * @param location where the task starts in its file
 */
public record Task(
    int seq,
    String id,
    String group,
    String content,
    String progress,
    TaskStatus status,
    List<UnitRef> units,
    Withheld withheld,
    Location location) {

  public Task {
    units = List.copyOf(units);
  }
}
