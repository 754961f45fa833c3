package org.gongkai.sheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.Task;
import org.gongkai.model.UnitRef;

/**
 * Writes a task list as YAML a person can review in a diff: keys in the content model's order,
 * one line per value, multi-line text as literal block scalars ({@code |-}), quotes only where
 * YAML needs them (text that would read as a number, a boolean or null in some YAML reader, or
 * that holds YAML's own punctuation), control characters escaped. The same draft always gives the
 * same text.
 */
final class TaskListYaml {

  /** Metadata keys in the content model's order (docs/content-model.md). */
  static final List<String> HEADER_ORDER = List.of("title", "index", "disclosure", "publisher",
      "written", "published", "topic", "docNumber", "source", "keywords", "description",
      "validity", "updated", "series", "period");
  private static final List<String> HEADING_ORDER =
      List.of("seq", "group", "content", "progress", "units");

  private static final Pattern TYPED = Pattern.compile(
      "~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF"
          + "|y|Y|n|N|[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?"
          + "|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
          + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|<<|=");
  private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

  private TaskListYaml() {}

  static String write(ListDraft draft) {
    StringBuilder out = new StringBuilder(4096);
    for (String line : draft.preface()) {
      comment(out, "", line);
    }
    List<ListDraft.Line> header = new ArrayList<>(draft.header());
    header.sort(Comparator.comparingInt(l -> HEADER_ORDER.indexOf(l.key())));
    for (ListDraft.Line line : header) {
      String after = line.comment().isEmpty() ? "" : "  # " + oneLine(line.comment());
      if (line.value() == null) {
        out.append(line.key()).append(':').append(after).append('\n');
      } else if (line.value() instanceof List<?> list) {
        out.append(line.key()).append(": ").append(flowList(list)).append(after).append('\n');
      } else if (line.value().toString().indexOf('\n') >= 0) {
        if (!after.isEmpty()) {
          comment(out, "", line.comment());
        }
        scalarValue(out, "", line.key(), line.value().toString());
      } else {
        out.append(line.key()).append(": ").append(scalar(line.value().toString(), false))
            .append(after).append('\n');
      }
    }
    if (!draft.headings().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (String key : HEADING_ORDER) {
        String label = draft.headings().get(key);
        if (label != null) {
          parts.add(key + ": " + scalar(label, true));
        }
      }
      out.append("headings: {").append(String.join(", ", parts)).append("}\n");
    }
    out.append("tasks:\n");
    for (Task t : draft.tasks()) {
      task(out, t, draft.notes().getOrDefault(t.seq(), List.of()));
    }
    return out.toString();
  }

  private static void task(StringBuilder out, Task t, List<String> notes) {
    out.append("  - seq: ").append(t.seq()).append('\n');
    String in = "    ";
    if (t.id() != null) {
      scalarValue(out, in, "id", t.id());
    }
    if (t.group() != null) {
      scalarValue(out, in, "group", t.group());
    }
    scalarValue(out, in, "content", t.content());
    if (t.progress() != null) {
      scalarValue(out, in, "progress", t.progress());
    }
    if (t.status() != null) {
      scalarValue(out, in, "status", t.status().label());
    }
    List<String> units = new ArrayList<>();
    for (UnitRef u : t.units()) {
      units.add(u.mark() + u.name());
    }
    out.append(in).append("units: ").append(flowList(units)).append('\n');
    if (t.withheld() != null) {
      out.append(in).append("withheld:\n");
      scalarValue(out, in + "  ", "scope", t.withheld().scope().key());
      scalarValue(out, in + "  ", "reason", t.withheld().reason());
      if (!t.withheld().basis().isEmpty()) {
        scalarValue(out, in + "  ", "basis", t.withheld().basis());
      }
    }
    for (String note : notes) {
      comment(out, in, note);
    }
  }

  /** {@code key: value}, or a literal block for text of several lines, ending with a newline. */
  private static void scalarValue(StringBuilder out, String indent, String key, String value) {
    out.append(indent).append(key).append(':');
    if (value.indexOf('\n') >= 0 && printable(value)) {
      block(out, indent + "  ", value);
    } else {
      out.append(' ').append(scalar(value, false)).append('\n');
    }
  }

  private static void block(StringBuilder out, String indent, String text) {
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    int trailing = text.length() - end;
    String body = text.substring(0, end);
    String[] lines = body.split("\n", -1);
    boolean spaced = false;
    for (String line : lines) {
      if (!line.isEmpty()) {
        spaced = line.charAt(0) == ' ';
        break;
      }
    }
    out.append(" |").append(spaced ? "2" : "")
        .append(trailing == 0 ? "-" : trailing == 1 ? "" : "+").append('\n');
    for (String line : lines) {
      out.append(line.isEmpty() ? "" : indent + line).append('\n');
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  private static String flowList(List<?> items) {
    List<String> parts = new ArrayList<>();
    for (Object item : items) {
      parts.add(scalar(item.toString(), true));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** A one-line scalar: plain where YAML reads it back as the same text, else double-quoted. */
  static String scalar(String s, boolean flow) {
    return needsQuotes(s, flow) ? quoted(s) : s;
  }

  private static boolean needsQuotes(String s, boolean flow) {
    if (s.isEmpty() || !s.equals(s.strip()) || !printable(s) || s.indexOf('\n') >= 0
        || s.indexOf('\t') >= 0 || INDICATORS.indexOf(s.charAt(0)) >= 0
        || s.contains(": ") || s.contains(" #") || s.endsWith(":") || TYPED.matcher(s).matches()) {
      return true;
    }
    if (flow) {
      for (char c : s.toCharArray()) {
        if (",[]{}".indexOf(c) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static String quoted(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    s.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case 0x85 -> out.append("\\N");
        case 0x2028 -> out.append("\\L");
        case 0x2029 -> out.append("\\P");
        default -> {
          if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0) {
            out.append(String.format("\\x%02X", c));
          } else if (c == 0xFEFF || c >= 0xD800 && c <= 0xDFFF || c == 0xFFFE || c == 0xFFFF) {
            out.append(String.format("\\u%04X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.append('"').toString();
  }

  /** Whether YAML can carry the text unescaped (YAML 1.2 c-printable, no byte order mark). */
  private static boolean printable(String s) {
    return s.codePoints().allMatch(c -> c == '\t' || c == '\n' || c >= 0x20 && c <= 0x7E
        || c == 0x85 || c >= 0xA0 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF
        || c >= 0x10000 && c <= 0x10FFFF);
  }

  private static void comment(StringBuilder out, String indent, String text) {
    for (String line : text.split("\n", -1)) {
      out.append(indent).append('#');
      String clean = oneLine(line);
      if (!clean.isEmpty()) {
        out.append(' ').append(clean);
      }
      out.append('\n');
    }
  }

  /** Text for a comment line: control characters and line breaks become spaces. */
  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(
        c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || c == 0x2028 || c == 0x2029
            || c == 0xFEFF ? ' ' : c));
    return out.toString().stripTrailing();
  }
}
