package org.gongkai.assemble;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlsTest {

  @ParameterizedTest(name = "from {0} to {1}")
  @CsvSource(delimiter = '|', value = {
      // from page                 | to site path                 | relative URL
      "index.html                  | /zwgk/index.html             | zwgk/index.html",
      "zwgk/index.html             | /index.html                  | ../index.html",
      "zwgk/index.html             | /zwgk/index_2.html           | index_2.html",
      "zwgk/tzgg/2023/a.html       | /zwgk/tzgg/2023/b.html       | b.html",
      "zwgk/tzgg/2023/a.html       | /zwgk/tzgg/index.html        | ../index.html",
      "zwgk/tzgg/2023/a.html       | /zwgk/zdgz/2023/list.html    | ../../zdgz/2023/list.html",
      "zwgk/tzgg/2023/a.html       | /index.html                  | ../../../index.html",
      "zwgk/tzgg/2023/a.html       | /assets/gongkai.css          | ../../../assets/gongkai.css",
      "a/b/c.html                  | /a/b/c.html#task-3           | c.html#task-3",
      "a/b.html                    | /a/b/c.html                  | b/c.html",
      "zwgk/index.html             | /zwgk                        | ../zwgk",
      "index.html                  | /                            | ./",
      "zwgk/index.html             | /zwgk/                       | ./",
      "index.html                  | /units/市财政局.html          | units/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80.html",
      "units/index.html            | /units/农开区(广陈镇).html     | %E5%86%9C%E5%BC%80%E5%8C%BA(%E5%B9%BF%E9%99%88%E9%95%87).html",
      "a.html                      | /a b.html                    | a%20b.html",
      "a.html                      | /a.html#任务                 | a.html#%E4%BB%BB%E5%8A%A1",
      "a.html                      | /x?y.html                    | x%3Fy.html",
  })
  void relativeLinksBetweenPages(String from, String to, String expected) {
    assertEquals(expected, Urls.relative(from, to));
  }

  @Test
  void rootedAndAbsoluteUrls() {
    assertEquals("/gk/zwgk/index.html", Urls.rooted("/gk/", "/zwgk/index.html"));
    assertEquals("/gk/zwgk/index.html", Urls.rooted("/gk", "/zwgk/index.html"));
    assertEquals("/index.html", Urls.rooted("/", "/index.html"));
    assertEquals("https://www.example.gov.cn/units/%E5%B8%82%E8%B4%A2%E6%94%BF%E5%B1%80.html",
        Urls.absolute("https://www.example.gov.cn/", "/units/市财政局.html"));
    assertEquals("https://www.example.gov.cn/", Urls.absolute("https://www.example.gov.cn/", "/"));
  }

  @Test
  void outputPaths() {
    assertEquals("index.html", Urls.outputPath("/"));
    assertEquals("zwgk/index.html", Urls.outputPath("/zwgk/"));
    assertEquals("zwgk/a.html", Urls.outputPath("/zwgk/a.html"));
  }
}
