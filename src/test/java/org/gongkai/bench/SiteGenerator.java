package org.gongkai.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a site of N task-list documents for the benchmark: 20 tasks each, taken in turn from the
 * sample site's 138 real Pinghu tasks (about 17 KB of YAML per document), spread over 10 columns,
 * every four documents the four periods of one list, each document already numbered and in the
 * ledger so that the build is a frozen CI build.
 */
final class SiteGenerator {

  private static final Pattern TASK = Pattern.compile("(?m)^  - seq: \\d+\\n((?:    .*\\n|\\n)+)");
  private static final int TASKS_PER_DOCUMENT = 20;
  private static final int COLUMNS = 10;
  private static final String ORGAN = "11330600002577014T";
  /** Every four documents are the four periods of one list, as a city republishes them. */
  private static final String[] PERIODS = {"1-3月", "1-6月", "1-9月", "全年"};

  private SiteGenerator() {}

  static void generate(Path repo, Path site, int documents) throws IOException {
    Path marker = site.resolve(".generated-" + documents);
    if (Files.exists(marker)) {
      return;
    }
    deleteTree(site);
    String sample = Files.readString(repo.resolve(
        "content/zwgk/zdgz/2023-pinghu-zdgz-1-6.yaml"), StandardCharsets.UTF_8);
    List<String> tasks = new ArrayList<>();
    Matcher m = TASK.matcher(sample);
    while (m.find()) {
      tasks.add(m.group(1));
    }
    if (tasks.size() < TASKS_PER_DOCUMENT) {
      throw new IllegalStateException("the sample list has too few tasks");
    }
    Files.createDirectories(site);
    Files.copy(repo.resolve("units.yaml"), site.resolve("units.yaml"));
    Files.writeString(site.resolve("site.yaml"), """
        name: 基准测试网站
        siteCode: "3300000001"
        baseUrl: https://bench.example.gov.cn/
        publisher: 绍兴市人民政府办公室
        organCode: %s
        """.formatted(ORGAN));
    for (int c = 0; c < COLUMNS; c++) {
      Path column = site.resolve("content/col" + c);
      Files.createDirectories(column);
      Files.writeString(column.resolve("_column.yaml"), "title: 栏目" + c
          + "\ntype: 信息公开目录\ndescription: 基准测试栏目\n");
    }
    StringBuilder ledger = new StringBuilder();
    for (int i = 0; i < documents; i++) {
      int year = 2015 + (i / 4) % 10;
      String index = String.format("%s/%d-%06d", ORGAN, year, i + 1);
      String path = pathOf(i);
      String date = String.format("%d-%02d-%02d", year, 3 * (i % 4) + 3, 1 + (i / 4) % 28);
      StringBuilder doc = new StringBuilder()
          .append("title: 重点工作任务进展情况（第").append(i).append("期）\n")
          .append("index: ").append(index).append('\n')
          .append("written: ").append(date).append('\n')
          .append("published: \"").append(date).append(" 09:00\"\n")
          .append("topic: 综合政务/政务公开\n")
          .append("series: bench-").append(i / 4).append('\n')
          .append("period: ").append(PERIODS[i % 4]).append('\n')
          .append("headings: {content: 主要工作任务, progress: 完成情况, units: 牵头单位}\n")
          .append("tasks:\n");
      for (int t = 0; t < TASKS_PER_DOCUMENT; t++) {
        doc.append("  - seq: ").append(t + 1).append('\n')
            .append(tasks.get((i * 7 + t) % tasks.size()));
      }
      Path file = site.resolve(path);
      Files.writeString(file, doc.toString(), StandardCharsets.UTF_8);
      ledger.append("- index: \"").append(index).append("\"\n  path: \"").append(path)
          .append("\"\n  title: \"重点工作任务进展情况（第").append(i).append("期）\"\n")
          .append("  assigned: 2026-11-23\n  state: active\n  imported: true\n");
    }
    Files.writeString(site.resolve("index-ledger.yaml"), ledger.toString());
    Files.writeString(marker, "");
  }

  /** The file of document {@code i}. */
  static String pathOf(int i) {
    return String.format("content/col%d/list-%06d.yaml", (i / 4) % COLUMNS, i);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
