package org.gongkai.model;

import java.time.ZoneId;
import java.util.Map;

/**
 * Site-wide settings from {@code site.yaml}, defaults applied.
 *
 * @param name SiteName
 * @param domain SiteDomain
 * @param siteCode SiteIDCode
 * @param baseUrl the absolute URL the site is served at, ending in {@code /}
 * @param publisher default 发布机构
 * @param organCode default organ code for index numbers
 * @param indexPattern how index numbers are formed
 * @param topics allowed 主题分类
 * @param permalink URL pattern of documents
 * @param pageSize items per listing page
 * @param timezone the zone dates are written in
 * @param description the site's description (home page ColumnDescription)
 * @param keywords the site's keywords (home page ColumnKeywords)
 * @param checks what the checks look for
 * @param identity 主办单位, filings and the other items of every page's footer
 * @param fields where each key of site.yaml was written
 */
public record SiteConfig(
    String name,
    String domain,
    String siteCode,
    String baseUrl,
    String publisher,
    String organCode,
    String indexPattern,
    Topics topics,
    String permalink,
    int pageSize,
    ZoneId timezone,
    String description,
    java.util.List<String> keywords,
    CheckSettings checks,
    SiteIdentity identity,
    Map<String, Location> fields) {

  public static final String DEFAULT_INDEX_PATTERN = "{organCode}/{year}-{seq:6}";
  public static final String DEFAULT_PERMALINK = "/{column}/{yyyy}/{slug}.html";
  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

  public SiteConfig {
    keywords = java.util.List.copyOf(keywords);
    fields = Map.copyOf(fields);
  }

  /** Where a key was written, or site.yaml itself. */
  public Location at(String key) {
    return fields.getOrDefault(key, Location.of("site.yaml"));
  }

  /** A copy served at another URL, for staging builds. */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(name, domain, siteCode, url, publisher, organCode, indexPattern, topics,
        permalink, pageSize, timezone, description, keywords, checks, identity, fields);
  }
}
