package org.gongkai.assemble;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.assemble.AnnualReportViews.AnnualReportView;
import org.gongkai.assemble.AnnualReportViews.FigureData;
import org.gongkai.assemble.AnnualReportViews.Grid;
import org.gongkai.assemble.AnnualReportViews.GridCell;
import org.gongkai.assemble.AnnualReportViews.GridRow;
import org.gongkai.assemble.AnnualReportViews.RowData;
import org.gongkai.assemble.AnnualReportViews.SectionView;
import org.gongkai.assemble.AnnualReportViews.TableData;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationGroup;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.Measure;
import org.gongkai.model.AnnualFormat.Section;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualTables;
import org.gongkai.model.Figure;
import org.gongkai.model.ReportSection;

/**
 * The view of an annual report: its six sections in the format's order, each with its text, and
 * the three tables laid out as the national format prints them (the same merged cells), with the
 * header cells of every figure named, and the figures again as data for the JSON and CSV files.
 */
final class AnnualReportPages {

  private static final String ROW = "row";
  private static final String COL = "col";

  private AnnualReportPages() {}

  /**
   * The view of a report.
   *
   * @param html renders a Markdown text of the report as HTML (links resolved from its page)
   */
  static AnnualReportView view(AnnualReport report, Views.DocumentView document,
      Views.DataLinks data, Function<String, String> html) {
    List<SectionView> sections = new ArrayList<>();
    for (Section s : Section.values()) {
      String text = report.sections().stream()
          .filter(w -> Section.of(w.heading()).orElse(null) == s).findFirst()
          .map(ReportSection::text).orElse("");
      Grid grid = switch (s) {
        case ACTIVE -> disclosureGrid(report.tables());
        case APPLICATIONS -> applicationGrid(report.tables());
        case APPEALS -> appealGrid(report.tables());
        default -> null;
      };
      sections.add(new SectionView("section-" + (s.ordinal() + 1), s.title(),
          text.isBlank() ? "" : html.apply(text), grid));
    }
    String kindKey = report.kind() == null ? "" : report.kind().key();
    String kind = report.kind() == null ? ""
        : switch (report.kind()) {
          case DEPARTMENT -> "部门";
          case GOVERNMENT -> "本级政府";
        };
    return new AnnualReportView(document, report.year(), Text.orEmpty(report.organ()), kind,
        kindKey, sections, data, data(report.tables()));
  }

  // ---- table 2 ------------------------------------------------------------------------------

  private static Grid disclosureGrid(AnnualTables t) {
    String id = "t2";
    List<GridRow> body = new ArrayList<>();
    String article = null;
    String articleId = null;
    List<String> measureIds = new ArrayList<>();
    int n = 0;
    for (DisclosureRow row : DisclosureRow.values()) {
      if (!row.article().equals(article)) {
        article = row.article();
        articleId = id + "-a" + (++n);
        body.add(new GridRow(List.of(header(article, 1, 4, articleId, "", "", "article"))));
        List<GridCell> heads = new ArrayList<>();
        heads.add(header("信息内容", 1, 1, articleId + "-item", COL, articleId, "item"));
        measureIds.clear();
        int span = 3 / row.measures().size();
        for (Measure m : row.measures()) {
          String mid = articleId + "-" + m.key();
          measureIds.add(mid);
          heads.add(header(m.label(), 1, span, mid, COL, articleId, "measure"));
        }
        body.add(new GridRow(heads));
      }
      String rowId = id + "-" + row.key();
      List<GridCell> cells = new ArrayList<>();
      cells.add(header(row.label(), 1, 1, rowId, ROW, articleId + " " + articleId + "-item",
          "item"));
      int span = 3 / row.measures().size();
      for (int i = 0; i < row.measures().size(); i++) {
        cells.add(figure(t.disclosure(row, i), span,
            articleId + " " + rowId + " " + measureIds.get(i)));
      }
      body.add(new GridRow(cells));
    }
    return new Grid(id, Section.ACTIVE.title(), 4, List.of(), body);
  }

  // ---- table 3 ------------------------------------------------------------------------------

