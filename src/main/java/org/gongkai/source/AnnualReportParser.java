package org.gongkai.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationGroup;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;
import org.gongkai.model.AnnualFormat.OrganKind;
import org.gongkai.model.AnnualReport;
import org.gongkai.model.AnnualTables;
import org.gongkai.model.Figure;
import org.gongkai.model.Location;
import org.gongkai.model.Metadata;
import org.gongkai.model.Problem;
import org.gongkai.model.ReportSection;
import org.gongkai.model.SourceInfo;
import org.gongkai.model.Text;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code annualReport} mapping of an annual report's front matter (year, reporting body,
 * its kind and the three tables) and splits its text into its {@code ## } sections. Figures are
 * kept as written, each with its place, for the checks to judge; only the shape is checked here
 * (a row of table 3 is a list of seven figures, …), as rule {@code annual-report}.
 */
final class AnnualReportParser {

  static final Field ANNUAL_REPORT = Field.of("annualReport", "年度报告");
  static final Field YEAR = Field.of("year", "年度");
  static final Field ORGAN = Field.of("organ", "报告机关");
  static final Field KIND = Field.of("kind", "机关类型");
  static final Field ACTIVE = Field.of("active", "主动公开", "表二");
  static final Field APPLICATIONS = Field.of("applications", "依申请公开", "表三");
  static final Field APPEALS = Field.of("appeals", "复议诉讼", "表四");

  /** The front matter of an annual report: a report's keys and {@code annualReport}. */
  static final FieldSet FRONT_MATTER =
      Keys.REPORT.plus(Text.of("report.what.front-matter"), ANNUAL_REPORT);

  static final FieldSet ANNUAL = FieldSet.of(Text.of("report.what.annual-report"), YEAR, ORGAN, KIND,
      ACTIVE, APPLICATIONS, APPEALS);

  /** The first year of the regulation: no annual report is about an earlier one. */
  static final int FIRST_YEAR = 2008;

  private static final Pattern HEADING = Pattern.compile("^ {0,3}## +(.*?)(?: +#+)? *$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private final String path;
  private final int firstLine;
  private final Consumer<Problem> problems;

  private AnnualReportParser(String path, int firstLine, Consumer<Problem> problems) {
    this.path = path;
    this.firstLine = firstLine;
    this.problems = problems;
  }

  /** Whether a front matter is an annual report's: it has an {@code annualReport} key. */
  static boolean isAnnualReport(Node front) {
    if (!(front instanceof org.yaml.snakeyaml.nodes.MappingNode mapping)) {
      return false;
    }
    return mapping.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
        && ANNUAL_REPORT.names().contains(k.getValue()));
  }

  /**
   * The annual report of a front matter read with {@link #FRONT_MATTER}.
   *
   * @param yamlLine the file line the front matter starts on
   */
  static AnnualReport parse(
      MappingReader front, SourceInfo source, Metadata meta, FrontMatter text, int yamlLine,
      Consumer<Problem> problems) {
    AnnualReportParser parser = new AnnualReportParser(source.path(), yamlLine, problems);
    Optional<MappingReader> annual = front.mapping(ANNUAL_REPORT, ANNUAL);
    Location start = annual.map(MappingReader::start).orElse(front.start());
    int year = annual.flatMap(a -> parser.year(a)).orElse(0);
    String organ = annual.flatMap(a -> a.requiredText(ORGAN)).orElse(null);
    OrganKind kind = annual.flatMap(parser::kind).orElse(null);
    AnnualTables tables = new AnnualTables(
        parser.disclosure(annual.flatMap(a -> a.mapping(ACTIVE, DISCLOSURE_ROWS)), start),
        parser.applications(annual.flatMap(a -> a.mapping(APPLICATIONS,
            APPLICATION_FIELDS.get(null))), start),
        parser.appeals(annual.flatMap(a -> a.mapping(APPEALS, APPEAL_ROWS)), start));
    List<ReportSection> sections = new ArrayList<>();
    String intro = split(text.body(), text.bodyLine(), sections);
    return new AnnualReport(source, meta, text.body(), text.bodyLine(), year, organ, kind,
        tables, intro, sections);
  }

  private Optional<Integer> year(MappingReader a) {
    if (!a.has(YEAR)) {
      a.missing(YEAR);
      return Optional.empty();
    }
    Optional<Integer> year = a.positiveInt(YEAR);
    if (year.isPresent() && (year.get() < FIRST_YEAR || year.get() > 9999)) {
      problems.accept(Problem.error(a.valueAt(YEAR), "annual-report",
          Text.of("report.year-out-of-range", year.get(), FIRST_YEAR),
          Text.of("report.year-out-of-range-hint")));
      return Optional.empty();
    }
    return year;
  }

  private Optional<OrganKind> kind(MappingReader a) {
    return a.requiredText(KIND).flatMap(written -> {
      Optional<OrganKind> kind = OrganKind.parse(written);
      if (kind.isEmpty()) {
        problems.accept(Problem.error(a.valueAt(KIND), "annual-report",
            Text.of("report.kind-unknown", written), Text.of("report.kind-unknown-hint")));
      }
      return kind;
    });
  }

  // ---- table 2 ------------------------------------------------------------------------------

  static final FieldSet DISCLOSURE_ROWS = new FieldSet(Text.of("report.what.table-2"),
      Arrays.stream(DisclosureRow.values()).map(r -> Field.of(r.key(), r.label())).toList());

  private Map<DisclosureRow, List<Figure>> disclosure(Optional<MappingReader> table,
      Location outer) {
    Map<DisclosureRow, List<Figure>> out = new EnumMap<>(DisclosureRow.class);
    for (DisclosureRow row : DisclosureRow.values()) {
      Field field = DISCLOSURE_ROWS.field(row.key());
      int width = row.measures().size();
      out.put(row, table.map(t -> figures(t, field, width, Text.of("report.table-2"),
          row.label(), true)).orElseGet(() -> missing(outer, width)));
    }
    return out;
  }

  // ---- table 3 ------------------------------------------------------------------------------

  /** The keys of table 3's mapping ({@code null}) and of each group's, in printed order. */
  private static final Map<ApplicationGroup, FieldSet> APPLICATION_FIELDS = applicationFields();

  private static Map<ApplicationGroup, FieldSet> applicationFields() {
    Map<ApplicationGroup, FieldSet> out = new java.util.HashMap<>();
    List<ApplicationGroup> groups = new ArrayList<>(Arrays.asList(ApplicationGroup.values()));
    groups.add(0, null);
    for (ApplicationGroup g : groups) {
      List<Field> fields = new ArrayList<>();
      for (ApplicationRow row : ApplicationRow.in(g)) {
        fields.add(Field.of(row.key(), row.alias(), row.label()));
      }
      for (ApplicationGroup child : ApplicationGroup.values()) {
        if (child.parent() == g) {
          fields.add(Field.of(child.key(), child.alias(), child.label()));
        }
      }
      out.put(g, new FieldSet(g == null ? Text.of("report.what.table-3")
          : Text.of("report.what.table-3-group", g.label()), fields));
    }
    return out;
  }

  private Map<ApplicationRow, List<Figure>> applications(
      Optional<MappingReader> table, Location outer) {
    Map<ApplicationRow, List<Figure>> out = new EnumMap<>(ApplicationRow.class);
    collect(null, table, outer, out);
    return out;
  }

  private void collect(ApplicationGroup group, Optional<MappingReader> reader, Location outer,
      Map<ApplicationRow, List<Figure>> out) {
    FieldSet fields = APPLICATION_FIELDS.get(group);
    Location here = reader.map(MappingReader::start).orElse(outer);
    int width = Applicant.values().length;
    for (ApplicationRow row : ApplicationRow.in(group)) {
      Field field = fields.field(row.key());
      out.put(row, reader.map(r -> figures(r, field, width, Text.of("report.table-3"),
          row.path(), false)).orElseGet(() -> missing(here, width)));
    }
    for (ApplicationGroup child : ApplicationGroup.values()) {
      if (child.parent() == group) {
        collect(child, reader.flatMap(r -> r.mapping(fields.field(child.key()),
            APPLICATION_FIELDS.get(child))), here, out);
      }
    }
  }

  // ---- table 4 ------------------------------------------------------------------------------

  static final FieldSet APPEAL_ROWS = new FieldSet(Text.of("report.what.table-4"),
      Arrays.stream(AppealRow.values()).map(r -> Field.of(r.key(), r.label())).toList());

  /** Every key an annual report's front matter may hold, at any depth. */
  static List<FieldSet> fieldSets() {
    List<FieldSet> all = new ArrayList<>(List.of(FRONT_MATTER, ANNUAL, DISCLOSURE_ROWS,
        APPEAL_ROWS));
    all.addAll(APPLICATION_FIELDS.values());
    return all;
  }

  private Map<AppealRow, List<Figure>> appeals(Optional<MappingReader> table, Location outer) {
    Map<AppealRow, List<Figure>> out = new EnumMap<>(AppealRow.class);
    int width = AppealResult.values().length;
    for (AppealRow row : AppealRow.values()) {
      Field field = APPEAL_ROWS.field(row.key());
      out.put(row, table.map(t -> figures(t, field, width, Text.of("report.table-4"),
          row.path(), false)).orElseGet(() -> missing(outer, width)));
    }
    return out;
  }

  // ---- figures ------------------------------------------------------------------------------

  /**
   * The figures of one row: a list of {@code width} values, or (for a row of one figure, when
   * {@code scalarAllowed}) the value itself. Missing cells are missing figures at the row.
   */
  private List<Figure> figures(MappingReader table, Field field, int width, Text tableName,
      String rowName, boolean scalarAllowed) {
    Optional<Node> value = table.value(field);
    if (value.isEmpty()) {
      return missing(isWritten(table, field) ? table.valueAt(field) : table.start(), width);
    }
    Node node = value.get();
    if (node instanceof ScalarNode && width == 1 && scalarAllowed) {
      return List.of(figure(node));
    }
    if (!(node instanceof SequenceNode seq)) {
      problems.accept(Problem.error(at(node), "annual-report",
          Text.of("report.row-not-a-list", tableName, rowName, width),
          Text.of("report.row-not-a-list-hint", width)));
      return missing(at(node), width);
    }
    List<Node> items = seq.getValue();
    if (items.size() > width) {
      problems.accept(Problem.error(at(items.get(width)), "annual-report",
          Text.of("report.row-too-long", tableName, rowName, items.size(), width),
          Text.of("report.row-too-long-hint")));
    }
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      out.add(i < items.size() ? figure(items.get(i)) : Figure.missing(at(node)));
    }
    return out;
  }

  /** Whether the key was written at all (perhaps with an empty value). */
  private static boolean isWritten(MappingReader table, Field field) {
    return table.locations().containsKey(field.key());
  }

  private Figure figure(Node node) {
    if (node instanceof ScalarNode scalar) {
      return new Figure(Yaml12.isNull(scalar) ? "" : scalar.getValue().strip(), at(node));
    }
    problems.accept(Problem.error(at(node), "annual-report", Text.of("report.figure-not-text"),
        Text.of("report.figure-not-text-hint")));
    return Figure.missing(at(node));
  }

  private static List<Figure> missing(Location at, int width) {
    List<Figure> out = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      out.add(Figure.missing(at));
    }
    return out;
  }

  private Location at(Node node) {
    return Yaml12.at(node, path, firstLine);
  }

  // ---- sections -----------------------------------------------------------------------------

  /**
   * Splits a Markdown text at its {@code ## } headings (outside fenced code), adding each section
   * to {@code sections}; returns the text before the first heading.
   */
  static String split(String body, int bodyLine, List<ReportSection> sections) {
    String[] lines = body.split("\n", -1);
    StringBuilder current = new StringBuilder();
    String intro = null;
    String heading = null;
    int headingLine = 0;
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1)
          : lines[i];
      Matcher f = FENCE.matcher(line);
      if (f.find()) {
        String marker = f.group(1);
        if (fence == null) {
          fence = marker;
        } else if (marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()) {
          fence = null;
        }
      }
      Matcher h = fence == null ? HEADING.matcher(line) : null;
      if (h != null && h.matches()) {
        if (heading == null) {
          intro = current.toString();
        } else {
          sections.add(new ReportSection(heading, current.toString(), headingLine,
              headingLine + 1));
        }
        current.setLength(0);
        heading = h.group(1).strip();
        headingLine = bodyLine + i;
        continue;
      }
      current.append(line).append('\n');
    }
    if (heading == null) {
      return current.toString();
    }
    sections.add(new ReportSection(heading, current.toString(), headingLine, headingLine + 1));
    return intro;
  }
}
