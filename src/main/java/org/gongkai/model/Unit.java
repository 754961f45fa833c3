package org.gongkai.model;

import java.util.List;

/**
 * A responsible unit (责任单位) or organ from {@code units.yaml}.
 *
 * @param name the canonical name shown on pages
 * @param aliases other names that mean the same unit
 * @param organCode the organ code used in index numbers when it publishes, or {@code null}
 */
public record Unit(String name, List<String> aliases, String organCode, Location location) {

  public Unit {
    aliases = List.copyOf(aliases);
  }
}
