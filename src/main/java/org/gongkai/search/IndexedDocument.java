package org.gongkai.search;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.Views;
import org.gongkai.model.Document;

/**
 * What the index holds of one published document: exactly the text its page shows, taken from
 * the page's view (so withheld progress, which the view leaves out, is not here either), cut into
 * the fields a match is ranked by and the segments a snippet is taken from.
 *
 * @param path the page's output path, e.g. {@code zwgk/tzgg/2023-notice.html}
 * @param source the document file, for the order of documents published at the same minute
 * @param published the 发布日期, which orders results (newest first) and gives the year
 * @param title the title (ranked first)
 * @param docNumber the 发文字号 (ranked second, with the index number), or empty
 * @param index the 索引号, or empty
 * @param columnPath the column folder, for the column filter
 * @param columnTitle the column as the breadcrumb names it, e.g. {@code 政务公开 / 通知公告}
 * @param publisher the 发布机构, for the publisher filter
 * @param segments the rest of the page's text, in page order
 */
record IndexedDocument(
    String path, String source, LocalDateTime published, String title, String docNumber,
    String index, String columnPath, String columnTitle, String publisher,
    List<Segment> segments) {

  IndexedDocument {
    segments = List.copyOf(segments);
  }

  /** What a segment is, which the search page shows with its snippet. */
  enum Kind {
    /** 发布机构 and 信息来源. */
    META("m"),
    /** A block of a report's body. */
    BODY("b"),
    /** The name of a 分块 of tasks. */
    GROUP("g"),
    /** A task's content (主要工作任务). */
    CONTENT("c"),
    /** A task's public progress (完成情况). */
    PROGRESS("p"),
    /** A task's responsible units (责任单位), joined with 、. */
    UNITS("u"),
    /** An attachment's title. */
    ATTACHMENT("a"),
    /** A note of the change history (更新说明). */
    CHANGE("h");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The one-letter code the index files use. */
    String code() {
      return code;
    }
  }

  /**
   * A piece of text no match may run across.
   *
   * @param anchor the id of the task row it belongs to (e.g. {@code task-151}), or empty
   * @param seq the task's 序号, or 0
   */
  record Segment(Kind kind, String text, String anchor, int seq) {

    static Segment of(Kind kind, String text) {
      return new Segment(kind, text, "", 0);
    }
  }

  /** The indexed text of a document page (a report or a task list) and its document. */
  static IndexedDocument of(Page page, Document doc) {
    Views.DocumentView view = (Views.DocumentView) page.content();
    List<Segment> segments = new ArrayList<>();
    addIfPresent(segments, Kind.META, view.publisher());
    if (!view.source().equals(view.publisher())) {
      addIfPresent(segments, Kind.META, view.source());
    }
    if (view.bodyHtml() != null) {
      for (String block : HtmlText.blocks(view.bodyHtml())) {
        segments.add(Segment.of(Kind.BODY, block));
      }
    }
    if (view.table() != null) {
      for (Views.TaskGroup group : view.table().groups()) {
        if (group.name() != null && !group.rows().isEmpty()) {
          Views.TaskRow first = group.rows().get(0);
          segments.add(new Segment(Kind.GROUP, group.name(), first.anchor(), first.seq()));
        }
        for (Views.TaskRow row : group.rows()) {
          addTask(segments, Kind.CONTENT, String.join("\n", row.content()), row);
          if (row.progress() != null) {
            addTask(segments, Kind.PROGRESS, String.join("\n", row.progress()), row);
          }
          addTask(segments, Kind.UNITS, String.join("、",
              row.units().stream().map(Views.UnitMention::name).toList()), row);
        }
      }
    }
    for (Views.AttachmentView a : view.attachments()) {
      addIfPresent(segments, Kind.ATTACHMENT, a.title());
    }
    for (Views.ChangeView c : view.changes()) {
      addIfPresent(segments, Kind.CHANGE, c.note());
    }
    List<String> columns = page.breadcrumb().stream().skip(1).map(Views.Crumb::title).toList();
    return new IndexedDocument(page.path(), doc.source().path(), doc.meta().published().value(),
        view.title(), view.docNumber(), view.index(), doc.source().columnPath(),
        String.join(" / ", columns), view.publisher(), segments);
  }

  private static void addIfPresent(List<Segment> segments, Kind kind, String text) {
    if (text != null && !text.isBlank()) {
      segments.add(Segment.of(kind, text));
    }
  }

  private static void addTask(List<Segment> segments, Kind kind, String text, Views.TaskRow row) {
    if (!text.isBlank()) {
      segments.add(new Segment(kind, text, row.anchor(), row.seq()));
    }
  }
}
