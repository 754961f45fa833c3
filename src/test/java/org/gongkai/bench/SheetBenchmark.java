package org.gongkai.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.Gongkai;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Task;
import org.gongkai.model.TaskList;
import org.gongkai.model.UnitRef;
import org.gongkai.source.DocumentParser;

/**
 * The spreadsheet benchmark: a 1,000-row task table (the sample's 138 Pinghu tasks over and over,
 * with group rows and some unit cells run together) imported from .xlsx, .xls and .csv, then the
 * 1,000-task list exported by unit and whole, and the unit workbooks merged back. Each is timed
 * in this JVM after two warm-up runs (the median of five), so JVM start is not included.
 *
 * <p>Run: {@code mvn -B -o test-compile exec:java -Dexec.mainClass=org.gongkai.bench.SheetBenchmark
 * -Dexec.classpathScope=test} (rows with {@code -Dexec.args=5000}). Not a test: no timing is
 * asserted anywhere.
 */
public final class SheetBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final String[] HEADER = {"序号", "主要工作任务", "完成情况", "牵头单位"};

  private SheetBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0].trim()) : 1000;
    Path root = Path.of("").toAbsolutePath();
    Path work = root.resolve("target/bench/sheets-" + rows);
    deleteTree(work);
    Path site = copySample(root, work.resolve("site"));
    List<Task> pinghu = pinghu(root);
    List<String[]> table = table(pinghu, rows);
    Path xlsx = write(new XSSFWorkbook(), table, work.resolve("tasks.xlsx"));
    Path xls = write(new HSSFWorkbook(), table, work.resolve("tasks.xls"));
    Path csv = csv(table, work.resolve("tasks.csv"));
    Sheets sheets = Gongkai.builder().siteDirectory(site).today(TODAY).build().sheets();
    System.out.printf(Locale.ROOT, "%-28s %-8s %-10s %-10s %s%n", "step", "rows", "median s",
        "rows/s", "(" + Runtime.getRuntime().availableProcessors() + " cores, Java "
            + System.getProperty("java.version") + ")");
    int[] n = {0};
    for (Path file : List.of(xlsx, xls, csv)) {
      time("import " + file.getFileName(), rows, () -> check(sheets.importSheet(
          new Sheets.ImportRequest(file, null, null, null, null, null, "基准", "2023-07-10",
              "2023-07-12", "综合政务/政务公开", null, work.resolve("import-" + n[0]++ + ".yaml"),
              false))));
    }
    // the imported list, published in the site as a series, is what is exported and merged
    Path list = site.resolve("content/zwgk/zdgz/bench.yaml");
    check(sheets.importSheet(new Sheets.ImportRequest(xlsx, null, null, null, null, null,
        "基准1-6月", "2023-07-10", "2023-07-12", "综合政务/政务公开", null, list, false)));
    Files.writeString(list, Files.readString(list).replace("tasks:\n",
        "series: bench\nperiod: 1-6月\ntasks:\n"));
    time("export --by-unit", rows, () -> check(sheets.export(new Sheets.ExportRequest("bench",
        true, false, work.resolve("units-" + n[0]++), false))));
    time("export --whole", rows, () -> check(sheets.export(new Sheets.ExportRequest("bench",
        false, true, work.resolve("whole-" + n[0]++), false))));
    Path sent = work.resolve("units-sent");
    check(sheets.export(new Sheets.ExportRequest("bench", true, false, sent, false)));
    time("import --merge (by unit)", rows, () -> check(sheets.merge(new Sheets.MergeRequest(
        List.of(sent), "bench", "1-9月", null, "2023-10-10", "2023-10-12",
        work.resolve("merged-" + n[0]++ + ".yaml"), false))));
    long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    System.out.printf(Locale.ROOT, "heap in use at the end: %d MiB; files: %s (%d KiB),"
        + " %s (%d KiB), %s (%d KiB)%n", heap >> 20, xlsx.getFileName(), Files.size(xlsx) >> 10,
        xls.getFileName(), Files.size(xls) >> 10, csv.getFileName(), Files.size(csv) >> 10);
  }

  private static SheetResult check(SheetResult result) {
    if (result.hasErrors()) {
      throw new IllegalStateException(result.problems().stream().filter(Problem::isError)
          .map(Problem::format).toList().toString());
    }
    return result;
  }

  private static void time(String step, int rows, Supplier<SheetResult> run) {
    for (int i = 0; i < 2; i++) {
      run.get();
    }
    double[] seconds = new double[5];
    for (int i = 0; i < seconds.length; i++) {
      long start = System.nanoTime();
      run.get();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    double median = seconds[seconds.length / 2];
    System.out.printf(Locale.ROOT, "%-28s %-8d %-10.3f %-10.0f%n", step, rows, median,
        rows / median);
  }

  /** The sample's Pinghu tasks. */
  private static List<Task> pinghu(Path root) {
    String path = "content/zwgk/zdgz/2023-pinghu-zdgz-1-6.yaml";
    Document doc = new DocumentParser(root).parse(path, "zwgk/zdgz", p -> { }).orElseThrow();
    return ((TaskList) doc).tasks();
  }

  /** Header, then rows: a group row every 50 rows, every tenth unit cell run together. */
  private static List<String[]> table(List<Task> tasks, int rows) {
    List<String[]> out = new ArrayList<>();
    out.add(HEADER);
    for (int i = 0; i < rows; i++) {
      if (i % 50 == 0) {
        out.add(new String[] {"第" + (i / 50 + 1) + "部分"});
      }
      Task t = tasks.get(i % tasks.size());
      List<String> names = new ArrayList<>();
      for (UnitRef u : t.units()) {
        names.add(u.mark() + u.name());
      }
      out.add(new String[] {String.valueOf(i + 1), t.content() + "（" + (i + 1) + "）",
          t.progress() == null ? "" : t.progress(), String.join(i % 10 == 0 ? "" : "、", names)});
    }
    return out;
  }

  private static Path write(Workbook wb, List<String[]> table, Path file) throws IOException {
    Sheet sheet = wb.createSheet("任务");
    for (int r = 0; r < table.size(); r++) {
      Row row = sheet.createRow(r);
      String[] cells = table.get(r);
      for (int c = 0; c < cells.length; c++) {
        if (c == 0 && r > 0 && cells.length > 1) {
          row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
        } else if (!cells[c].isEmpty()) {
          row.createCell(c).setCellValue(cells[c]);
        }
      }
      if (cells.length == 1) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, HEADER.length - 1));
      }
    }
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      wb.write(out);
    }
    wb.close();
    return file;
  }

  private static Path csv(List<String[]> table, Path file) throws IOException {
    StringBuilder out = new StringBuilder("\uFEFF");
    for (String[] row : table) {
      if (row.length == 1) {
        continue; // CSV has no merged cells: no group rows
      }
      List<String> cells = new ArrayList<>();
      for (String c : row) {
        cells.add("\"" + c.replace("\"", "\"\"") + "\"");
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return Files.writeString(file, out, StandardCharsets.UTF_8);
  }

  private static Path copySample(Path root, Path site) throws IOException {
    Files.createDirectories(site);
    for (String f : List.of("site.yaml", "units.yaml", "index-ledger.yaml")) {
      Files.copy(root.resolve(f), site.resolve(f));
    }
    Path content = root.resolve("content");
    try (Stream<Path> walk = Files.walk(content)) {
      for (Path p : walk.toList()) {
        Path to = site.resolve("content").resolve(content.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return site;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
