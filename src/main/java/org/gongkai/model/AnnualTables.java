package org.gongkai.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.AnnualFormat.AppealResult;
import org.gongkai.model.AnnualFormat.AppealRow;
import org.gongkai.model.AnnualFormat.Applicant;
import org.gongkai.model.AnnualFormat.ApplicationRow;
import org.gongkai.model.AnnualFormat.DisclosureRow;

/**
 * The three tables of an annual report, complete: every row of the format has one figure per
 * column (a cell the report does not give is a {@link Figure#missing missing} figure).
 *
 * @param disclosure table 2, each row's figures in the order of its {@link DisclosureRow#measures}
 * @param applications table 3, each row's figures in the order of {@link Applicant}
 * @param appeals table 4, each row's figures in the order of {@link AppealResult}
 */
public record AnnualTables(
    Map<DisclosureRow, List<Figure>> disclosure,
    Map<ApplicationRow, List<Figure>> applications,
    Map<AppealRow, List<Figure>> appeals) {

  public AnnualTables {
    disclosure = complete(disclosure, DisclosureRow.class, r -> r.measures().size());
    applications = complete(applications, ApplicationRow.class, r -> Applicant.values().length);
    appeals = complete(appeals, AppealRow.class, r -> AppealResult.values().length);
  }

  public Figure disclosure(DisclosureRow row, int measure) {
    return disclosure.get(row).get(measure);
  }

  public Figure application(ApplicationRow row, Applicant column) {
    return applications.get(row).get(column.ordinal());
  }

  public Figure appeal(AppealRow row, AppealResult column) {
    return appeals.get(row).get(column.ordinal());
  }

  private static <K extends Enum<K>> Map<K, List<Figure>> complete(
      Map<K, List<Figure>> given, Class<K> rows, java.util.function.ToIntFunction<K> width) {
    Map<K, List<Figure>> out = new EnumMap<>(rows);
    for (K row : rows.getEnumConstants()) {
      List<Figure> figures = given.get(row);
      int n = width.applyAsInt(row);
      if (figures == null || figures.size() != n) {
        throw new IllegalArgumentException(row + " needs " + n + " figures, got "
            + (figures == null ? "none" : figures.size()));
      }
      out.put(row, List.copyOf(figures));
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
