package org.gongkai.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a new site ({@code gongkai init}): a pom.xml that uses the Maven plugin, site.yaml,
 * units.yaml, one report and one task list in two columns, a .gitignore and a README for the team.
 */
public final class StarterSite {

  /** What site.yaml says until the team fills in its own organ code (机构代码). */
  public static final String PLACEHOLDER_ORGAN_CODE = "000000000000000000";
  /** What site.yaml says until the team fills in its own 网站标识码. */
  public static final String PLACEHOLDER_SITE_CODE = "0000000000";

  private static final String ROOT = "/org/gongkai/starter/";
  private static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("pom.xml", "pom.xml");
    FILES.put(".gitignore", "gitignore");
    FILES.put("README.md", "README.md");
    FILES.put("site.yaml", "site.yaml");
    FILES.put("units.yaml", "units.yaml");
    FILES.put("content/tzgg/_column.yaml", "content/tzgg/_column.yaml");
    FILES.put("content/tzgg/first-notice.md", "content/tzgg/first-notice.md");
    FILES.put("content/zdgz/_column.yaml", "content/zdgz/_column.yaml");
    FILES.put("content/zdgz/key-tasks.yaml", "content/zdgz/key-tasks.yaml");
  }

  private StarterSite() {}

  /**
   * The starter files by path, filled in, with placeholders for the codes.
   *
   * @param name the site's name (网站名称)
   * @param version the gongkai version the pom.xml uses
   * @param today the day the example documents are written and published
   */
  public static Map<String, byte[]> files(String name, String version, LocalDate today) {
    return files(name, null, null, version, today);
  }

  /**
   * The starter files by path, filled in.
   *
   * @param name the site's name (网站名称)
   * @param organCode the organ code (机构代码), or null for {@link #PLACEHOLDER_ORGAN_CODE}
   * @param siteCode the 网站标识码, or null for {@link #PLACEHOLDER_SITE_CODE}
   * @param version the gongkai version the pom.xml uses
   * @param today the day the example documents are written and published
   */
  public static Map<String, byte[]> files(
      String name, String organCode, String siteCode, String version, LocalDate today) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    FILES.forEach((path, resource) -> {
      try (InputStream in = StarterSite.class.getResourceAsStream(ROOT + resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + ROOT + resource);
        }
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .replace("@NAME@", name)
            .replace("@ORGAN_CODE@", organCode == null ? PLACEHOLDER_ORGAN_CODE : organCode)
            .replace("@SITE_CODE@", siteCode == null ? PLACEHOLDER_SITE_CODE : siteCode)
            .replace("@VERSION@", version)
            .replace("@TODAY@", today.toString())
            .replace("@YEAR@", String.valueOf(today.getYear()));
        out.put(path, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return out;
  }
}
