package org.gongkai.assemble;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;

/**
 * The periods of one series of task lists and how their tasks match up.
 *
 * <p>Periods are ordered by where they end ({@link Periods}); when a period of the series cannot
 * be read, the whole series is ordered by 发布日期 instead (and that is reported). Each period's
 * tasks are matched with the period before it: by {@code id} where both tasks have one, else by
 * {@code seq}. A matched task is 有更新 when its public progress (normalised: NFKC, no white space)
 * or its status differs, else 无变化; an unmatched one is 新增. A task of the previous period that
 * the next one does not list is reported ({@code series-task-removed}), and so is a task whose
 * {@code id} stayed while its {@code seq} changed ({@code series-task-renumbered}): warnings for
 * the latest period, notes for earlier ones (which are history by then).
 */
final class SeriesHistory {

  /** How a task changed since the previous period. */
  enum Change {
    NEW("新增", "new"),
    CHANGED("有更新", "changed"),
    UNCHANGED("无变化", "unchanged");

    final String label;
    final String key;

    Change(String label, String key) {
      this.label = label;
      this.key = key;
    }
  }

  /** A task in one period. */
  static final class Entry {
    final int period;
    final TaskList list;
    final Task task;
    Entry previous;
    Entry next;
    Change change;
    Chain chain;

    Entry(int period, TaskList list, Task task) {
      this.period = period;
      this.list = list;
      this.task = task;
    }
  }

  /** One task through the periods that list it, oldest first. */
  static final class Chain {
    final List<Entry> entries = new ArrayList<>();
    String anchor;

    Entry last() {
      return entries.get(entries.size() - 1);
    }
  }

  final String name;
  /** Oldest first. */
  final List<TaskList> periods;
  /** The tasks of the latest period, in its order. */
  final List<Chain> current = new ArrayList<>();
  /** Tasks that an earlier period lists and the latest does not: newest period first. */
  final List<Chain> removed = new ArrayList<>();
  private final Map<Task, Entry> entries = new IdentityHashMap<>();
  /** Per period: the tasks of the period before it that it no longer lists. */
  private final Map<Integer, List<Entry>> dropped = new HashMap<>();

  private SeriesHistory(String name, List<TaskList> periods) {
    this.name = name;
    this.periods = List.copyOf(periods);
  }

  TaskList latest() {
    return periods.get(periods.size() - 1);
  }

  int indexOf(TaskList list) {
    for (int i = 0; i < periods.size(); i++) {
      if (periods.get(i) == list) {
        return i;
      }
    }
    return -1;
  }

  Entry entry(Task task) {
    return entries.get(task);
  }

  /** The tasks of the period before {@code period} that it no longer lists. */
  List<Entry> droppedBy(int period) {
    return dropped.getOrDefault(period, List.of());
  }

  /** The label of a period: its {@code period}, or its 发布日期 when it has none. */
  static String label(TaskList list) {
    return list.period() != null ? list.period() : list.meta().published().date().toString();
  }

  /**
   * Groups the published task lists by series, each in period order.
   *
   * @param unreadFolders column folders holding a task list that could not be read: it may be a
   *     period of a series there, so the series' periods and tasks are not reported on (a missing
   *     period would make every task of the next one look new or removed)
   */
  static List<SeriesHistory> of(
      List<TaskList> lists, java.util.Set<String> unreadFolders, Consumer<Problem> all) {
    Map<String, List<TaskList>> bySeries = new TreeMap<>();
    for (TaskList list : lists) {
      if (list.series() != null && !list.series().isBlank()) {
        bySeries.computeIfAbsent(list.series().strip(), k -> new ArrayList<>()).add(list);
      }
    }
    List<SeriesHistory> out = new ArrayList<>();
    bySeries.forEach((name, members) -> {
      Consumer<Problem> problems = members.stream()
          .anyMatch(l -> unreadFolders.contains(l.source().columnPath()))
          ? p -> {
            if (p.isError()) {
              all.accept(p);
            }
          }
          : all;
      SeriesHistory h = new SeriesHistory(name, order(name, members, problems));
      h.match(problems);
      out.add(h);
    });
    return out;
  }

  private static final Comparator<TaskList> BY_PUBLISHED = Comparator
      .comparing((TaskList l) -> l.meta().published())
      .thenComparing(l -> l.source().path());

