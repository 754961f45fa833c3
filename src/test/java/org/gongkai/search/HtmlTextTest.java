package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gongkai.markdown.Markdown;
import org.junit.jupiter.api.Test;

/** A report's body as text blocks, from the HTML gongkai's Markdown renderer writes. */
class HtmlTextTest {

  private final Markdown markdown = new Markdown();

  private List<String> blocks(String md) {
    return HtmlText.blocks(markdown.toHtml(markdown.parse(md), d -> java.util.Optional.empty()));
  }

  @Test
  void eachBlockIsASegmentAndInlineMarkupIsDropped() {
    assertEquals(List.of("一、总体要求", "坚持**稳中求进**", "第一项", "第二项"),
        blocks("## 一、总体要求\n\n坚持\\*\\*稳中求进\\*\\*\n\n- 第一项\n- 第二项\n"));
    assertEquals(List.of("坚持稳中求进，推动高质量发展。"), blocks("坚持*稳中求进*，推动[高质量发展](x.md)。"));
  }

  @Test
  void characterReferencesAreDecoded() {
    assertEquals(List.of("A&B <c> \"d\" 'e'"), blocks("A&B <c> \"d\" 'e'"));
    assertEquals(List.of("&#12345; & &amp;"), HtmlText.blocks("<p>&amp;#12345; &amp; &amp;amp;</p>"));
    assertEquals(List.of("中"), HtmlText.blocks("<p>&#x4E2D;</p>"));
  }

  @Test
  void tableCellsAreBlocksOfTheirOwn() {
    assertEquals(List.of("项目", "金额", "GDP", "6001亿元"),
        blocks("| 项目 | 金额 |\n|---|---|\n| GDP | 6001亿元 |\n"));
  }
}
