package org.gongkai.check;

import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Text;

/**
 * Every rule id a run can report, with what it finds and where the rule comes from: the
 * registered rules, and the ids of problems found while reading, numbering, assembling and
 * rendering. docs/checks.md lists the same (a test keeps the two in step).
 */
public final class RuleCatalogue {

  private static final String MODEL = "content model (docs/content-model.md)";
  private static final String INSPECTION = "国办秘函〔2019〕19号";

  private RuleCatalogue() {}

  /** The catalogue by id. */
  public static Map<String, RuleInfo> all() {
    Map<String, RuleInfo> out = new TreeMap<>();
    add(out, "encoding", Text.of("rule.encoding"), "content model: strict UTF-8");
    add(out, "file-unreadable", Text.of("rule.file-unreadable"), "");
    add(out, "input-limit", Text.of("rule.input-limit"), "docs/security.md");
    add(out, "site-layout", Text.of("rule.site-layout"), MODEL);
    add(out, "yaml-syntax", Text.of("rule.yaml-syntax"), "YAML 1.2");
    add(out, "yaml-slip", Text.of("rule.yaml-slip"), "YAML 1.2");
    add(out, "yaml-structure", Text.of("rule.yaml-structure"), MODEL);
    add(out, "front-matter", Text.of("rule.front-matter"), MODEL);
    add(out, "missing-field", Text.of("rule.missing-field"), MODEL);
    add(out, "duplicate-key", Text.of("rule.duplicate-key"), MODEL);
    add(out, "unknown-key", Text.of("rule.unknown-key"), MODEL);
    add(out, "misspelt-key", Text.of("rule.misspelt-key"), MODEL);
    add(out, "wrong-type", Text.of("rule.wrong-type"), MODEL);
    add(out, "boolean", Text.of("rule.boolean"), "YAML 1.2; " + MODEL);
    add(out, "date-format", Text.of("rule.date-format"),
        "GB/T 7408 (ISO 8601); " + MODEL);
    add(out, "date-order", Text.of("rule.date-order"), MODEL);
    add(out, "disclosure", Text.of("rule.disclosure"), "《政府信息公开条例》");
    add(out, "validity", Text.of("rule.validity"), MODEL);
    add(out, "task-status", Text.of("rule.task-status"), MODEL);
    add(out, "duplicate-seq", Text.of("rule.duplicate-seq"), MODEL);
    add(out, "duplicate-id", Text.of("rule.duplicate-id"), MODEL);
    add(out, "withheld", Text.of("rule.withheld"),
        "《政府信息公开条例》第十四至十六条");
    add(out, "attachment", Text.of("rule.attachment"), MODEL);
    add(out, "attachment-type", Text.of("rule.attachment-type"), "docs/security.md");
    add(out, "attachment-active", Text.of("rule.attachment-active"), "docs/security.md");
    add(out, "attachment-unreferenced", Text.of("rule.attachment-unreferenced"),
        "《政府信息公开条例》第十四至十六条; " + MODEL);
    add(out, "site-code", Text.of("rule.site-code"),
        "《政府网站发展指引》(国办发〔2017〕47号)");
    add(out, "base-url", Text.of("rule.base-url"), MODEL);
    add(out, "party-gov-mark", Text.of("rule.party-gov-mark"), "党政机关网站标识 (中央编办)");
    add(out, "contact-page", Text.of("rule.contact-page"), MODEL);
    add(out, "error-report-url", Text.of("rule.error-report-url"), "全国政府网站找错平台");
    add(out, "permalink", Text.of("rule.permalink"), MODEL);
    add(out, "permalink-collision", Text.of("rule.permalink-collision"), MODEL);
    add(out, "name-portable", Text.of("rule.name-portable"), "Windows, macOS; docs/security.md");
    add(out, "timezone", Text.of("rule.timezone"), MODEL);
    add(out, "topics", Text.of("rule.topics"), MODEL);
    add(out, "update-interval", Text.of("rule.update-interval"), MODEL);
    add(out, "unit-duplicate", Text.of("rule.unit-duplicate"), MODEL);
    add(out, "index-duplicate", Text.of("rule.index-duplicate"),
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-missing", Text.of("rule.index-missing"),
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-unknown", Text.of("rule.index-unknown"),
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-retired", Text.of("rule.index-retired"),
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-moved", Text.of("rule.index-moved"), "");
    add(out, "index-orphan", Text.of("rule.index-orphan"), "");
    add(out, "index-organ", Text.of("rule.index-organ"), MODEL);
    add(out, "index-header", Text.of("rule.index-header"), "");
    add(out, "index-renumber", Text.of("rule.index-renumber"), "");
    add(out, "index-import", Text.of("rule.index-import"), "");
    add(out, "index-frozen", Text.of("rule.index-frozen"), "");
    add(out, "index-assigned", Text.of("rule.index-assigned"), "");
    add(out, "index-recorded", Text.of("rule.index-recorded"), "");
    add(out, "ledger", Text.of("rule.ledger"), "");
    add(out, "ledger-missing", Text.of("rule.ledger-missing"), "");
    add(out, "ledger-duplicate", Text.of("rule.ledger-duplicate"),
        "政府信息公开目录系统实施指引（试行）");
    add(out, "link-broken", Text.of("rule.link-broken"),
        INSPECTION + ": 链接、附件无法打开");
    add(out, "link-external", Text.of("rule.link-external"), INSPECTION);
    add(out, "leak", Text.of("rule.leak"),
        "《政府信息公开条例》第十四至十六条; " + MODEL);
    add(out, "column-veto", Text.of("rule.column-veto"),
        INSPECTION + ": 单项否决");
    add(out, "series-name", Text.of("rule.series-name"), MODEL);
    add(out, "series-period", Text.of("rule.series-period"), MODEL);
    add(out, "series-period-duplicate", Text.of("rule.series-period-duplicate"), MODEL);
    add(out, "series-task-removed", Text.of("rule.series-task-removed"),
        MODEL);
    add(out, "series-task-renumbered", Text.of("rule.series-task-renumbered"), MODEL);
    add(out, "masked", Text.of("rule.masked"), "");
    add(out, "template", Text.of("rule.template"), "");
    add(out, "output", Text.of("rule.output"), "");
    add(out, "output-path", Text.of("rule.output-path"), "");
    add(out, "source-write", Text.of("rule.source-write"), "");
    add(out, "init", Text.of("rule.init"), "");
    add(out, "annual-report", Text.of("rule.annual-report"), AnnualChecks.FORMAT);
    add(out, "new", Text.of("rule.new"), "");
    add(out, "preview", Text.of("rule.preview"), "");
    Sheets.add(out);
    for (Rule rule : Rules.ALL) {
      out.put(rule.id(), new RuleInfo(rule.id(), rule.description(), rule.source()));
    }
    return out;
  }

  private static void add(Map<String, RuleInfo> out, String id, Text title, String source) {
    out.put(id, new RuleInfo(id, title, source));
  }

  /** The ids of {@code gongkai import} and {@code gongkai export} (spreadsheets in and out). */
  private static final class Sheets {
    private static final String SHEETS = "README: Spreadsheets in and out (表格导入导出)";

    static void add(Map<String, RuleInfo> out) {
      RuleCatalogue.add(out, "sheet-unreadable", Text.of("rule.sheet-unreadable"), SHEETS);
      RuleCatalogue.add(out, "sheet-encrypted", Text.of("rule.sheet-encrypted"), SHEETS);
      RuleCatalogue.add(out, "sheet-unsafe", Text.of("rule.sheet-unsafe"), SHEETS);
      RuleCatalogue.add(out, "sheet-too-large", Text.of("rule.sheet-too-large"), SHEETS);
      RuleCatalogue.add(out, "sheet-encoding", Text.of("rule.sheet-encoding"), SHEETS);
      RuleCatalogue.add(out, "sheet-empty", Text.of("rule.sheet-empty"), SHEETS);
      RuleCatalogue.add(out, "sheet-missing", Text.of("rule.sheet-missing"), SHEETS);
      RuleCatalogue.add(out, "sheet-header", Text.of("rule.sheet-header"), SHEETS);
      RuleCatalogue.add(out, "sheet-columns", Text.of("rule.sheet-columns"), SHEETS);
      RuleCatalogue.add(out, "sheet-column-ignored", Text.of("rule.sheet-column-ignored"), SHEETS);
      RuleCatalogue.add(out, "sheet-hidden", Text.of("rule.sheet-hidden"), SHEETS);
      RuleCatalogue.add(out, "sheet-seq", Text.of("rule.sheet-seq"), SHEETS);
      RuleCatalogue.add(out, "sheet-content", Text.of("rule.sheet-content"), SHEETS);
      RuleCatalogue.add(out, "sheet-formula", Text.of("rule.sheet-formula"), SHEETS);
      RuleCatalogue.add(out, "sheet-unit-split", Text.of("rule.sheet-unit-split"), SHEETS);
      RuleCatalogue.add(out, "sheet-series", Text.of("rule.sheet-series"), SHEETS);
      RuleCatalogue.add(out, "sheet-write", Text.of("rule.sheet-write"), SHEETS);
      RuleCatalogue.add(out, "sheet-exists", Text.of("rule.sheet-exists"), SHEETS);
      RuleCatalogue.add(out, "sheet-fill-in", Text.of("rule.sheet-fill-in"), SHEETS);
      RuleCatalogue.add(out, "sheet-export", Text.of("rule.sheet-export"), SHEETS);
      RuleCatalogue.add(out, "sheet-wrong-series", Text.of("rule.sheet-wrong-series"), SHEETS);
      RuleCatalogue.add(out, "sheet-unknown-unit", Text.of("rule.sheet-unknown-unit"), SHEETS);
      RuleCatalogue.add(out, "sheet-row-unmatched", Text.of("rule.sheet-row-unmatched"), SHEETS);
      RuleCatalogue.add(out, "sheet-task-changed", Text.of("rule.sheet-task-changed"), SHEETS);
      RuleCatalogue.add(out, "sheet-not-returned", Text.of("rule.sheet-not-returned"), SHEETS);
      RuleCatalogue.add(out, "sheet-progress-empty", Text.of("rule.sheet-progress-empty"), SHEETS);
      RuleCatalogue.add(out, "sheet-disagree", Text.of("rule.sheet-disagree"), SHEETS);
      RuleCatalogue.add(out, "sheet-not-lead", Text.of("rule.sheet-not-lead"), SHEETS);
      RuleCatalogue.add(out, "sheet-withheld-kept", Text.of("rule.sheet-withheld-kept"), SHEETS);
    }
  }
}
