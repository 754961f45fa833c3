package org.gongkai.check;

import static org.gongkai.check.Reports.plural;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

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
    StringBuilder out = new StringBuilder();
    List<Problem> faults = new ArrayList<>();
    List<Problem> notes = new ArrayList<>();
    for (Problem p : in.problems()) {
      (p.severity() == Severity.NOTE ? notes : faults).add(p);
    }

    if (faults.isEmpty()) {
      out.append("No errors or warnings.\n");
    } else {
      out.append("Problems (").append(counts(faults)).append(")\n");
      byFile(faults, out, in.lang());
    }
    if (!notes.isEmpty()) {
      out.append("\nNotes (").append(counts(notes)).append(")\n");
      byFile(notes, out, in.lang());
    }
    if (!in.problems().isEmpty()) {
      summary(in, out);
    }
    out.append("\nTotal: ").append(plural(in.count(Severity.ERROR), "error")).append(", ")
        .append(plural(in.count(Severity.WARNING), "warning")).append(", ")
        .append(plural(in.count(Severity.NOTE), "note")).append("; ")
        .append(plural(in.documents(), "document")).append(", ")
        .append(plural(in.pages(), "page")).append('\n');
    return out.toString();
  }

  private static void byFile(List<Problem> problems, StringBuilder out, Lang lang) {
    Map<String, List<Problem>> files = new LinkedHashMap<>();
    for (Problem p : problems) {
      files.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
    }
    for (Map.Entry<String, List<Problem>> file : files.entrySet()) {
      String name = file.getKey().isEmpty() ? "(no file)" : clean(file.getKey(), "");
      out.append('\n').append(name).append(" (").append(counts(file.getValue())).append(")\n");
      for (Problem p : file.getValue()) {
        String at = p.location().toString();
        out.append(at.isEmpty() ? "(no file)" : clean(at, "")).append(": ")
            .append(p.severity().label()).append(": ").append(clean(p.ruleId(), "")).append(": ")
            .append(clean(p.message().in(lang), "    ")).append('\n');
        if (!p.hint().isEmpty()) {
          out.append("  ").append(Messages.get(lang, "common.hint")).append(": ")
              .append(clean(p.hint().in(lang), "        ")).append('\n');
        }
      }
    }
  }

  private static void summary(ReportInput in, StringBuilder out) {
    Map<String, int[]> perRule = new TreeMap<>();
    for (Problem p : in.problems()) {
      perRule.computeIfAbsent(p.ruleId(), k -> new int[3])[p.severity().ordinal()]++;
    }
    int width = "rule".length();
    for (String id : perRule.keySet()) {
      width = Math.max(width, clean(id, "").length());
    }
    out.append("\nBy rule\n");
    out.append(String.format("  %-" + width + "s  %6s  %8s  %5s  %s", "rule", "errors",
        "warnings", "notes", "what it finds")).append('\n');
    for (Map.Entry<String, int[]> e : perRule.entrySet()) {
      int[] n = e.getValue();
      String title = clean(in.rule(e.getKey()).title(), " ");
      out.append(String.format("  %-" + width + "s  %6d  %8d  %5d  %s", clean(e.getKey(), ""),
          n[Severity.ERROR.ordinal()], n[Severity.WARNING.ordinal()], n[Severity.NOTE.ordinal()],
          title).stripTrailing()).append('\n');
    }
  }

  private static String counts(List<Problem> problems) {
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
    List<String> parts = new ArrayList<>();
    if (errors > 0) {
      parts.add(plural(errors, "error"));
    }
    if (warnings > 0) {
      parts.add(plural(warnings, "warning"));
    }
    if (notes > 0) {
      parts.add(plural(notes, "note"));
    }
    return String.join(", ", parts);
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
