package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the sample site and of the showcase spec case (every feature of the content model,
 * Chinese folder names, a site served below the host's root), built with the bundled theme, passes
 * the Nu HTML Checker with no error. Warnings are allowed only when listed in {@link #ALLOWED_WARNINGS} with the reason; any
 * other warning fails too, so that a new one is looked at.
 */
class HtmlValidityIT {

  /**
   * Warnings that are accepted, each as a fragment of the message text and why. Empty: this
   * version of the checker raises none on the theme.
   */
  private static final List<String> ALLOWED_WARNINGS = List.of();

  @TempDir static Path output;

  private static List<Path> pages;

  @BeforeAll
  static void buildSite() {
    SampleSite.build(output.resolve("sample"));
    Showcase.build(output.resolve("showcase"));
    pages = new ArrayList<>(SampleSite.pages(output.resolve("sample")));
    pages.addAll(SampleSite.pages(output.resolve("showcase")));
  }

  @Test
  void everyPageIsValidHtml() {
    assertFalse(pages.isEmpty(), "the sample site has no pages");
    NuChecker checker = new NuChecker();
    List<String> problems = new ArrayList<>();
    for (Path page : pages) {
      for (NuChecker.Message m : checker.check(page)) {
        if (m.isError() || ALLOWED_WARNINGS.stream().noneMatch(m.text()::contains)) {
          problems.add(output.relativize(page) + ":" + m.line() + ":" + m.column() + ": "
              + m.level() + ": " + m.text());
        }
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " Nu HTML Checker messages in " + pages.size() + " pages:\n"
          + String.join("\n", problems));
    }
    System.out.println("Nu HTML Checker: " + pages.size() + " pages, no errors");
  }

  /** The theme's stylesheets pass the checker's CSS mode (as {@code vnu --css}). */
  @Test
  void everyStylesheetIsValidCss() throws java.io.IOException {
    List<Path> sheets;
    try (var files = java.nio.file.Files.walk(output)) {
      sheets = files.filter(f -> f.toString().endsWith(".css")).sorted().toList();
    }
    assertFalse(sheets.isEmpty(), "the sample site has no stylesheets");
    NuChecker checker = new NuChecker();
    List<String> problems = new ArrayList<>();
    for (Path sheet : sheets) {
      for (NuChecker.Message m : checker.checkCss(sheet)) {
        problems.add(output.relativize(sheet) + ":" + m.line() + ":" + m.column() + ": "
            + m.level() + ": " + m.text());
      }
    }
    if (!problems.isEmpty()) {
      fail(problems.size() + " CSS messages:\n" + String.join("\n", problems));
    }
  }
}
