package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

  @Test
  void splitsYamlAndBodyWithTheirLines() {
    FrontMatter fm = FrontMatter.split("---\ntitle: 通知\ntopic: 综合政务/其他\n---\n正文第一段\n\n第二段\n")
        .orElseThrow();
    assertEquals("title: 通知\ntopic: 综合政务/其他\n", fm.yaml());
    assertEquals(2, fm.yamlLine());
    assertEquals("正文第一段\n\n第二段\n", fm.body());
    assertEquals(5, fm.bodyLine());
  }

  @Test
  void windowsLineEndingsAreAcceptedAroundTheMarkers() {
    FrontMatter fm = FrontMatter.split("---\r\ntitle: 通知\r\n---\r\n正文\r\n").orElseThrow();
    assertEquals("title: 通知\r\n", fm.yaml());
    assertEquals("正文\r\n", fm.body());
    assertEquals(4, fm.bodyLine());
  }

  @Test
  void threeDotsAlsoCloseTheFrontMatter() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n...\nbody").orElseThrow();
    assertEquals("title: a\n", fm.yaml());
    assertEquals("body", fm.body());
  }

  @Test
  void anEmptyBodyIsAllowed() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n---").orElseThrow();
    assertEquals("", fm.body());
    assertEquals(4, fm.bodyLine());
  }

  @Test
  void unclosedFrontMatterIsNotFrontMatter() {
    assertEquals(Optional.empty(), FrontMatter.split("---\ntitle: a\n正文没有结束线\n"));
  }

  @Test
  void aFileThatDoesNotStartWithTheMarkerHasNone() {
    assertTrue(FrontMatter.split("title: a\n---\nbody\n").isEmpty());
    assertTrue(FrontMatter.split("\n---\ntitle: a\n---\n").isEmpty());
    assertTrue(FrontMatter.split("").isEmpty());
  }

  @Test
  void aLongerRuleInTheBodyDoesNotCloseIt() {
    FrontMatter fm = FrontMatter.split("---\ntitle: a\n----\nb: c\n---\nbody\n").orElseThrow();
    assertEquals("title: a\n----\nb: c\n", fm.yaml());
    assertEquals(6, fm.bodyLine());
  }
}