  private static List<TaskList> order(
      String name, List<TaskList> members, Consumer<Problem> problems) {
    List<TaskList> sorted = new ArrayList<>(members);
    sorted.sort(BY_PUBLISHED);
    Map<TaskList, Periods.End> ends = new IdentityHashMap<>();
    boolean readable = true;
    for (TaskList l : sorted) {
      Optional<Periods.End> end = Periods.end(l.period());
      if (end.isEmpty()) {
        readable = false;
        if (members.size() > 1) {
          problems.accept(Problem.warning(l.source().at("period"), "series-period",
              l.period() == null ? Text.of("assemble.series-no-period", name)
                  : Text.of("assemble.series-period", l.period(), name),
              Text.of("assemble.series-period-hint")));
        }
      } else {
        ends.put(l, end.get());
      }
    }
    if (!readable) {
      return sorted;
    }
    boolean allYears = ends.values().stream().allMatch(e -> e.year() > 0);
    Comparator<TaskList> byEnd = Comparator.comparingInt(
        l -> (allYears ? ends.get(l).year() * 100 : 0) + ends.get(l).month());
    sorted.sort(byEnd.thenComparing(BY_PUBLISHED));
    for (int i = 1; i < sorted.size(); i++) {
      if (byEnd.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
        TaskList l = sorted.get(i);
        problems.accept(Problem.warning(l.source().at("period"), "series-period-duplicate",
            Text.of("assemble.series-period-duplicate", name, label(l),
                sorted.get(i - 1).source().path()),
            Text.of("assemble.series-period-duplicate-hint")));
      }
    }
    return sorted;
  }

