package org.gongkai.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;

/**
 * The report for people. Errors and warnings come first, grouped by file; then the notes, grouped
 * the same way; then a line per rule that found something, and the totals. Each problem is the
 * line editors and CI logs understand ({@code path:line:column: severity: rule-id: message}),
 * with its hint on the next line. Lines end with {@code \n}.
 *
 * <p>Text from the site (file names, values quoted in messages) cannot break the layout or the
 * terminal: a line break inside a message or hint continues on an indented line, and other
 * control characters and the bidirectional overrides are shown as escapes such as
 * <code>&#92;u001B</code>.
 */
final class ReportText {

  private ReportText() {}

  static String write(ReportInput in) {
    Lang lang = in.lang();
    StringBuilder out = new StringBuilder();
    List<Problem> faults = new ArrayList<>();
    List<Problem> notes = new ArrayList<>();
    for (Problem p : in.problems()) {
      (p.severity() == Severity.NOTE ? notes : faults).add(p);
    }

    if (faults.isEmpty()) {
      out.append(Messages.get(lang, "check.report.no-faults")).append('\n');
    } else {
      out.append(Messages.get(lang, "check.report.problems", counts(faults))).append('\n');
      byFile(faults, out, lang);
    }
    if (!notes.isEmpty()) {
      out.append('\n').append(Messages.get(lang, "check.report.notes", counts(notes)))
          .append('\n');
      byFile(notes, out, lang);
    }
    if (!in.problems().isEmpty()) {
      summary(in, out);
    }
    out.append('\n').append(Messages.get(lang, "check.report.total",
        Text.of("common.count.errors", in.count(Severity.ERROR)),
        Text.of("common.count.warnings", in.count(Severity.WARNING)),
        Text.of("common.count.notes", in.count(Severity.NOTE)),
        Text.of("common.count.documents", in.documents()),
        Text.of("common.count.pages", in.pages()))).append('\n');
    return out.toString();
  }

  private static void byFile(List<Problem> problems, StringBuilder out, Lang lang) {
    Map<String, List<Problem>> files = new LinkedHashMap<>();
    for (Problem p : problems) {
      files.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
    }
    String noFile = Messages.get(lang, "common.no-file");
    for (Map.Entry<String, List<Problem>> file : files.entrySet()) {
      String name = file.getKey().isEmpty() ? noFile : clean(file.getKey(), "");
      out.append('\n').append(Messages.get(lang, "check.report.file", name,
          counts(file.getValue()))).append('\n');
      for (Problem p : file.getValue()) {
        String at = p.location().toString();
        out.append(at.isEmpty() ? noFile : clean(at, "")).append(": ")
            .append(p.severity().label()).append(": ").append(clean(p.ruleId(), "")).append(": ")
            .append(clean(p.message().in(lang), "    ")).append('\n');
        if (!p.hint().isEmpty()) {
          out.append("  ").append(clean(Messages.get(lang, "common.hint-line", p.hint()),
              "        ")).append('\n');
        }
      }
    }
  }

  private static void summary(ReportInput in, StringBuilder out) {
    Lang lang = in.lang();
    Map<String, int[]> perRule = new TreeMap<>();
    for (Problem p : in.problems()) {
      perRule.computeIfAbsent(p.ruleId(), k -> new int[3])[p.severity().ordinal()]++;
    }
    String[] heading = {Messages.get(lang, "check.report.rule"),
        Messages.get(lang, "check.report.errors"), Messages.get(lang, "check.report.warnings"),
        Messages.get(lang, "check.report.notes-column"), Messages.get(lang, "check.report.finds")};
    int width = Text.displayWidth(heading[0]);
    for (String id : perRule.keySet()) {
      width = Math.max(width, clean(id, "").length());
    }
    int[] widths = {width, Math.max(6, Text.displayWidth(heading[1])),
        Math.max(8, Text.displayWidth(heading[2])), Math.max(5, Text.displayWidth(heading[3]))};
    out.append('\n').append(Messages.get(lang, "check.report.by-rule")).append('\n');
    out.append(row(widths, heading)).append('\n');
    for (Map.Entry<String, int[]> e : perRule.entrySet()) {
      int[] n = e.getValue();
      String title = clean(in.rule(e.getKey()).title().in(lang), " ");
      out.append(row(widths, new String[] {clean(e.getKey(), ""),
          Integer.toString(n[Severity.ERROR.ordinal()]),
          Integer.toString(n[Severity.WARNING.ordinal()]),
          Integer.toString(n[Severity.NOTE.ordinal()]), title}).stripTrailing()).append('\n');
    }
  }

  /**
   * A line of the "By rule" table: the rule left-aligned, the three counts right-aligned, the
   * title last; widths count a Chinese character as two columns, so that Chinese headings line up.
   */
  private static String row(int[] widths, String[] cells) {
    StringBuilder line = new StringBuilder("  ").append(cells[0])
        .append(" ".repeat(widths[0] - Text.displayWidth(cells[0])));
    for (int i = 1; i <= 3; i++) {
      line.append("  ").append(" ".repeat(widths[i] - Text.displayWidth(cells[i])))
          .append(cells[i]);
    }
    return line.append("  ").append(cells[4]).toString();
  }

  private static Text counts(List<Problem> problems) {
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (Problem p : problems) {
      switch (p.severity()) {
        case ERROR -> errors++;
        case WARNING -> warnings++;
        case NOTE -> notes++;
      }
    }
    List<Text> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(Text.of("common.count.errors", errors));
    }
    if (warnings > 0) {
      parts.add(Text.of("common.count.warnings", warnings));
    }
    if (notes > 0) {
      parts.add(Text.of("common.count.notes", notes));
    }
    return Text.list(parts);
  }

  /**
   * The text made safe to print: each line break (CR LF, CR, LF, U+2028, U+2029) starts a new line
   * that begins with {@code indent}, or, when {@code indent} is empty, becomes a space so that
   * the text stays on one line; control characters other than tab, and the bidirectional
   * embedding, override and isolate characters, are shown as <code>&#92;uXXXX</code>.
   */
  static String clean(String s, String indent) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
      if (lineBreak) {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        out.append(indent.isEmpty() ? " " : "\n" + indent);
      } else if (c != '\t' && (c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= '\u202A'
          && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069'))) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
