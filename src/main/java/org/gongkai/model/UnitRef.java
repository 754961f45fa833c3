package org.gongkai.model;

/**
 * A responsible unit named in a task, as written.
 *
 * @param name the name as written, without its mark, e.g. 市发改局
 * @param mark the lead mark written before it (★ or ▲), or an empty string for an assisting unit
 * @param location where the name starts in its file (its item of a {@code units} list, or its
 *     place in a list written as one text), so that a finding about it points there
 */
public record UnitRef(String name, String mark, Location location) {

  public UnitRef {
    mark = mark == null ? "" : mark;
    location = location == null ? Location.of("") : location;
  }

  /** Whether a mark names this unit the lead unit (牵头单位). */
  public boolean lead() {
    return !mark.isEmpty();
  }
}
