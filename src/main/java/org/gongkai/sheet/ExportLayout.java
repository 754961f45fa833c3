package org.gongkai.sheet;

import java.util.List;

/**
 * The shape of the workbooks gongkai sends to departments, which the merge reads back: a visible
 * sheet of tasks under a title row, and a very hidden sheet naming the series, period and unit (so
 * that a renamed file is still known).
 */
final class ExportLayout {

  static final String TASKS_SHEET = "任务";
  static final String META_SHEET = "gongkai";
  /** The first cell of the metadata sheet, which says the workbook is one of ours. */
  static final String META_FORMAT = "gongkai-sheet-1";
  static final String META_SERIES = "系列";
  static final String META_PERIOD = "期间";
  static final String META_UNIT = "单位";
  static final String META_FILE = "文件";
  /** {@link #META_UNIT} of a workbook with every task (for the web team itself). */
  static final String WHOLE = "全部";

  /** The columns, left to right. */
  static final List<String> LABELS = List.of("序号", "编号", "分块", "主要任务", "上期进展",
      "本期进展", "状态", "牵头单位", "配合单位");
  static final int SEQ = 0;
  static final int ID = 1;
  static final int GROUP = 2;
  static final int CONTENT = 3;
  static final int PREVIOUS = 4;
  static final int PROGRESS = 5;
  static final int STATUS = 6;
  static final int LEAD = 7;
  static final int ASSIST = 8;
  /** Column widths in characters. */
  static final int[] WIDTHS = {6, 10, 14, 50, 50, 50, 10, 18, 24};

  private ExportLayout() {}
}
