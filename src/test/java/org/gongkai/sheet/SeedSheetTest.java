package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.SampleSite;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 004 is a responsibility list flattened to text: its 责任单位 cells lost their separators in
 * places (▲交通运输局建设局财政局公安局建设集团公管办). As a sheet whose unit cells are exactly the
 * seed's text, it imports to the sample site's list (which was made from the seed by hand): every
 * task's text, group and units, lead marks included.
 */
class SeedSheetTest {

  static final String SAMPLE = "content/zwgk/zdgz/2023-zhuji-zrqd.yaml";

  @TempDir
  Path dir;

  /** The seed's 97 rows: 序号, 主要工作 and 责任单位 as printed. */
  static List<String[]> seedRows() throws IOException {
    List<String> lines = Files.readAllLines(SampleSite.seed("004_d99142ccbca62ae2.txt"),
        StandardCharsets.UTF_8);
    List<String> cells = lines.subList(lines.indexOf("责任单位") + 1, lines.size()).stream()
        .filter(l -> !l.isBlank()).toList();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i + 2 < cells.size(); i += 3) {
      rows.add(new String[] {cells.get(i), cells.get(i + 1), cells.get(i + 2)});
    }
    return rows;
  }

  @Test
  void theSeedsUnitCellsResolveAsInTheSampleSite() throws Exception {
    Path site = SheetSites.sample(dir.resolve("site"));
    TaskList sample = SheetSites.list(site, SAMPLE);
    List<String[]> rows = seedRows();
    assertEquals(97, rows.size());
    // the 分块 column, merged down each group's rows, as the printed table had it
    Book book = Book.xlsx().sheet("附件").row("2023年《政府工作报告》主要目标任务分解清单")
        .merge("A1:D1").row("分块", "序号", "主要工作", "责任单位");
    int groupStart = 3;
    for (int i = 0; i < rows.size(); i++) {
      String group = sample.tasks().get(i).group();
      boolean first = i == 0 || !group.equals(sample.tasks().get(i - 1).group());
      book.row(first ? group : null, Integer.parseInt(rows.get(i)[0]), rows.get(i)[1],
          rows.get(i)[2]);
      boolean last = i == rows.size() - 1 || !group.equals(sample.tasks().get(i + 1).group());
      int excelRow = i + 3;
      if (first) {
        groupStart = excelRow;
      }
      if (last && excelRow > groupStart) {
        book.merge("A" + groupStart + ":A" + excelRow);
      }
    }
    Path file = book.write(dir.resolve("清单.xlsx"));
    Path out = site.resolve("content/zwgk/zdgz/2023-zhuji-imported.yaml");
    SheetResult result = SheetImportTest.sheets(site).importSheet(new Sheets.ImportRequest(file,
        null, null, null, null, null, "2023年《政府工作报告》主要目标任务分解清单", "2023-02-09",
        "2023-02-09 16:47", "综合政务/其他", null, out, false));
    assertFalse(result.hasErrors(), result.problems().toString());
    assertEquals(List.of(), result.problems().stream()
        .filter(p -> p.ruleId().equals("unit-unknown")).map(Problem::format).toList(),
        "every unit of the seed is known once the run-together names are split");
    TaskList imported = SheetSites.list(site, "content/zwgk/zdgz/2023-zhuji-imported.yaml");
    assertEquals(sample.tasks().size(), imported.tasks().size());
    for (int i = 0; i < sample.tasks().size(); i++) {
      Task want = sample.tasks().get(i);
      Task got = imported.tasks().get(i);
      assertEquals(want.seq(), got.seq());
      assertEquals(want.group(), got.group(), "group of task " + want.seq());
      assertEquals(want.content(), got.content(), "text of task " + want.seq());
      assertEquals(SheetSites.marked(want.units()), SheetSites.marked(got.units()), "units of task " + want.seq() + ", printed "
          + rows.get(i)[2]);
    }
    long splits = result.problems().stream()
        .filter(p -> p.ruleId().equals("sheet-unit-split")).count();
    assertEquals(17, splits, "docs/sample-site.md lists 17 cells whose names ran together");
    assertEquals(new org.gongkai.model.Headings("序号", "分块", "主要工作", "进展情况", "责任单位"),
        imported.headings());
  }
}
