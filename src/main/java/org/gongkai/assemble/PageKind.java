package org.gongkai.assemble;

/**
 * The kinds of page a site has, each with the template that renders it. Adding a page kind is one
 * entry here and one template.
 */
public enum PageKind {
  HOME("home.ftlh"),
  COLUMN("column.ftlh"),
  REPORT("report.ftlh"),
  TASK_LIST("tasklist.ftlh"),
  UNIT("unit.ftlh"),
  UNITS("units.ftlh"),
  NOT_FOUND("404.ftlh");

  private final String template;

  PageKind(String template) {
    this.template = template;
  }

  /** The template file name, looked up in the site's templates/ and then the bundled theme. */
  public String template() {
    return template;
  }
}
