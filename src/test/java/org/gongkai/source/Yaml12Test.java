package org.gongkai.source;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

class Yaml12Test {

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void aSyntaxErrorIsLocatedInTheFile() {
    // line 3 has an unclosed flow sequence
    String yaml = "title: 通知\nwritten: 2023-01-01\nkeywords: [a, b\ntopic: 综合政务/其他\n";
    assertTrue(Yaml12.compose(yaml, "content/a.yaml", 1, problems::add).isEmpty());
    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals("yaml-syntax", p.ruleId());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals("content/a.yaml", p.path());
    assertTrue(p.line() >= 3 && p.line() <= 4, p::format);
    assertTrue(p.column() > 0, p::format);
  }

  @Test
  void frontMatterLinesAreCountedFromTheirPlaceInTheFile() {
    // the YAML starts on line 2 of a report; the bad indentation is on its second line
    String yaml = "title: 通知\n  written: 2023-01-01\n";
    assertTrue(Yaml12.compose(yaml, "content/a.md", 2, problems::add).isEmpty());
    assertProblem(problems, "content/a.md:3:10", Severity.ERROR, "yaml-syntax",
        "YAML syntax error: a `: ` where none can be");
  }

  @Test
  void aTabIndentIsASyntaxError() {
    assertTrue(Yaml12.compose("a:\n\tb: c\n", "x.yaml", 1, problems::add).isEmpty());
    assertEquals("x.yaml", problems.get(0).path());
    assertEquals(2, problems.get(0).line());
  }

  @Test
  void yesNoOnAndOffStayText() {
    Node node = Yaml12.compose("draft: no\nNO: yes\non: off\n", "x.yaml", 1, problems::add)
        .orElseThrow();
    MappingNode map = assertInstanceOf(MappingNode.class, node);
    List<String> words = new ArrayList<>();
    map.getValue().forEach(t -> {
      words.add(((ScalarNode) t.getKeyNode()).getValue());
      words.add(((ScalarNode) t.getValueNode()).getValue());
    });
    assertEquals(List.of("draft", "no", "NO", "yes", "on", "off"), words);
    assertTrue(problems.isEmpty());
  }

  @Test
  void nodesKnowWhereTheyStart() {
    MappingNode map = (MappingNode) Yaml12.compose("a: 1\nbb: 二\n", "x.yaml", 5,
        problems::add).orElseThrow();
    Node value = map.getValue().get(1).getValueNode();
    assertEquals("x.yaml:6:5", Yaml12.at(value, "x.yaml", 5).toString());
  }

  @Test
  void nullsAreOnlyThePlainNullWords() {
    MappingNode map = (MappingNode) Yaml12.compose("a:\nb: ~\nc: null\nd: 'null'\ne: x\n",
        "x.yaml", 1, problems::add).orElseThrow();
    List<Boolean> nulls = map.getValue().stream().map(t -> Yaml12.isNull(t.getValueNode()))
        .toList();
    assertEquals(List.of(true, true, true, false, false), nulls);
  }

  @Test
  void twoDocumentsInOneFileAreAnError() {
    assertTrue(Yaml12.compose("a: 1\n---\nb: 2\n", "x.yaml", 1, problems::add).isEmpty());
    assertProblem(problems, "x.yaml:2:1", Severity.ERROR, "yaml-syntax");
  }

  @Test
  void anEmptyFileIsNoNodeAndNoProblem() {
    assertTrue(Yaml12.compose("", "x.yaml", 1, problems::add).isEmpty());
    assertTrue(problems.isEmpty());
  }

  /**
   * The mistakes web teams make are explained in gongkai's words, in Chinese by default and in
   * English on request; SnakeYAML's own sentence ("could not find expected ':'") is not shown.
   * In the cases, {@code ~} is a line break and {@code »} a tab.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title: a~»published: b~|2:1|YAML 语法错误：这里有制表符（Tab），YAML 只能用空格缩进"
          + "|YAML syntax error: a tab character: YAML indents with spaces only",
      "title: a~published 2023-11-01~topic: b~|3:1|YAML 语法错误：第 2 行应为“键: 值”的形式，"
          + "但没有冒号 `:`|YAML syntax error: line 2 should be `key: value` but has no `:`",
      "title: \"abc~topic: b~|3:1|YAML 语法错误：第 1 行开始的引号没有结束"
          + "|YAML syntax error: the quote opened on line 1 is never closed",
      "tasks:~  - seq: 1~    content: a~   units: b~|4:4|YAML 语法错误：缩进与上面的行对不齐："
          + "同一组的键、同一列表的 `- ` 项须从同一列开始|YAML syntax error: the indentation does"
          + " not line up with the lines above",
      "title: 关于: 通知~|1:10|YAML 语法错误：这里不能出现 `: `|YAML syntax error: a `: ` where"
          + " none can be",
  })
  void commonMistakesAreExplainedInOurWords(String yaml, String at, String chinese,
      String english) {
    String text = yaml.replace('~', '\n').replace('»', '\t');
    assertTrue(Yaml12.compose(text, "x.yaml", 1, problems::add).isEmpty());
    assertEquals(1, problems.size(), problems::toString);
    Problem p = problems.get(0);
    assertEquals("x.yaml:" + at, p.location().toString());
    assertTrue(p.message().in(Lang.ZH).startsWith(chinese), p.message().in(Lang.ZH));
    assertTrue(p.message().in(Lang.EN).startsWith(english), p.message().in(Lang.EN));
    for (String snakeYaml : List.of("could not find", "scanning", "parsing", "expected <",
        "mapping values", "TAB")) {
      assertTrue(!p.message().in(Lang.EN).contains(snakeYaml), p.message().in(Lang.EN));
    }
  }
}
