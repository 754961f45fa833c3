package org.gongkai.model;

/**
 * The part of a task that is not disclosed, and why.
 *
 * @param scope {@link Scope#ALL}: the progress is never published; {@link Scope#PART}: the progress
 *     (already cut by the author) is published with a note
 * @param reason why, e.g. 内部事务信息
 * @param basis the legal basis, e.g. 《中华人民共和国政府信息公开条例》第十六条
 */
public record Withheld(Scope scope, String reason, String basis) {

  public enum Scope {
    PART("part"),
    ALL("all");

    private final String key;

    Scope(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public boolean hidesProgress() {
    return scope == Scope.ALL;
  }
}
