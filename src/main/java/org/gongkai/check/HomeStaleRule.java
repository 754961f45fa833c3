package org.gongkai.check;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * 首页不更新: the home page lists the site's newest documents; when the newest is older than 2
 * weeks at the build date the national inspection fails the site (单项否决). Judged for a site
 * whose home page carries news (a column of a news type, 工作动态 …): a disclosure site of
 * policies and task lists is updated by its columns' own intervals ({@code column-stale}). A
 * warning, as the site can only be fixed by publishing; a site with nothing published is {@code
 * column-empty}'s.
 */
final class HomeStaleRule implements Rule {

  static final Period LIMIT = Period.ofWeeks(2);

  @Override
  public String id() {
    return "home-stale";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号: 首页栏目 2 周以上未更新 (单项否决)";
  }

  @Override
  public Text description() {
    return Text.of("rule.home-stale");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    if (context.site().columns().stream()
        .noneMatch(c -> ColumnRules.NEWS_TYPES.contains(c.type()))) {
      return;
    }
    LocalDate today = context.now().toLocalDate();
    Optional<LocalDate> newest = context.site().documents().stream()
        .filter(d -> d.meta().isPublicAt(context.now()))
        .map(d -> d.meta().published().date()).max(LocalDate::compareTo);
    if (newest.isPresent() && newest.get().plus(LIMIT).isBefore(today)) {
      problems.accept(Problem.warning(Location.of("content/"), id(),
          Text.of("check.home-stale", newest.get().toString(), today.toString()),
          Text.of("check.home-stale-hint")));
    }
  }
}
