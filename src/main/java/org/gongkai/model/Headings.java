package org.gongkai.model;

/** The column headings of a task table; a list may rename them to match its printed form. */
public record Headings(String seq, String group, String content, String progress, String units) {

  public static final Headings DEFAULT = new Headings("序号", "分块", "内容与要求", "进展情况", "责任单位");
}
