package org.gongkai.assemble;

import static org.gongkai.assemble.Text.excerpt;
import static org.gongkai.assemble.Text.lines;
import static org.gongkai.assemble.Text.orDefault;
import static org.gongkai.assemble.Text.orEmpty;
import static org.gongkai.assemble.Text.safeName;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.gongkai.model.Column;
import org.gongkai.model.ContentKey;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;
import org.gongkai.model.Withheld;

/**
 * The periods of each series of task lists (1-3月, 1-6月, …): the navigation between them on a
 * task list's page, and a history page per series with every task's progress period by period.
 */
final class SeriesPages {

  private final SiteLayout layout;
  /** The series each published task list belongs to. */
  private final Map<TaskList, SeriesHistory> seriesOf = new IdentityHashMap<>();
  /** The history page of each series, or none when its name cannot be a file name. */
  private final Map<SeriesHistory, String> historyPathOf = new IdentityHashMap<>();

  /** Groups the published task lists into series and gives each series its history page. */
  SeriesPages(SiteLayout layout, Consumer<Problem> problems) {
    this.layout = layout;
    List<TaskList> lists = new ArrayList<>();
    for (Document d : layout.published()) {
      if (d instanceof TaskList l) {
        lists.add(l);
      }
    }
    java.util.Set<String> unreadFolders = new java.util.HashSet<>();
    for (String path : layout.site.unreadable()) {
      if (!path.endsWith(".md")) {
        unreadFolders.add(path.substring("content/".length(), path.lastIndexOf('/')));
      }
    }
    for (SeriesHistory h : SeriesHistory.of(lists, unreadFolders, problems)) {
      h.periods.forEach(l -> seriesOf.put(l, h));
      TaskList latest = h.latest();
      if (!safeName(h.name)) {
        problems.accept(Problem.error(latest.source().at("series"), "series-name",
            Text.of("assemble.series-name", h.name), Text.of("assemble.series-name-hint")));
        continue;
      }
      historyPathOf.put(h, "/" + latest.source().columnPath() + "/" + SiteLayout.SERIES_FOLDER
          + "/" + h.name + ".html");
    }
  }

  /** The series of a task list, or null when it is not part of one. */
  SeriesHistory of(TaskList list) {
    return seriesOf.get(list);
  }

  /** The history page of a series, or null without one. */
  String historyPath(SeriesHistory series) {
    return historyPathOf.get(series);
  }

  /** The link to a task's section on its series' history page, or null without one. */
  String historyLink(SeriesHistory series, SeriesHistory.Chain chain) {
    String path = historyPathOf.get(series);
    return path == null ? null : path + "#" + chain.anchor;
  }

  /** What a document's pages show, for the cache: a task list's pages show its series too. */
  String documentKey(Document doc) {
    SeriesHistory h = doc instanceof TaskList list ? seriesOf.get(list) : null;
    return h == null ? doc.source().key() : doc.source().key() + "|" + seriesKey(h);
  }

  /** The navigation of a task list's page among the periods of its series, or null. */
  Views.SeriesNav nav(TaskList list) {
    SeriesHistory h = seriesOf.get(list);
    if (h == null) {
      return null;
    }
    int index = h.indexOf(list);
    List<Views.RemovedTask> removed = new ArrayList<>();
    for (SeriesHistory.Entry p : h.droppedBy(index)) {
      removed.add(new Views.RemovedTask(p.task.seq(), orEmpty(p.task.id()),
          SeriesHistory.label(p.list), excerpt(p.task.content()), historyLink(h, p.chain)));
    }
    List<Views.Count> counts = new ArrayList<>();
    if (index > 0) {
      for (SeriesHistory.Change c : SeriesHistory.Change.values()) {
        int n = (int) list.tasks().stream().filter(t -> h.entry(t).change == c).count();
        counts.add(new Views.Count(c.label, n));
      }
    }
    return new Views.SeriesNav(h.name, historyPathOf.get(h), periodLinks(h, list),
        index > 0 ? SeriesHistory.label(h.periods.get(index - 1)) : null,
        list == h.latest(), removed, counts);
  }

  /** Adds the history page of each series that can have one. */
  void addHistoryPages(PageSet pages) {
    for (SeriesHistory h : historyPathOf.keySet().stream()
        .sorted(Comparator.comparing(h -> h.name)).toList()) {
      pages.add(historyPage(h, pages), h.latest().source().at("series"),
          Text.of("assemble.page.history", h.name));
    }
  }

