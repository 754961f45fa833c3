package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Headings;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Metadata;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;

/**
 * The metadata of a new task list: what the user gave, else what the series' latest period says
 * (its topic, publisher, source, keywords, headings; its title with the new period put in), and
 * for the rest a line left empty with a comment, which gongkai's checks report until the team
 * fills it in. Index numbers, dates and attachments are never copied: they belong to one
 * document.
 */
final class ListHeader {

  /** What the user gave on the command line; null for what was not given. */
  record Given(
      String title, String written, String published, String topic, String publisher,
      String source) {

    static final Given NONE = new Given(null, null, null, null, null, null);
  }

  /** The lines, and the keys left for the team to fill in. */
  record Result(List<ListDraft.Line> lines, List<String> toFill) {}

  private ListHeader() {}

  /**
   * @param base the series' latest period, or null
   * @param series the series of the new list, or null
   * @param period the new period, or null
   */
  static Result of(TaskList base, String series, String period, Given given, Lang lang) {
    Metadata meta = base == null ? null : base.meta();
    List<ListDraft.Line> lines = new ArrayList<>();
    List<String> toFill = new ArrayList<>();
    String title = given.title();
    String titleComment = "";
    if (title == null && meta != null && meta.title() != null) {
      if (base.period() != null && period != null && meta.title().contains(base.period())
          && !base.period().equals(period)) {
        title = meta.title().replace(base.period(), period);
      } else {
        title = meta.title();
        titleComment = Messages.get(lang, "sheet.yaml-title-copied");
        toFill.add("title");
      }
    }
    add(lines, toFill, "title", title, titleComment, lang);
    if (meta != null && meta.disclosure() != Disclosure.ACTIVE) {
      lines.add(new ListDraft.Line("disclosure", meta.disclosure().label(), ""));
    }
    optional(lines, "publisher", given.publisher() != null ? given.publisher()
        : meta == null ? null : meta.publisher());
    add(lines, toFill, "written", given.written(), "", lang);
    add(lines, toFill, "published", given.published(), "", lang);
    add(lines, toFill, "topic", given.topic() != null ? given.topic()
        : meta == null ? null : meta.topic(), "", lang);
    optional(lines, "source", given.source() != null ? given.source()
        : meta == null ? null : meta.source());
    if (meta != null && !meta.keywords().isEmpty()) {
      lines.add(new ListDraft.Line("keywords", meta.keywords(), ""));
    }
    optional(lines, "series", series != null ? series : base == null ? null : base.series());
    optional(lines, "period", period);
    return new Result(lines, toFill);
  }

  /** A list's headings that differ from the defaults, by key, for the {@code headings} line. */
  static Map<String, String> headings(Headings h) {
    Map<String, String> out = new LinkedHashMap<>();
    Headings d = Headings.DEFAULT;
    putIfNot(out, "seq", h.seq(), d.seq());
    putIfNot(out, "group", h.group(), d.group());
    putIfNot(out, "content", h.content(), d.content());
    putIfNot(out, "progress", h.progress(), d.progress());
    putIfNot(out, "units", h.units(), d.units());
    return out;
  }

  private static void putIfNot(Map<String, String> out, String key, String value, String def) {
    if (value != null && !value.equals(def)) {
      out.put(key, value);
    }
  }

  private static void add(
      List<ListDraft.Line> lines, List<String> toFill, String key, String value, String comment,
      Lang lang) {
    if (value == null || value.isBlank()) {
      lines.add(new ListDraft.Line(key, null, fillIn(key).in(lang)));
      toFill.add(key);
    } else {
      lines.add(new ListDraft.Line(key, value, comment));
    }
  }

  private static Text fillIn(String key) {
    return switch (key) {
      case "title" -> Text.of("sheet.yaml-fill-in-title");
      case "written" -> Text.of("sheet.yaml-fill-in-written");
      case "published" -> Text.of("sheet.yaml-fill-in-published");
      default -> Text.of("sheet.yaml-fill-in-topic");
    };
  }

  private static void optional(List<ListDraft.Line> lines, String key, String value) {
    if (value != null && !value.isBlank()) {
      lines.add(new ListDraft.Line(key, value, ""));
    }
  }
}
