package org.gongkai.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Lang;
import org.gongkai.model.Text;

/** The keys allowed in one kind of mapping (a document, a task, site.yaml …). */
public final class FieldSet {

  private final Text what;
  private final List<Field> fields;
  private final Map<String, Field> byName = new HashMap<>();

  public FieldSet(Text what, List<Field> fields) {
    this.what = what;
    this.fields = List.copyOf(fields);
    for (Field f : this.fields) {
      for (String name : f.names()) {
        if (byName.put(name, f) != null) {
          throw new IllegalArgumentException("name used twice in " + what.in(Lang.EN) + ": "
              + name);
        }
      }
    }
  }

  public static FieldSet of(Text what, Field... fields) {
    return new FieldSet(what, List.of(fields));
  }

  /** This set with more fields, for mappings that extend another. */
  public FieldSet plus(Text newWhat, Field... more) {
    List<Field> all = new ArrayList<>(fields);
    all.addAll(List.of(more));
    return new FieldSet(newWhat, all);
  }

  public Optional<Field> lookup(String written) {
    return Optional.ofNullable(byName.get(written));
  }

  public Field field(String key) {
    Field f = byName.get(key);
    if (f == null || !f.key().equals(key)) {
      throw new IllegalArgumentException("no field " + key + " in " + what.in(Lang.EN));
    }
    return f;
  }

  public List<Field> fields() {
    return fields;
  }

  /** Every English name and label, for spelling suggestions. */
  public List<String> allNames() {
    return List.copyOf(byName.keySet());
  }

  /** Every English name and label of every set, for a file whose mappings use several. */
  public static java.util.Set<String> names(java.util.Collection<FieldSet> sets) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    sets.forEach(s -> out.addAll(s.byName.keySet()));
    return out;
  }

  /** What this set describes, e.g. "a task", for messages. */
  public Text what() {
    return what;
  }
}
