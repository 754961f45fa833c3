package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * What a check report is made from.
 *
 * @param problems every problem of the run; kept in their natural order (file, line, column)
 * @param rules what is known of each rule, by id; problems may carry ids that are not here (the
 *     stages report problems too), and the reports list those with an empty title
 * @param toolVersion gongkai's version, e.g. {@code 0.1.0}
 * @param documents documents read
 * @param pages pages rendered (0 for a check that renders nothing)
 * @param lang the language of messages, hints and rule titles
 */
public record ReportInput(
    List<Problem> problems, Map<String, RuleInfo> rules, String toolVersion, int documents,
    int pages, Lang lang) {

  public ReportInput {
    problems = problems.stream().sorted().toList();
    for (Map.Entry<String, RuleInfo> e : rules.entrySet()) {
      if (!e.getKey().equals(e.getValue().id())) {
        throw new IllegalArgumentException("rule `" + e.getValue().id() + "` is filed under `"
            + e.getKey() + "`");
      }
    }
    rules = Map.copyOf(rules);
    Objects.requireNonNull(toolVersion, "toolVersion");
    if (documents < 0 || pages < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** How many problems have this severity. */
  public int count(Severity severity) {
    return (int) problems.stream().filter(p -> p.severity() == severity).count();
  }

  /**
   * Every rule given, and every rule id a problem carries that was not given, sorted by id: the
   * order of the rule lists in the JSON and SARIF reports.
   */
  List<RuleInfo> listedRules() {
    TreeMap<String, RuleInfo> all = new TreeMap<>(rules);
    for (Problem p : problems) {
      all.computeIfAbsent(p.ruleId(), RuleInfo::unlisted);
    }
    return new ArrayList<>(all.values());
  }

  /** What is known of a rule; an unlisted rule has only its id. */
  RuleInfo rule(String id) {
    RuleInfo info = rules.get(id);
    return info == null ? RuleInfo.unlisted(id) : info;
  }
}
