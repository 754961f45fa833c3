package org.gongkai.check;

import java.util.function.Consumer;
import org.gongkai.model.Column;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;

/**
 * 空白栏目: a column with no published document. 5 or more fail a site outright in the national
 * inspection (检查指标, 国办秘函〔2019〕19号); the count is reported when it gets there.
 */
final class ColumnEmptyRule implements Rule {

  static final int VETO = 5;

  @Override
  public String id() {
    return "column-empty";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号: 空白栏目 5个以上 单项否决";
  }

  @Override
  public String description() {
    return "空白栏目: columns with no published document (5 or more: 单项否决)";
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    int empty = 0;
    for (Column column : context.site().columns()) {
      if (!ColumnRules.hasContent(context, column)) {
        empty++;
        problems.accept(Problem.warning(column.location(), id(), "the column 「" + column.title()
            + "」 (content/" + column.path() + ") has no published document: an empty column"
            + " (空白栏目)", "publish its first document, or remove the column"));
      }
    }
    if (empty >= VETO) {
      problems.accept(Problem.warning(Location.of("content/"), "column-veto", empty
          + " empty columns: the national inspection fails a site with " + VETO + " or more"
          + " (单项否决)", "fill or remove them before the site is inspected"));
    }
  }
}
