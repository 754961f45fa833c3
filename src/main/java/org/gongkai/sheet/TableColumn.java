package org.gongkai.sheet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a task table, recognised by the labels Chinese task tables print above them.
 * Labels are compared without white space; a label matches a column when it contains one of the
 * column's words (序号 and 编号 must be the whole label). Columns are tried in this order, so
 * 工作进展 is progress, not content, and 完成状态 is the status.
 */
enum TableColumn {
  SEQ("seq", List.of(), List.of("序号", "编号", "序")),
  ID("id", List.of(), List.of("任务编号", "任务id", "id")),
  PREVIOUS("previous", List.of("上期进展", "上期完成情况", "上期"), List.of()),
  PROGRESS("progress", List.of("本期进展", "完成情况", "进展情况", "工作进展", "推进情况", "进展",
      "进度"), List.of()),
  STATUS("status", List.of("状态"), List.of()),
  LEAD("lead", List.of("牵头单位", "牵头部门", "牵头"), List.of()),
  ASSIST("assist", List.of("配合单位", "配合部门", "协办单位", "配合"), List.of()),
  UNITS("units", List.of("责任单位", "责任部门", "责任主体", "单位"), List.of()),
  GROUP("group", List.of("分块", "类别", "板块", "分类"), List.of()),
  CONTENT("content", List.of("主要任务", "工作任务", "目标任务", "主要工作", "内容", "任务", "事项",
      "工作"), List.of());

  /** The name used in {@code --columns} besides the labels, e.g. {@code content=B}. */
  final String key;
  private final List<String> contained;
  private final List<String> whole;

  TableColumn(String key, List<String> contained, List<String> whole) {
    this.key = key;
    this.contained = contained;
    this.whole = whole;
  }

  /** A label without white space (headers often break 序号 over two lines). */
  static String normalise(String label) {
    return label.replaceAll("[\\s\\u3000]+", "");
  }

  /** The column a printed label names, if any. */
  static Optional<TableColumn> recognise(String label) {
    String l = normalise(label).toLowerCase(Locale.ROOT);
    if (l.isEmpty()) {
      return Optional.empty();
    }
    for (TableColumn c : values()) {
      if (c.whole.contains(l) || c.contained.stream().anyMatch(l::contains)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** A column named in {@code --columns}: by key ({@code content}) or by a label (内容). */
  static Optional<TableColumn> named(String name) {
    String n = normalise(name).toLowerCase(Locale.ROOT);
    for (TableColumn c : values()) {
      if (c.key.equals(n)) {
        return Optional.of(c);
      }
    }
    return recognise(name);
  }

  boolean isUnits() {
    return this == UNITS || this == LEAD || this == ASSIST;
  }
}
