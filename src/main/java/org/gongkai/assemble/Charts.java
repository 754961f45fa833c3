package org.gongkai.assemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.TaskStatus;
import org.gongkai.model.Unit;
import org.gongkai.model.UnitRef;

/**
 * The bar charts of a task list: its tasks counted by status (when any task has one) and by lead
 * unit. The geometry is computed here, in whole SVG units, so that the template only draws and
 * the output is the same on every machine.
 */
final class Charts {

  static final String NO_STATUS = "未标注";
  private static final int ROW = 28;
  private static final int BAR = 20;
  private static final int BAR_AREA = 360;
  private static final int GLYPH = 15;
  private static final int COUNT_WIDTH = 48;

  private Charts() {}

  static List<Views.Chart> of(TaskList list, UnitDirectory units) {
    List<Views.Chart> charts = new ArrayList<>();
    if (list.tasks().isEmpty()) {
      return charts;
    }
    if (list.tasks().stream().anyMatch(t -> t.status() != null)) {
      Map<String, Integer> byStatus = new LinkedHashMap<>();
      for (TaskStatus s : TaskStatus.values()) {
        byStatus.put(s.label(), 0);
      }
      for (Task t : list.tasks()) {
        byStatus.merge(t.status() == null ? NO_STATUS : t.status().label(), 1, Integer::sum);
      }
      charts.add(chart("chart-status", "按状态统计的任务数", "状态", byStatus,
          list.tasks().size(), ""));
    }
    Map<String, Integer> byLead = new LinkedHashMap<>();
    int noLead = 0;
    for (Task t : list.tasks()) {
      boolean any = false;
      java.util.Set<String> counted = new java.util.HashSet<>();
      for (UnitRef ref : t.units()) {
        if (ref.lead()) {
          String name = units.find(ref.name()).map(Unit::name).orElse(ref.name());
          if (counted.add(name)) {
            byLead.merge(name, 1, Integer::sum);
          }
          any = true;
        }
      }
      if (!any) {
        noLead++;
      }
    }
    if (!byLead.isEmpty()) {
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(byLead.entrySet());
      // most tasks first; equal counts keep the order of first appearance in the table
      sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
      Map<String, Integer> ordered = new LinkedHashMap<>();
      sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
      // tasks without a marked lead are said in a note, not drawn: in a table whose units are
      // rarely marked (seed 002 marks only some) that bar would dwarf every unit's
      charts.add(chart("chart-lead", "按牵头单位统计的任务数", "牵头单位", ordered,
          list.tasks().size() - noLead, noLead == 0 ? ""
              : "另有 " + noLead + " 项未标注牵头单位（★ 或 ▲），未计入本图。"));
    }
    return charts;
  }

  /**
   * Status counts in the order of {@link TaskStatus}, then 未标注; only those that occur, and
   * none when no task has a status (“未标注 5 项” says nothing).
   */
  static List<Views.Count> inStatusOrder(Map<String, Integer> counts) {
    List<Views.Count> out = new ArrayList<>();
    if (counts.keySet().stream().allMatch(NO_STATUS::equals)) {
      return out;
    }
    for (TaskStatus s : TaskStatus.values()) {
      if (counts.containsKey(s.label())) {
        out.add(new Views.Count(s.label(), counts.get(s.label())));
      }
    }
    if (counts.containsKey(NO_STATUS)) {
      out.add(new Views.Count(NO_STATUS, counts.get(NO_STATUS)));
    }
    return out;
  }

  private static Views.Chart chart(
      String id, String title, String labelHeading, Map<String, Integer> counts, int total,
      String note) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    int longest = counts.keySet().stream().mapToInt(k -> k.codePointCount(0, k.length()))
        .max().orElse(0);
    int labelWidth = Math.max(4, longest) * GLYPH + 12;
    List<Views.Bar> bars = new ArrayList<>();
    int y = 8;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int width = max == 0 ? 0 : (int) Math.round((double) BAR_AREA * e.getValue() / max);
      bars.add(new Views.Bar(e.getKey(), e.getValue(), y, width));
      y += ROW;
    }
    return new Views.Chart(id, title, labelHeading, labelWidth, BAR_AREA, BAR,
        labelWidth + BAR_AREA + COUNT_WIDTH, y + 8, bars, total, note);
  }
}
