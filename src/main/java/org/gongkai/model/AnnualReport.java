package org.gongkai.model;

import java.util.List;
import org.gongkai.model.AnnualFormat.OrganKind;

/**
 * The annual report on government information disclosure (政府信息公开工作年度报告, 条例 art.
 * 49–50): a Markdown document whose front matter holds, besides the usual metadata, the year, the
 * reporting body and its kind, and the three tables of the national format as figures; its text
 * holds the six sections under {@code ## } headings.
 *
 * @param body the CommonMark text after the front matter
 * @param bodyLine the file line the body starts on
 * @param year the year reported on, or 0 when it could not be read (an error is reported)
 * @param organ the reporting body (报告机关), or null when not given
 * @param kind department or government, or null when not readable
 * @param tables the three tables
 * @param intro the text before the first section heading
 * @param sections the {@code ## } sections of the text, as written, in order
 */
public record AnnualReport(
    SourceInfo source, Metadata meta, String body, int bodyLine, int year, String organ,
    OrganKind kind, AnnualTables tables, String intro, List<ReportSection> sections)
    implements Document, Prose {

  public AnnualReport {
    sections = List.copyOf(sections);
  }

  @Override
  public AnnualReport withIndex(String index) {
    return new AnnualReport(source, meta.withIndex(index), body, bodyLine, year, organ, kind,
        tables, intro, sections);
  }

  @Override
  public AnnualReport withMeta(Metadata newMeta) {
    return new AnnualReport(source, newMeta, body, bodyLine, year, organ, kind, tables, intro,
        sections);
  }
}
