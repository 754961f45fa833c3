package org.gongkai.model;

import java.util.Optional;

/** The optional progress status of a key task. */
public enum TaskStatus {
  NOT_STARTED("未启动"),
  IN_PROGRESS("推进中"),
  DONE("已完成"),
  BEHIND("滞后");

  private final String label;

  TaskStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<TaskStatus> fromLabel(String text) {
    for (TaskStatus s : values()) {
      if (s.label.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
