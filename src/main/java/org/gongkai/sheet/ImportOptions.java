package org.gongkai.sheet;

/**
 * How to import one sheet.
 *
 * @param sheet the sheet's name, or null for the first with a task table
 * @param columns columns by hand ({@code 序号=A,内容=B,…}, or {@code @FILE} for a mapping file),
 *     or null to recognise them by their labels
 * @param headings {@code auto} (the sheet's labels), {@code default} (the content model's), or
 *     {@code key=label,…}
 * @param series the series of the new list, or null
 * @param period the period of the new list, or null
 * @param title 标题, or null (then the series' latest title with the new period, or a line to
 *     fill in)
 * @param written 成文日期, or null
 * @param published 发布日期, or null
 * @param topic 主题分类, or null
 * @param publisher 发布机构, or null
 */
public record ImportOptions(
    String sheet, String columns, String headings, String series, String period, String title,
    String written, String published, String topic, String publisher) {

  ListHeader.Given given() {
    return new ListHeader.Given(title, written, published, topic, publisher, null);
  }
}
