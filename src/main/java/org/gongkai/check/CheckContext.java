package org.gongkai.check;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.gongkai.config.UnitDirectory;
import org.gongkai.index.IndexPattern;
import org.gongkai.index.LedgerEntry;
import org.gongkai.model.Site;

/**
 * What rules look at: the site as read, its units, its index pattern (empty when site.yaml's
 * pattern is invalid, which is reported once), the build time, the ledger's entries by number,
 * where to find the source files (to point at the exact line and column of a finding), and whether
 * the run publishes: a build or an index assignment, for which what a check only warns about may
 * be an error (a placeholder organ code would go into numbers that never change).
 */
public record CheckContext(
    Site site, UnitDirectory units, Optional<IndexPattern> indexPattern, LocalDateTime now,
    Map<String, LedgerEntry> ledger, SourceLocator locator, boolean publishing) {

  public CheckContext {
    ledger = Map.copyOf(ledger);
  }

  /** This context for a build or an index assignment. */
  public CheckContext forPublishing() {
    return new CheckContext(site, units, indexPattern, now, ledger, locator, true);
  }

  /** A context without a ledger, locating findings in the files under {@code siteDir}. */
  public static CheckContext of(Site site, LocalDateTime now, Path siteDir,
      Map<String, LedgerEntry> ledger) {
    Optional<IndexPattern> pattern;
    try {
      pattern = Optional.of(IndexPattern.compile(site.config().indexPattern()));
    } catch (IllegalArgumentException e) {
      pattern = Optional.empty();
    }
    return new CheckContext(site, new UnitDirectory(site.units()), pattern, now, ledger,
        new SourceLocator(siteDir), false);
  }

  /** A context for a site read from memory: no ledger, findings at their field's line. */
  public static CheckContext of(Site site, LocalDateTime now) {
    return of(site, now, null, Map.of());
  }
}
