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

  @Test
  void registeredRulesHaveUniqueIdsTitlesAndSources() {
    Set<String> ids = new HashSet<>();
    for (Rule rule : Rules.ALL) {
      assertTrue(ids.add(rule.id()), "two rules with id " + rule.id());
      assertFalse(rule.description().isBlank(), rule.id());
      assertFalse(rule.source().isBlank(), rule.id() + " names no source");
    }
  }
}