  private Page historyPage(SeriesHistory h, PageSet pages) {
    String path = historyPathOf.get(h);
    TaskList latest = h.latest();
    String title = "历次进展：" + latest.meta().title();
    Supplier<?> view = Page.lazy(() -> {
      List<Views.HistoryTask> tasks = new ArrayList<>();
      for (SeriesHistory.Chain c : h.current) {
        tasks.add(historyTask(h, c));
      }
      List<Views.HistoryTask> removed = new ArrayList<>();
      for (SeriesHistory.Chain c : h.removed) {
        removed.add(historyTask(h, c));
      }
      return new Views.SeriesView(h.name, title, periodLinks(h, null), tasks, removed);
    });
    String columnPath = latest.source().columnPath();
    Column column = layout.column(columnPath);
    List<Views.MetaTag> meta = layout.siteMeta();
    meta.add(new Views.MetaTag("ColumnName", column == null ? "" : column.title()));
    meta.add(new Views.MetaTag("ColumnType", column == null ? "" : column.type()));
    meta.add(new Views.MetaTag("ArticleTitle", title));
    meta.add(new Views.MetaTag("PubDate", latest.meta().published().toMinuteString()));
    String publisher = layout.publisher(latest.meta());
    meta.add(new Views.MetaTag("ContentSource", orDefault(latest.meta().source(),
        publisher)));
    meta.add(new Views.MetaTag("Author", publisher));
    meta.add(new Views.MetaTag("Description", excerpt(title + "，共" + h.periods.size()
        + "期，各项任务历次进展情况。")));
    meta.add(new Views.MetaTag("Url", layout.absolute(path)));
    pages.lastmod(path, SiteLayout.lastmod(latest));
    pages.key(path.substring(1), seriesKey(h));
    return new Page(PageKind.SERIES, path.substring(1), title, layout.absolute(path), meta,
        layout.breadcrumb(columnPath, true), view, latest.source().path(),
        layout.alternates(columnPath));
  }

  private List<Views.PeriodLink> periodLinks(SeriesHistory h, TaskList current) {
    List<Views.PeriodLink> out = new ArrayList<>();
    for (int i = h.periods.size() - 1; i >= 0; i--) {
      TaskList l = h.periods.get(i);
      out.add(new Views.PeriodLink(SeriesHistory.label(l), l.meta().title(), layout.pathOf(l),
          l.meta().published().toString(), l == current, l == h.latest()));
    }
    return out;
  }

  private Views.HistoryTask historyTask(SeriesHistory h, SeriesHistory.Chain c) {
    List<Views.HistoryEntry> entries = new ArrayList<>();
    for (int i = c.entries.size() - 1; i >= 0; i--) {
      SeriesHistory.Entry e = c.entries.get(i);
      Task t = e.task;
      String progress = SeriesHistory.publicProgress(t);
      List<String> added = List.of();
      List<String> dropped = List.of();
      String previousStatus = null;
      Integer previousSeq = null;
      if (e.previous != null) {
        Task p = e.previous.task;
        String before = SeriesHistory.publicProgress(p);
        if (e.change == SeriesHistory.Change.CHANGED && progress != null && before != null
            && !before.isBlank()) {
          added = SeriesHistory.addedSentences(before, progress);
          dropped = SeriesHistory.addedSentences(progress, before);
        }
        if (!SeriesHistory.sameStatus(p, t)) {
          previousStatus = p.status() == null ? "未标注" : p.status().label();
        }
        if (p.seq() != t.seq()) {
          previousSeq = p.seq();
        }
      }
      Withheld w = t.withheld();
      entries.add(new Views.HistoryEntry(SeriesHistory.label(e.list), e.list.meta().title(),
          layout.pathOf(e.list) + "#task-" + t.seq(), t.seq(),
          e.change == null ? "" : e.change.label, e.change == null ? "" : e.change.key,
          progress == null ? null : lines(progress),
          w == null ? null : new Views.WithheldNote(w.scope().key(), w.reason(), w.basis()),
          t.status() == null ? "" : t.status().label(), previousSeq, previousStatus, added,
          dropped));
    }
    Task last = c.last().task;
    return new Views.HistoryTask(c.anchor, last.seq(), orEmpty(last.id()),
        lines(last.content()), layout.unitMentions(last.units()),
        last.status() == null ? "" : last.status().label(),
        SeriesHistory.label(c.last().list), c.last().list != h.latest(), entries);
  }

  /** What a series' pages show of it: each period's source. */
  private String seriesKey(SeriesHistory h) {
    ContentKey key = new ContentKey();
    for (TaskList period : h.periods) {
      key.add(period.source().path()).add(period.source().key());
    }
    return key.toString();
  }
}