  private static Grid applicationGrid(AnnualTables t) {
    String id = "t3";
    String applicants = id + "-applicants";
    String organisations = id + "-organisations";
    List<GridRow> head = new ArrayList<>();
    head.add(new GridRow(List.of(
        new GridCell(false, ApplicationRow.BALANCE_NOTE, 3, 3, "", "", "", "note"),
        header(Applicant.APPLICANTS, 1, 7, applicants, COL, "", "applicants"))));
    List<GridCell> second = new ArrayList<>();
    List<GridCell> third = new ArrayList<>();
    for (Applicant a : Applicant.values()) {
      if (a.group().isEmpty()) {
        second.add(header(a.label(), 2, 1, columnId(a), COL, applicants, "applicant"));
      } else {
        if (a == Applicant.BUSINESS) {
          second.add(header(a.group(), 1, 5, organisations, COL, applicants, "applicant"));
        }
        third.add(header(a.label(), 1, 1, columnId(a), COL, applicants + " " + organisations,
            "applicant"));
      }
    }
    head.add(new GridRow(second));
    head.add(new GridRow(third));
    List<GridRow> body = new ArrayList<>();
    ApplicationGroup openGroup = null;
    for (ApplicationRow row : ApplicationRow.values()) {
      List<GridCell> cells = new ArrayList<>();
      List<String> rowHeaders = new ArrayList<>();
      for (ApplicationGroup g = row.group(); g != null; g = g.parent()) {
        rowHeaders.add(0, groupId(g));
      }
      // a group's header is written in the row where the group starts, spanning its rows
      if (row.group() != null && row.group() != openGroup) {
        for (ApplicationGroup g : startingGroups(row, openGroup)) {
          cells.add(header(g.label(), rows(g), 1, groupId(g), ROW, parentIds(g), "group"));
        }
        openGroup = row.group();
      }
      if (row.group() == null) {
        openGroup = null;
      }
      int depth = rowHeaders.size();
      String rowId = id + "-" + row.key() + (row == ApplicationRow.RESULTS_TOTAL ? "-total" : "");
      cells.add(header(row.label(), 1, 3 - depth, rowId, ROW, String.join(" ", rowHeaders),
          "item"));
      rowHeaders.add(rowId);
      for (Applicant a : Applicant.values()) {
        String colHeaders = a.group().isEmpty() ? applicants + " " + columnId(a)
            : applicants + " " + organisations + " " + columnId(a);
        cells.add(figure(t.application(row, a), 1,
            String.join(" ", rowHeaders) + " " + colHeaders));
      }
      body.add(new GridRow(cells));
    }
    return new Grid(id, Section.APPLICATIONS.title(), 10, head, body);
  }

  /** The groups that start at a row (outer first), given the group the previous row was in. */
  private static List<ApplicationGroup> startingGroups(ApplicationRow row,
      ApplicationGroup previous) {
    List<ApplicationGroup> open = new ArrayList<>();
    for (ApplicationGroup g = previous; g != null; g = g.parent()) {
      open.add(g);
    }
    List<ApplicationGroup> starting = new ArrayList<>();
    for (ApplicationGroup g = row.group(); g != null && !open.contains(g); g = g.parent()) {
      starting.add(0, g);
    }
    return starting;
  }

