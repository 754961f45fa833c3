package org.gongkai.check;

import java.util.Arrays;
import java.util.Locale;
import org.gongkai.model.Text;
import org.gongkai.model.TextException;

/** The forms a check report can take; see {@link Reports}. */
public enum ReportFormat {
  /** For people: problems grouped by file, notes apart, a summary by rule. */
  TEXT("text"),
  /** gongkai's own JSON, described by docs/check-report.schema.json. */
  JSON("json"),
  /** SARIF 2.1.0, for code-scanning views. */
  SARIF("sarif"),
  /** JUnit XML, for CI servers that show test results (Jenkins and the like). */
  JUNIT("junit");

  private final String label;

  ReportFormat(String label) {
    this.label = label;
  }

  /** The lower-case name used on the command line and in configuration, e.g. {@code sarif}. */
  public String label() {
    return label;
  }

  /**
   * The format with this name, ignoring case and surrounding blanks.
   *
   * @throws TextException naming the formats there are, if there is no such format
   */
  public static ReportFormat parse(String name) {
    String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.label.equals(wanted)) {
        return format;
      }
    }
    Text known = Text.list(Arrays.stream(values()).map(ReportFormat::label).toList());
    throw new TextException(wanted.isEmpty() ? Text.of("check.format-none", known)
        : Text.of("check.format-unknown", name.strip(), known));
  }
}