  private void match(Consumer<Problem> problems) {
    List<List<Entry>> byPeriod = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      List<Entry> list = new ArrayList<>();
      for (Task t : periods.get(i).tasks()) {
        Entry e = new Entry(i, periods.get(i), t);
        entries.put(t, e);
        list.add(e);
      }
      byPeriod.add(list);
    }
    for (int i = 1; i < periods.size(); i++) {
      link(byPeriod.get(i - 1), byPeriod.get(i), i);
    }
    List<Chain> chains = new ArrayList<>();
    for (List<Entry> period : byPeriod) {
      for (Entry e : period) {
        if (e.previous == null) {
          Chain c = new Chain();
          for (Entry x = e; x != null; x = x.next) {
            c.entries.add(x);
            x.chain = c;
          }
          chains.add(c);
        }
      }
    }
    int last = periods.size() - 1;
    for (Entry e : byPeriod.get(last)) {
      current.add(e.chain);
    }
    for (Chain c : chains) {
      if (c.last().period < last) {
        removed.add(c);
      }
    }
    removed.sort(Comparator.comparingInt((Chain c) -> -c.last().period)
        .thenComparingInt(c -> c.last().task.seq()));
    Set<String> anchors = new HashSet<>();
    List<Chain> all = new ArrayList<>(current);
    all.addAll(removed);
    for (Chain c : all) {
      Task t = c.last().task;
      String base = "task-"
          + (t.id() != null ? SPACES.matcher(t.id().strip()).replaceAll("-") : t.seq());
      String anchor = base;
      for (int n = 2; !anchors.add(anchor); n++) {
        anchor = base + "-" + n;
      }
      c.anchor = anchor;
    }
    report(byPeriod, problems);
  }

  /** Matches the tasks of one period with the period before it. */
  private void link(List<Entry> before, List<Entry> after, int period) {
    Map<String, Entry> byId = new HashMap<>();
    Map<Integer, Entry> bySeq = new HashMap<>();
    for (Entry e : before) {
      if (e.task.id() != null) {
        byId.putIfAbsent(e.task.id(), e);
      }
      bySeq.putIfAbsent(e.task.seq(), e);
    }
    Set<Entry> used = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Entry e : after) {
      Entry p = e.task.id() == null ? null : byId.get(e.task.id());
      if (p != null && used.add(p)) {
        join(p, e);
      }
    }
    for (Entry e : after) {
      if (e.previous != null) {
        continue;
      }
      Entry p = bySeq.get(e.task.seq());
      if (p != null && !used.contains(p) && (p.task.id() == null || e.task.id() == null)) {
        used.add(p);
        join(p, e);
      }
    }
    for (Entry e : after) {
      if (e.previous == null) {
        e.change = Change.NEW;
      }
    }
    List<Entry> gone = new ArrayList<>();
    for (Entry p : before) {
      if (!used.contains(p)) {
        gone.add(p);
      }
    }
    dropped.put(period, gone);
  }

  private static void join(Entry p, Entry e) {
    p.next = e;
    e.previous = p;
    e.change = publicState(p.task).equals(publicState(e.task)) ? Change.UNCHANGED
        : Change.CHANGED;
  }

  private void report(List<List<Entry>> byPeriod, Consumer<Problem> problems) {
    int last = periods.size() - 1;
    for (int i = 1; i <= last; i++) {
      TaskList list = periods.get(i);
      TaskList before = periods.get(i - 1);
      boolean latest = i == last;
      for (Entry p : droppedBy(i)) {
        Text what = p.task.id() == null
            ? Text.of("assemble.task-removed", p.task.seq(), label(before),
                before.source().path(), label(list))
            : Text.of("assemble.task-removed-id", p.task.seq(), label(before),
                before.source().path(), label(list), p.task.id());
        Text hint = Text.of("assemble.task-removed-hint");
        problems.accept(latest
            ? Problem.warning(list.source().at("tasks"), "series-task-removed", what, hint)
            : Problem.note(list.source().at("tasks"), "series-task-removed", what, hint));
      }
      for (Entry e : byPeriod.get(i)) {
        if (e.previous != null && e.previous.task.seq() != e.task.seq()) {
          Text what = Text.of("assemble.task-renumbered", e.task.id(), e.previous.task.seq(),
              label(before), e.task.seq(), label(list));
          Text hint = Text.of("assemble.task-renumbered-hint", e.previous.task.seq());
          problems.accept(latest
              ? Problem.warning(e.task.location(), "series-task-renumbered", what, hint)
              : Problem.note(e.task.location(), "series-task-renumbered", what, hint));
        }
      }
    }
  }

  /** What a reader sees of a task's progress and status, normalised for comparison. */
  static String publicState(Task t) {
    StringBuilder s = new StringBuilder();
    s.append(t.status() == null ? "" : t.status().label()).append('\u0000');
    if (t.withheld() != null) {
      s.append(t.withheld().scope().key()).append(':').append(normalise(t.withheld().reason()))
          .append('\u0000');
    }
    if (t.withheld() == null || !t.withheld().hidesProgress()) {
      s.append(normalise(t.progress()));
    }
    return s.toString();
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern TRAILING_PUNCTUATION =
      java.util.regex.Pattern.compile("[。;!?,、.]+$");
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("(?<=[。；;！!？?])|\\n");
  private static final java.util.regex.Pattern PUNCTUATION =
      java.util.regex.Pattern.compile("[。；;！!？?,，]");

  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    // NFKC is the identity for most Chinese text: skip its allocation when nothing changes
    String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SPACES.matcher(n).replaceAll("");
  }

  /** The public progress text of a task, or null when it is withheld in full. */
  static String publicProgress(Task t) {
    if (t.withheld() != null && t.withheld().hidesProgress()) {
      return null;
    }
    return t.progress() == null ? "" : t.progress();
  }

  /** Sentences of {@code now} not in {@code before}, compared normalised. */
  static List<String> addedSentences(String before, String now) {
    Set<String> old = new HashSet<>();
    for (String s : sentences(before)) {
      old.add(sentenceKey(s));
    }
    List<String> out = new ArrayList<>();
    for (String s : new LinkedHashSet<>(sentences(now))) {
      if (!old.contains(sentenceKey(s))) {
        out.add(s);
      }
    }
    return out;
  }

  /** A sentence normalised, without the punctuation that ends it (。 and ; end the same clause). */
  private static String sentenceKey(String sentence) {
    return TRAILING_PUNCTUATION.matcher(normalise(sentence)).replaceAll("");
  }

  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank() && !PUNCTUATION.matcher(normalise(s)).replaceAll("").isEmpty()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  static boolean sameStatus(Task a, Task b) {
    return Objects.equals(a.status(), b.status());
  }
}
