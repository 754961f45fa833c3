package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.model.Column;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * 空白栏目: a column with no published document. 5 or more fail a site outright in the national
 * inspection (检查指标, 国办秘函〔2019〕19号): then one error names the veto item and the
 * columns, beside each column's warning.
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
  public Text description() {
    return Text.of("rule.column-empty");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    List<String> empty = new ArrayList<>();
    for (Column column : context.site().columns()) {
      if (!ColumnRules.hasContent(context, column)) {
        empty.add(column.title());
        problems.accept(Problem.warning(column.location(), id(),
            Text.of("check.column-empty", column.title(), column.path()),
            Text.of("check.column-empty-hint")));
      }
    }
    if (empty.size() >= VETO) {
      problems.accept(Problem.error(Location.of("content/"), "column-veto",
          Text.of("check.column-veto-empty", empty.size(), VETO, ColumnRules.list(empty)),
          Text.of("check.column-veto-hint")));
    }
  }
}
