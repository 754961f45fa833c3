package org.gongkai.check;

import java.util.Map;
import java.util.TreeMap;

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
    add(out, "encoding", "files are UTF-8", "content model: strict UTF-8");
    add(out, "file-unreadable", "files can be read", "");
    add(out, "site-layout", "site.yaml, content/ and column folders are where they belong", MODEL);
    add(out, "yaml-syntax", "YAML is well formed", "YAML 1.2");
    add(out, "yaml-structure", "a mapping or list is where the content model wants one", MODEL);
    add(out, "front-matter", "reports start with YAML front matter", MODEL);
    add(out, "missing-field", "required metadata is present", MODEL);
    add(out, "duplicate-key", "a key is given once, in English or in Chinese", MODEL);
    add(out, "unknown-key", "keys are known (with the nearest known key)", MODEL);
    add(out, "wrong-type", "values have the type their key needs", MODEL);
    add(out, "boolean", "booleans are true or false (YAML 1.2)", "YAML 1.2; " + MODEL);
    add(out, "date-format", "dates are YYYY-MM-DD or YYYY-MM-DD HH:mm and exist",
        "GB/T 7408 (ISO 8601); " + MODEL);
    add(out, "disclosure", "公开方式 is 主动公开, 依申请公开 or 不予公开", "《政府信息公开条例》");
    add(out, "validity", "有效性 is 现行有效, 已修改 or 已废止", MODEL);
    add(out, "task-status", "status is 未启动, 推进中, 已完成 or 滞后", MODEL);
    add(out, "duplicate-seq", "序号 is unique in a task list", MODEL);
    add(out, "duplicate-id", "task ids are unique in a task list", MODEL);
    add(out, "withheld", "withheld content names its scope, reason and legal basis",
        "《政府信息公开条例》第十四至十六条");
    add(out, "attachment", "attachments exist in a files/ folder", MODEL);
    add(out, "site-code", "网站标识码 is a government website ID code",
        "《政府网站发展指引》(国办发〔2017〕47号)");
    add(out, "base-url", "baseUrl is an absolute http(s) address", MODEL);
    add(out, "permalink", "page paths stay inside the output folder", MODEL);
    add(out, "permalink-collision", "no two pages or files share an output path", MODEL);
    add(out, "timezone", "timezone is a known zone", MODEL);
    add(out, "topics", "a site's own 主题分类 list is well formed", MODEL);
    add(out, "update-interval", "updateInterval is a number and d, w, M or y", MODEL);
    add(out, "unit-duplicate", "a unit name or alias stands for one unit", MODEL);
    add(out, "index-duplicate", "an index number belongs to one document",
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-missing", "published documents have an index number (frozen builds)",
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-unknown", "index numbers are in the ledger (frozen builds)",
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-retired", "a retired index number is never used again",
        "政府信息公开目录系统实施指引（试行）");
    add(out, "index-moved", "the ledger knows each number's current file", "");
    add(out, "index-orphan", "the ledger's active numbers belong to documents", "");
    add(out, "index-organ", "an organ code is known to form index numbers", MODEL);
    add(out, "index-header", "gongkai can add the index line to the header safely", "");
    add(out, "index-renumber", "--renumber names a document", "");
    add(out, "index-import", "--import names a document", "");
    add(out, "index-frozen", "numbers are not assigned in frozen builds", "");
    add(out, "index-assigned", "an index number was assigned (note)", "");
    add(out, "index-recorded", "a hand-written index number was recorded (note)", "");
    add(out, "ledger", "index-ledger.yaml is well formed", "");
    add(out, "ledger-duplicate", "the ledger records each number once",
        "政府信息公开目录系统实施指引（试行）");
    add(out, "link-broken", "internal links, fragments, images and attachments resolve",
        INSPECTION + ": 链接、附件无法打开");
    add(out, "link-external", "links that leave the site (listed, not fetched)", INSPECTION);
    add(out, "leak", "no output file contains withheld, draft, scheduled or non-public text",
        "《政府信息公开条例》第十四至十六条; " + MODEL);
    add(out, "column-veto", "a count of empty or stale columns reaches the veto threshold",
        INSPECTION + ": 单项否决");
    add(out, "series-name", "a series name can be part of a page path", MODEL);
    add(out, "series-period", "the periods of a series can be ordered", MODEL);
    add(out, "series-period-duplicate", "each period of a series is published once", MODEL);
    add(out, "series-task-removed", "a task of the previous period is not silently dropped",
        MODEL);
    add(out, "series-task-renumbered", "a task kept its id but changed its 序号", MODEL);
    add(out, "masked", "a value was masked by --fix-masking (note)", "");
    add(out, "template", "templates load and render", "");
    add(out, "output", "the output folder can be written", "");
    add(out, "output-path", "output paths stay inside the output folder", "");
    add(out, "source-write", "the site's own files can be written", "");
    add(out, "init", "gongkai init creates a new site", "");
    Sheets.add(out);
    for (Rule rule : Rules.ALL) {
      out.put(rule.id(), new RuleInfo(rule.id(), rule.description(), rule.source()));
    }
    return out;
  }

  private static void add(Map<String, RuleInfo> out, String id, String title, String source) {
    out.put(id, new RuleInfo(id, title, source));
  }

  /** The ids of {@code gongkai import} and {@code gongkai export} (spreadsheets in and out). */
  private static final class Sheets {
    private static final String SHEETS = "README: Spreadsheets in and out (表格导入导出)";

    static void add(Map<String, RuleInfo> out) {
      RuleCatalogue.add(out, "sheet-unreadable", "a spreadsheet can be read (a real .xlsx,"
          + " .xls or CSV, not damaged, not a web page)", SHEETS);
      RuleCatalogue.add(out, "sheet-encrypted", "a spreadsheet has no password to open", SHEETS);
      RuleCatalogue.add(out, "sheet-unsafe", "a spreadsheet holds no zip bomb and no XML entity"
          + " declarations", SHEETS);
      RuleCatalogue.add(out, "sheet-too-large", "a spreadsheet is within the size, row and cell"
          + " limits", SHEETS);
      RuleCatalogue.add(out, "sheet-encoding", "a CSV file is UTF-8 or GBK (GB18030)", SHEETS);
      RuleCatalogue.add(out, "sheet-empty", "a workbook has a sheet with task rows", SHEETS);
      RuleCatalogue.add(out, "sheet-missing", "the sheet named with --sheet exists", SHEETS);
      RuleCatalogue.add(out, "sheet-header", "a sheet has a header row naming 序号 and the task"
          + " text", SHEETS);
      RuleCatalogue.add(out, "sheet-columns", "--columns and --headings can be read", SHEETS);
      RuleCatalogue.add(out, "sheet-column-ignored", "a column that is not imported (note)",
          SHEETS);
      RuleCatalogue.add(out, "sheet-hidden", "hidden rows and columns are imported (and"
          + " published)", SHEETS);
      RuleCatalogue.add(out, "sheet-seq", "every task row has a unique whole-number 序号 and a"
          + " unique 编号", SHEETS);
      RuleCatalogue.add(out, "sheet-content", "every task row has its task text", SHEETS);
      RuleCatalogue.add(out, "sheet-formula", "formula cells hold a saved result, not an error",
          SHEETS);
      RuleCatalogue.add(out, "sheet-unit-split", "unit names run together were split (note)",
          SHEETS);
      RuleCatalogue.add(out, "sheet-series", "the series or task list named exists and the new"
          + " period is new", SHEETS);
      RuleCatalogue.add(out, "sheet-write", "the file to write is a task list in content/ and can"
          + " be written", SHEETS);
      RuleCatalogue.add(out, "sheet-exists", "no existing file is replaced without --force",
          SHEETS);
      RuleCatalogue.add(out, "sheet-fill-in", "metadata left for the web team to fill in",
          SHEETS);
      RuleCatalogue.add(out, "sheet-export", "what an export leaves out (note)", SHEETS);
      RuleCatalogue.add(out, "sheet-wrong-series", "a returned sheet belongs to this series and"
          + " period", SHEETS);
      RuleCatalogue.add(out, "sheet-unknown-unit", "a returned sheet is known to come from a unit"
          + " of the list", SHEETS);
      RuleCatalogue.add(out, "sheet-row-unmatched", "every returned row is a task of the list",
          SHEETS);
      RuleCatalogue.add(out, "sheet-task-changed", "departments did not change a task's text or"
          + " 序号", SHEETS);
      RuleCatalogue.add(out, "sheet-not-returned", "every task's lead unit sent its progress",
          SHEETS);
      RuleCatalogue.add(out, "sheet-progress-empty", "lead units wrote their 本期进展", SHEETS);
      RuleCatalogue.add(out, "sheet-disagree", "the sheets giving one task's progress or status"
          + " agree", SHEETS);
      RuleCatalogue.add(out, "sheet-not-lead", "progress from a unit that does not lead the"
          + " task is kept as a comment (note)", SHEETS);
      RuleCatalogue.add(out, "sheet-withheld-kept", "a task withheld last period stays withheld"
          + " (note)", SHEETS);
    }
  }
}
