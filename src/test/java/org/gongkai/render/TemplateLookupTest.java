package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateLookupTest {

  @TempDir
  Path site;

  private TemplateLookup lookup;

  @BeforeEach
  void siteWithSomeTemplates() {
    TestSites.write(site, "templates/report.ftlh", "site report");
    TestSites.write(site, "templates/assets/gongkai.css", "/* site css */");
    TestSites.write(site, "templates/extra/part.ftlh", "site part");
    TestSites.write(site, "secret.txt", "outside templates/");
    TestSites.write(site, "site.yaml", "name: x");
    lookup = new TemplateLookup(site.resolve("templates"));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      // name                   | origin  | display
      "report.ftlh              | SITE    | templates/report.ftlh",
      "assets/gongkai.css       | SITE    | templates/assets/gongkai.css",
      "extra/part.ftlh          | SITE    | templates/extra/part.ftlh",
      "column.ftlh              | BUNDLED | (bundled theme) column.ftlh",
      "layout.ftlh              | BUNDLED | (bundled theme) layout.ftlh",
      "assets/print.css         | BUNDLED | (bundled theme) assets/print.css",
      "nope.ftlh                | -       | -",
      "../secret.txt            | -       | -",
      "../site.yaml             | -       | -",
      "extra/../report.ftlh     | -       | -",
      "./report.ftlh            | -       | -",
      "/etc/passwd              | -       | -",
      "extra\\part.ftlh         | -       | -",
      "..\\secret.txt           | -       | -",
      "C:report.ftlh            | -       | -",
      "extra//part.ftlh         | -       | -",
      "../../org/gongkai/theme/report.ftlh | - | -",
  })
  void theSiteComesFirstThenTheBundledThemeAndNothingOutside(String name, String origin,
      String display) {
    Optional<TemplateLookup.Found> found = lookup.find(name);
    if (origin == null) {
      assertEquals(Optional.empty(), found, name);
      return;
    }
    assertEquals(TemplateLookup.Origin.valueOf(origin), found.orElseThrow().origin());
    assertEquals(display, found.get().display());
    assertEquals(name, found.get().name());
  }

  @ParameterizedTest
  @CsvSource({"report.ftlh,site report", "assets/gongkai.css,/* site css */"})
  void aSiteFileIsReadFromTheSite(String name, String text) {
    assertEquals(text, new String(lookup.find(name).orElseThrow().bytes(),
        StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({"column.ftlh,<#import", "assets/gongkai.js,"})
  void aBundledFileIsReadFromTheJar(String name, String start) {
    String text = new String(lookup.find(name).orElseThrow().bytes(), StandardCharsets.UTF_8);
    assertFalse(text.isEmpty());
    assertTrue(start == null || text.contains(start), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "report.ftlh|true", "assets/a.css|true", "../x|false", "/x|false", "a\\b|false",
      "a/../b|false", "|false", "a//b|false", "a:b|false",
  })
  void namesArePlainRelativePaths(String name, boolean safe) {
    assertEquals(safe, TemplateLookup.isSafe(name == null ? "" : name));
  }

  @ParameterizedTest
  @CsvSource({"report.ftlh"})
  void aSiteWithoutTemplatesUsesTheBundledTheme(String name) {
    TemplateLookup none = new TemplateLookup(site.resolve("no-such-folder"));
    assertEquals(TemplateLookup.Origin.BUNDLED, none.find(name).orElseThrow().origin());
  }
}
