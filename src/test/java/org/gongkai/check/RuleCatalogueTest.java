package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule id is documented in docs/checks.md, with a source for every registered rule. */
class RuleCatalogueTest {

  @Test
  void everyRuleIdIsInDocsChecksMd() throws IOException {
    String docs = Files.readString(Path.of("docs/checks.md"));
    List<String> missing = new ArrayList<>();
    for (String id : RuleCatalogue.all().keySet()) {
      if (!docs.contains("`" + id + "`")) {
        missing.add(id);
      }
    }
    assertEquals(List.of(), missing);
  }

  /** Every rule id the code reports is in the catalogue (so reports name and explain it). */
  @Test
  void everyRuleIdInTheCodeIsCatalogued() throws IOException {
    java.util.regex.Pattern reported = java.util.regex.Pattern.compile(
        "Problem\\.(?:error|warning|note)\\([^;]*?, \"([a-z]+(?:-[a-z]+)*)\"", java.util.regex.Pattern.DOTALL);
    List<String> missing = new ArrayList<>();
    try (var files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        java.util.regex.Matcher m = reported.matcher(Files.readString(f));
        while (m.find()) {
          if (!RuleCatalogue.all().containsKey(m.group(1)) && !missing.contains(m.group(1))) {
            missing.add(m.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void registeredRulesHaveUniqueIdsTitlesAndSources() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.ALL) {
      assertTrue(ids.add(rule.id()), "two rules with id " + rule.id());
      assertFalse(rule.description().isEmpty(), rule.id());
      assertFalse(rule.source().isBlank(), rule.id() + " names no source");
    }
  }
}
