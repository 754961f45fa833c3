package org.gongkai.sheet;

import java.util.List;
import java.util.Map;
import org.gongkai.model.Task;

/**
 * A task list about to be written as YAML: its metadata lines, headings and tasks, with comments
 * for the web team (which gongkai never reads, so they reach no page).
 *
 * @param preface comment lines at the top of the file
 * @param header metadata lines, written in the content model's order
 * @param headings the column headings by key ({@code seq}, {@code content}, …); empty for the
 *     defaults
 * @param tasks the rows
 * @param notes comment lines written under a task, by 序号
 */
record ListDraft(
    List<String> preface, List<Line> header, Map<String, String> headings, List<Task> tasks,
    Map<Integer, List<String>> notes) {

  ListDraft {
    preface = List.copyOf(preface);
    header = List.copyOf(header);
    headings = Map.copyOf(headings);
    tasks = List.copyOf(tasks);
    notes = Map.copyOf(notes);
  }

  /**
   * A metadata line.
   *
   * @param key the content model's key, e.g. {@code published}
   * @param value a {@code String}, a {@code List<String>}, or null for a line left for the team
   *     to fill in (gongkai's checks report it until it is)
   * @param comment written after the value, or empty
   */
  record Line(String key, Object value, String comment) {}
}
