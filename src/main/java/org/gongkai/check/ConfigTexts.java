package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Location;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Unit;
import org.gongkai.source.ContentTree;

/**
 * The texts of a site's settings that reach readers, with where each is written: site.yaml's
 * name, description, keywords and publisher (on every page), each column's title, type,
 * description and keywords (_column.yaml: headings, breadcrumbs, meta tags) and each unit's names
 * (units.yaml: unit pages and task tables). The text rules read them as they read a document's.
 */
final class ConfigTexts {

  private ConfigTexts() {}

  static List<DocumentTexts.Text> of(Site site) {
    List<DocumentTexts.Text> out = new ArrayList<>();
    SiteConfig c = site.config();
    add(out, "check.field.site-name", c.name(), at(c, "name"));
    add(out, "check.field.site-description", c.description(), at(c, "description"));
    for (String k : c.keywords()) {
      add(out, "check.field.site-keywords", k, at(c, "keywords"));
    }
    add(out, "check.field.site-publisher", c.publisher(), at(c, "publisher"));
    for (Column col : site.columns()) {
      Location at = col.location();
      if (!at.path().endsWith(ContentTree.COLUMN_FILE)) {
        continue; // a folder without _column.yaml: its title is the folder's name
      }
      add(out, "check.field.column-title", col.title(), at);
      add(out, "check.field.column-type", col.type(), at);
      add(out, "check.field.column-description", col.description(), at);
      for (String k : col.keywords()) {
        add(out, "check.field.column-keywords", k, at);
      }
    }
    for (Unit u : site.units()) {
      add(out, "check.field.unit", u.name(), u.location());
      for (String alias : u.aliases()) {
        add(out, "check.field.unit", alias, u.location());
      }
    }
    return out;
  }

  private static Location at(SiteConfig c, String key) {
    return c.fields().getOrDefault(key, Location.of("site.yaml"));
  }

  private static void add(List<DocumentTexts.Text> out, String field, String value,
      Location near) {
    if (value != null && !value.isBlank()) {
      out.add(new DocumentTexts.Text(org.gongkai.model.Text.of(field), value, near));
    }
  }
}
