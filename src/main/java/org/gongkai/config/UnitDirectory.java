package org.gongkai.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Unit;

/** Finds a unit by its canonical name or any alias. */
public final class UnitDirectory {

  private final List<Unit> units;
  private final Map<String, Unit> byName = new HashMap<>();

  public UnitDirectory(List<Unit> units) {
    this.units = List.copyOf(units);
    for (Unit u : this.units) {
      byName.putIfAbsent(u.name(), u);
      u.aliases().forEach(a -> byName.putIfAbsent(a, u));
    }
  }

  public Optional<Unit> find(String written) {
    return Optional.ofNullable(byName.get(written));
  }

  public List<Unit> units() {
    return units;
  }

  /** Every name and alias, for suggestions. */
  public java.util.Set<String> names() {
    return byName.keySet();
  }
}
