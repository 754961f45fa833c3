package org.gongkai.model;

/**
 * A responsible unit named in a task, as written.
 *
 * @param name the name as written, without its mark, e.g. 市发改局
 * @param mark the lead mark written before it (★ or ▲), or an empty string for an assisting unit
 */
public record UnitRef(String name, String mark) {

  public UnitRef {
    mark = mark == null ? "" : mark;
  }

  /** Whether a mark names this unit the lead unit (牵头单位). */
  public boolean lead() {
    return !mark.isEmpty();
  }
}
