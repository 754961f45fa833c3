package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.Attachment;
import org.gongkai.model.Change;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Prose;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.UnitRef;

/**
 * The texts of a document that reach readers: title, description, source, keywords, change notes,
 * attachment names, the body, and every task cell except progress withheld in full.
 */
final class DocumentTexts {

  /** One text, with the field it is in and where that field starts. */
  record Text(org.gongkai.model.Text field, String value, Location near) {}

  private DocumentTexts() {}

  static List<Text> of(Document doc) {
    List<Text> out = new ArrayList<>();
    Metadata m = doc.meta();
    add(out, org.gongkai.model.Text.of("check.field.title"), m.title(),
        doc.source().at("title"));
    add(out, org.gongkai.model.Text.of("check.field.description"), m.description(),
        doc.source().at("description"));
    add(out, org.gongkai.model.Text.of("check.field.source"), m.source(),
        doc.source().at("source"));
    add(out, org.gongkai.model.Text.of("check.field.publisher"), m.publisher(),
        doc.source().at("publisher"));
    for (String k : m.keywords()) {
      add(out, org.gongkai.model.Text.of("check.field.keywords"), k,
          doc.source().at("keywords"));
    }
    for (Change c : m.changes()) {
      add(out, org.gongkai.model.Text.of("check.field.changes"), c.note(),
          doc.source().at("changes"));
    }
    org.gongkai.model.Text attachments = org.gongkai.model.Text.of("check.field.attachments");
    for (Attachment a : m.attachments()) {
      Location at = doc.source().at("attachments");
      add(out, attachments, a.title(), at);
      add(out, attachments, a.path().substring(a.path().lastIndexOf('/') + 1), at);
    }
    if (doc instanceof AnnualReport a) {
      add(out, org.gongkai.model.Text.of("check.field.annual-report"), a.organ(),
          doc.source().at("annualReport"));
    }
    if (doc instanceof Prose p) {
      add(out, org.gongkai.model.Text.of("check.field.body"), p.body(),
          new Location(doc.source().path(), p.bodyLine(), 1));
    } else if (doc instanceof TaskList list) {
      for (Task t : list.tasks()) {
        Location at = t.location();
        org.gongkai.model.Text task = org.gongkai.model.Text.of("check.field.task", t.seq());
        add(out, task, t.group(), at);
        add(out, task, t.content(), at);
        if (t.withheld() == null || !t.withheld().hidesProgress()) {
          add(out, task, t.progress(), at);
        }
        for (UnitRef u : t.units()) {
          add(out, task, u.name(), at);
        }
      }
    }
    return out;
  }

  private static void add(
      List<Text> out, org.gongkai.model.Text field, String value, Location near) {
    if (value != null && !value.isBlank()) {
      out.add(new Text(field, value, near));
    }
  }
}
