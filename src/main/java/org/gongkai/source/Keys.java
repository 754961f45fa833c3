package org.gongkai.source;

import org.gongkai.model.Text;

/**
 * Every key of the content model with its Chinese labels. This table is the contract of
 * {@code docs/content-model.md}: keep the two in step.
 */
public final class Keys {

  private Keys() {}

  public static final Field TITLE = Field.of("title", "标题");
  public static final Field INDEX = Field.of("index", "索引号");
  public static final Field DISCLOSURE = Field.of("disclosure", "公开方式");
  public static final Field PUBLISHER = Field.of("publisher", "发布机构");
  public static final Field WRITTEN = Field.of("written", "成文日期");
  public static final Field PUBLISHED = Field.of("published", "发布日期", "发布时间");
  public static final Field TOPIC = Field.of("topic", "主题分类");
  public static final Field DOC_NUMBER = Field.of("docNumber", "发文字号", "文号");
  public static final Field SOURCE = Field.of("source", "信息来源");
  public static final Field KEYWORDS = Field.of("keywords", "关键词");
  public static final Field DESCRIPTION = Field.of("description", "摘要");
  public static final Field VALIDITY = Field.of("validity", "有效性");
  public static final Field UPDATED = Field.of("updated", "更新日期");
  public static final Field CHANGES = Field.of("changes", "更新说明");
  public static final Field ATTACHMENTS = Field.of("attachments", "附件");
  public static final Field DRAFT = Field.of("draft", "草稿");
  public static final Field SLUG = Field.of("slug", "网址名");
  public static final Field ALLOW = Field.of("allow", "允许");

  /** Metadata of a report ({@code *.md} front matter). */
  public static final FieldSet REPORT = FieldSet.of(Text.of("source.what.report"), TITLE, INDEX,
      DISCLOSURE, PUBLISHER, WRITTEN, PUBLISHED, TOPIC, DOC_NUMBER, SOURCE, KEYWORDS, DESCRIPTION,
      VALIDITY, UPDATED, CHANGES, ATTACHMENTS, DRAFT, SLUG, ALLOW);

  public static final Field SERIES = Field.of("series", "系列");
  public static final Field PERIOD = Field.of("period", "期间");
  public static final Field HEADINGS = Field.of("headings", "表头");
  public static final Field TASKS = Field.of("tasks", "任务");

  /** A task-list document ({@code *.yaml}): the metadata and the table. */
  public static final FieldSet TASK_LIST =
      REPORT.plus(Text.of("source.what.task-list"), SERIES, PERIOD, HEADINGS, TASKS);

  public static final Field SEQ = Field.of("seq", "序号");
  public static final Field ID = Field.of("id", "编号");
  public static final Field GROUP = Field.of("group", "分块");
  public static final Field CONTENT = Field.of("content", "内容", "主要工作", "主要工作任务", "内容与要求");
  public static final Field PROGRESS = Field.of("progress", "进展情况", "完成情况");
  public static final Field STATUS = Field.of("status", "状态");
  public static final Field UNITS = Field.of("units", "责任单位", "牵头单位");
  public static final Field WITHHELD = Field.of("withheld", "不予公开");

  public static final FieldSet TASK =
      FieldSet.of(Text.of("source.what.task"), SEQ, ID, GROUP, CONTENT, PROGRESS, STATUS, UNITS,
          WITHHELD);

  public static final FieldSet HEADING_NAMES =
      FieldSet.of(Text.of("source.what.headings"), SEQ, GROUP, CONTENT, PROGRESS, UNITS);

  public static final Field SCOPE = Field.of("scope", "范围");
  public static final Field REASON = Field.of("reason", "理由");
  public static final Field BASIS = Field.of("basis", "依据");

  public static final FieldSet WITHHELD_PART =
      FieldSet.of(Text.of("source.what.withheld"), SCOPE, REASON, BASIS);

  public static final Field DATE = Field.of("date", "日期");
  public static final Field NOTE = Field.of("note", "说明");

  public static final FieldSet CHANGE = FieldSet.of(Text.of("source.what.change"), DATE, NOTE);

  public static final Field FILE = Field.of("file", "文件");

  public static final FieldSet ATTACHMENT =
      FieldSet.of(Text.of("source.what.attachment"), FILE, TITLE);

  public static final Field VALUE = Field.of("value", "值");

  public static final FieldSet ALLOWANCE =
      FieldSet.of(Text.of("source.what.allowance"), VALUE, REASON);
}
