package org.gongkai.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationGroup;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.Measure;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.AnnualFormat.Section;

/**
 * The text of a new annual report ({@code gongkai new annual-report}): the front matter with every
 * row of the three tables, each labelled as the format prints it and every figure 0, and the six
 * section headings. Written with the keys {@link AnnualReportParser} reads, so that it checks
 * clean as it is; {@code draft: true} keeps it off the site until the team has filled it in.
 */
public final class AnnualReportScaffold {

  private static final String TEMPLATE = "/org/gongkai/annual/annual-report.md";
  /** The column the label comments start in, so that they line up. */
  private static final int COMMENT_COLUMN = 44;

  private AnnualReportScaffold() {}

  /**
   * The text of the report.
   *
   * @param carriedOver the figures of 二、上年结转 (last year's 四、结转下年度继续办理), seven in
   *     the order of the columns, or empty for zeros
   */
  public static String text(int year, OrganKind kind, String organName,
      List<String> carriedOver) {
    String organ = organName.replaceAll("\\p{Cntrl}+", " ").strip();
    String template;
    try (InputStream in = AnnualReportScaffold.class.getResourceAsStream(TEMPLATE)) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> sections = new ArrayList<>();
    for (Section s : Section.values()) {
      sections.add("## " + s.title() + "\n");
    }
    return template.replace("@ANNUAL_REPORT@", header(year, kind, organ) + "\n"
            + tables(carriedOver))
        .replace("@SECTIONS@", String.join("\n", sections).stripTrailing())
        .replace("@TITLE@", quoted(organ + year + "年政府信息公开工作年度报告"))
        .replace("@YEAR@", String.valueOf(year))
        .replace("@ORGAN@", organ)
        .replace("@KIND@", kind.key())
        .replace("@DEADLINE@", kind.deadline(year).toString());
  }

  private static String header(int year, OrganKind kind, String organ) {
    return String.join("\n",
        line(0, AnnualReportParser.ANNUAL_REPORT.key() + ":", "年度报告（国办公开办函〔2021〕30号格式）"),
        line(2, AnnualReportParser.YEAR.key() + ": " + year, "年度"),
        line(2, AnnualReportParser.ORGAN.key() + ": " + quoted(organ), "报告机关"),
        line(2, AnnualReportParser.KIND.key() + ": " + kind.key(),
            "机关类型：department（部门）或 government（本级政府）"));
  }

  private static String tables(List<String> carriedOver) {
    List<String> out = new ArrayList<>();
    out.add(line(2, AnnualReportParser.ACTIVE.key() + ":", Section.ACTIVE.title()));
    String article = null;
    for (DisclosureRow row : DisclosureRow.values()) {
      if (!row.article().equals(article)) {
        article = row.article();
        out.add("    # " + article + "：" + String.join("、",
            row.measures().stream().map(Measure::label).toList()));
      }
      String figures = row.measures().size() == 1 ? "0" : zeros(row.measures().size());
      out.add(line(4, row.key() + ": " + figures, row.label()));
    }
    out.add(line(2, AnnualReportParser.APPLICATIONS.key() + ":", Section.APPLICATIONS.title()));
    out.add("    # 各列：" + String.join("、", java.util.Arrays.stream(Applicant.values())
        .map(Applicant::label).toList()) + "（商业企业至其他为" + Applicant.ORGANISATION + "）");
    applicationRows(null, 4, carriedOver, out);
    out.add(line(2, AnnualReportParser.APPEALS.key() + ":", Section.APPEALS.title()));
    out.add("    # 各列：" + String.join("、", java.util.Arrays.stream(AppealResult.values())
        .map(AppealResult::label).toList()));
    for (AppealRow row : AppealRow.values()) {
      out.add(line(4, row.key() + ": " + zeros(AppealResult.values().length),
          row.group().isEmpty() ? row.label() : row.group() + "：" + row.label()));
    }
    return String.join("\n", out);
  }

  /** The rows of a group of table 3 (null: the table itself) and its groups, in printed order. */
  private static void applicationRows(ApplicationGroup group, int indent,
      List<String> carriedOver, List<String> out) {
    java.util.Set<ApplicationGroup> written = java.util.EnumSet.noneOf(ApplicationGroup.class);
    for (ApplicationRow row : ApplicationRow.values()) {
      if (row.group() == group) {
        String figures = row == ApplicationRow.CARRIED_OVER && !carriedOver.isEmpty()
            ? "[" + String.join(", ", carriedOver) + "]" : zeros(Applicant.values().length);
        out.add(line(indent, row.key() + ": " + figures, row.label()));
        continue;
      }
      // a group's mapping is written where its first row is
      ApplicationGroup child = childOf(group, row.group());
      if (child != null && written.add(child)) {
        out.add(line(indent, child.key() + ":", child.label()));
        applicationRows(child, indent + 2, carriedOver, out);
      }
    }
  }

  /** The group directly in {@code parent} that holds {@code group}, or null. */
  private static ApplicationGroup childOf(ApplicationGroup parent, ApplicationGroup group) {
    for (ApplicationGroup g = group; g != null; g = g.parent()) {
      if (g.parent() == parent) {
        return g;
      }
    }
    return null;
  }

  /** A YAML double-quoted scalar, whatever the text holds. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String zeros(int n) {
    return "[" + String.join(", ", Collections.nCopies(n, "0")) + "]";
  }

  private static String line(int indent, String yaml, String label) {
    StringBuilder b = new StringBuilder(" ".repeat(indent)).append(yaml);
    do {
      b.append(' ');
    } while (b.length() < COMMENT_COLUMN);
    return b.append("# ").append(label).toString();
  }
}