  /** How many rows a group spans: its rows and its groups' rows. */
  private static int rows(ApplicationGroup group) {
    int n = 0;
    for (ApplicationRow row : ApplicationRow.values()) {
      for (ApplicationGroup g = row.group(); g != null; g = g.parent()) {
        if (g == group) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  private static String parentIds(ApplicationGroup g) {
    List<String> ids = new ArrayList<>();
    for (ApplicationGroup p = g.parent(); p != null; p = p.parent()) {
      ids.add(0, groupId(p));
    }
    return String.join(" ", ids);
  }

  private static String groupId(ApplicationGroup g) {
    return "t3-" + g.key();
  }

  private static String columnId(Applicant a) {
    return "t3-" + a.key();
  }

  // ---- table 4 ------------------------------------------------------------------------------

  private static Grid appealGrid(AnnualTables t) {
    String id = "t4";
    String lawsuits = id + "-lawsuits";
    List<GridRow> head = new ArrayList<>();
    head.add(new GridRow(List.of(
        header(AppealRow.REVIEW.label(), 1, 5, id + "-" + AppealRow.REVIEW.key(), COL, "",
            "group"),
        header(AppealRow.LAWSUITS, 1, 10, lawsuits, COL, "", "group"))));
    List<GridCell> second = new ArrayList<>();
    List<GridCell> third = new ArrayList<>();
    for (AppealRow row : AppealRow.values()) {
      String rowId = id + "-" + row.key();
      if (row == AppealRow.REVIEW) {
        for (AppealResult r : AppealResult.values()) {
          second.add(header(r.label(), 2, 1, rowId + "-" + r.key(), COL, rowId, "result"));
        }
      } else {
        second.add(header(row.label(), 1, 5, rowId, COL, lawsuits, "group"));
        for (AppealResult r : AppealResult.values()) {
          third.add(header(r.label(), 1, 1, rowId + "-" + r.key(), COL,
              lawsuits + " " + rowId, "result"));
        }
      }
    }
    head.add(new GridRow(second));
    head.add(new GridRow(third));
    List<GridCell> figures = new ArrayList<>();
    for (AppealRow row : AppealRow.values()) {
      String rowId = id + "-" + row.key();
      String groups = row == AppealRow.REVIEW ? rowId : lawsuits + " " + rowId;
      for (AppealResult r : AppealResult.values()) {
        figures.add(figure(t.appeal(row, r), 1, groups + " " + rowId + "-" + r.key()));
      }
    }
    return new Grid(id, Section.APPEALS.title(), 15, head, List.of(new GridRow(figures)));
  }

  // ---- cells --------------------------------------------------------------------------------

  private static GridCell header(String text, int rowspan, int colspan, String id, String scope,
      String headers, String css) {
    return new GridCell(true, text, rowspan, colspan, id, scope, headers, css);
  }

  private static GridCell figure(Figure f, int colspan, String headers) {
    return new GridCell(false, value(f), 1, colspan, "", "", headers, "figure");
  }

  /** A figure as a plain number (no leading zeros), or empty when it is not one. */
  static String value(Figure f) {
    return f.amount().map(BigDecimal::toPlainString).orElse("");
  }

  // ---- data ---------------------------------------------------------------------------------

  private static List<TableData> data(AnnualTables t) {
    List<RowData> two = new ArrayList<>();
    for (DisclosureRow row : DisclosureRow.values()) {
      List<FigureData> figures = new ArrayList<>();
      for (int i = 0; i < row.measures().size(); i++) {
        Measure m = row.measures().get(i);
        figures.add(new FigureData(m.key(), m.label(), "", m.label(),
            value(t.disclosure(row, i)), row.amount() ? "万元" : ""));
      }
      two.add(new RowData(row.key(), row.label(), List.of(row.article()),
          row.article() + " > " + row.label(), figures));
    }
    List<RowData> three = new ArrayList<>();
    for (ApplicationRow row : ApplicationRow.values()) {
      List<FigureData> figures = new ArrayList<>();
      for (Applicant a : Applicant.values()) {
        figures.add(new FigureData(a.key(), a.label(), a.group(), a.path(),
            value(t.application(row, a)), ""));
      }
      List<String> groups = new ArrayList<>();
      for (ApplicationGroup g = row.group(); g != null; g = g.parent()) {
        groups.add(0, g.label());
      }
      three.add(new RowData(row.key(), row.label(), groups, row.path(), figures));
    }
    List<RowData> four = new ArrayList<>();
    for (AppealRow row : AppealRow.values()) {
      List<FigureData> figures = new ArrayList<>();
      for (AppealResult r : AppealResult.values()) {
        figures.add(new FigureData(r.key(), r.label(), "", r.label(), value(t.appeal(row, r)),
            ""));
      }
      four.add(new RowData(row.key(), row.label(),
          row.group().isEmpty() ? List.of() : List.of(row.group()), row.path(), figures));
    }
    return List.of(new TableData("active", 2, Section.ACTIVE.title(), two),
        new TableData("applications", 3, Section.APPLICATIONS.title(), three),
        new TableData("appeals", 4, Section.APPEALS.title(), four));
  }
}
