package org.gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What a site tells the checks (site.yaml).
 *
 * @param allowedLinkDomains domains links may point to ({@code *.gov.cn} style patterns); the
 *     site's own domain is always allowed
 * @param spamTerms the injected-content terms to look for (the built-in list, replaced or
 *     extended by the site)
 * @param holidays public holidays, which are not working days (条例 art. 26 counts working days)
 * @param knownPlatforms names of platforms and apps official text puts before 登录, 入口, APP …
 *     (the built-in list and the site's), which are not taken for the brands of injected spam
 */
public record CheckSettings(
    List<String> allowedLinkDomains, List<String> spamTerms, List<LocalDate> holidays,
    List<String> knownPlatforms) {

  public CheckSettings {
    allowedLinkDomains = List.copyOf(allowedLinkDomains);
    spamTerms = List.copyOf(spamTerms);
    holidays = List.copyOf(holidays);
    knownPlatforms = List.copyOf(knownPlatforms);
  }
}
