package org.gongkai.model;

/** How bad a {@link Problem} is: errors stop a build, warnings are reported. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  /** A finding that is worth listing but is not a fault (an allowance, an external link). */
  NOTE("note");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lower-case word used in reports: {@code error}, {@code warning}, {@code note}. */
  public String label() {
    return label;
  }
}
