package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Problem;
import org.junit.jupiter.api.Test;

/** How nesting and delimiters are counted before commonmark sees a body. */
class InputLimitsTest {

  @Test
  void nestingCountsQuoteAndListMarkersAndTheIndentationBeforeThem() {
    assertEquals(0, InputLimits.nesting("正文"));
    assertEquals(1, InputLimits.nesting("- 第一项"));
    assertEquals(3, InputLimits.nesting("> - 1. 三层"));
    assertEquals(3, InputLimits.nesting("    - 缩进两层的列表项"));
    assertEquals(2, InputLimits.nesting(">> 引文"));
  }

  @Test
  void aThematicBreakAndTextThatOnlyLooksLikeAMarkerAreNotNesting() {
    assertEquals(0, InputLimits.nesting("- - - - - - - - - - - - - - - - - - - - - - - - - - -"));
    assertEquals(0, InputLimits.nesting("2023.12 工作总结"));
    assertEquals(0, InputLimits.nesting("-5 度"));
  }

  @Test
  void fencedCodeIsNotNestingAndABlankLineEndsAParagraphsDelimiters() {
    List<Problem> problems = new ArrayList<>();
    String deep = ">".repeat(100) + " 代码\n";
    assertTrue(InputLimits.markdown("```\n" + deep + "```\n", "a.md", 7, problems::add));
    String half = "*".repeat(InputLimits.MARKDOWN_DELIMITERS / 2 + 1) + "\n";
    assertTrue(InputLimits.markdown(half + "\n" + half, "a.md", 7, problems::add));
    assertFalse(InputLimits.markdown(half + half, "a.md", 7, problems::add));
    assertEquals("a.md:7:1", problems.get(0).location().toString());
    assertTrue(problems.stream().allMatch(p -> p.ruleId().equals(InputLimits.RULE)));
  }
}
