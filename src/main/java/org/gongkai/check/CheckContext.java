package org.gongkai.check;

import java.time.LocalDateTime;
import java.util.Optional;
import org.gongkai.config.UnitDirectory;
import org.gongkai.index.IndexPattern;
import org.gongkai.model.Site;

/**
 * What rules look at: the site as read, its units, its index pattern (empty when site.yaml's
 * pattern is invalid, which is reported once) and the build time.
 */
public record CheckContext(
    Site site, UnitDirectory units, Optional<IndexPattern> indexPattern, LocalDateTime now) {

  public static CheckContext of(Site site, LocalDateTime now) {
    Optional<IndexPattern> pattern;
    try {
      pattern = Optional.of(IndexPattern.compile(site.config().indexPattern()));
    } catch (IllegalArgumentException e) {
      pattern = Optional.empty();
    }
    return new CheckContext(site, new UnitDirectory(site.units()), pattern, now);
  }
}
