package org.gongkai.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The input-method slips in the text, one line at a time: each is found at the column of the
 * offending character with the corrected line, and the same characters where they are ordinary
 * Chinese text are not. In the cases, {@code ~} is a line break.
 */
class YamlSlipsTest {

  private static List<YamlSlips.Slip> slips(String yaml) {
    return YamlSlips.find(yaml.replace('~', '\n'), 1, DocumentParser.KEY_NAMES);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "标题：关于开展检查的通知|1:3|COLON|标题|标题: 关于开展检查的通知",
      "title：关于开展检查的通知|1:6|COLON|title|title: 关于开展检查的通知",
      "title: 甲~发布日期： 2023-11-01|2:5|COLON|发布日期|发布日期: 2023-11-01",
      "tasks:~  - 序号：1~    content: 甲|2:7|COLON|序号|'  - 序号: 1'",
      "title:关于开展检查的通知|1:6|NO_SPACE|title|title: 关于开展检查的通知",
      "title: 甲~published:2023-11-01|2:10|NO_SPACE|published|published: 2023-11-01",
      "title:　关于|1:7|SPACE|U+3000|title: 关于",
      "tasks:~　　- seq: 1|2:1|SPACE|U+3000|'  - seq: 1'",
      "tasks:~  -　seq: 1|2:4|SPACE|U+3000|'  - seq: 1'",
      "title: “关于: 某事”|1:8|QUOTE|“”|title: \"关于: 某事\"",
      "published: “2023-11-01”|1:12|QUOTE|“”|published: \"2023-11-01\"",
      "title: ‘关于 #3 号’  # 注释|1:8|QUOTE|‘’|title: \"关于 #3 号\"  # 注释",
      "units: [市财政局，市税务局]|1:13|COMMA|，|units: [市财政局, 市税务局]",
      "keywords: [甲， 乙，丙]|1:13|COMMA|，|keywords: [甲, 乙, 丙]",
      "units:~  [甲,~   乙，丙]|3:5|COMMA|，|'   乙, 丙]'",
  })
  void aSlipIsNamedAtItsColumnWithTheCorrectedLine(
      String yaml, String at, String kind, String found, String corrected) {
    List<YamlSlips.Slip> slips = slips(yaml);
    assertEquals(1, slips.size(), slips::toString);
    YamlSlips.Slip s = slips.get(0);
    assertEquals(at, s.line() + ":" + s.column());
    assertEquals(YamlSlips.Kind.valueOf(kind), s.kind());
    assertEquals(found, s.found());
    assertEquals(corrected, s.corrected());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title: 关于：某事",
      "标题: 关于：某事的通知",
      "title: 关于“最多跑一次”改革",
      "title: “十四五”规划纲要",
      "title: “最多跑一次”",
      "keywords: [“放管服”, 营商环境]",
      "allow: [{value: \"13800000000\", reason: 热线，对外公布}]",
      "progress: |~  　　第一段，全角空格缩进段落。~  　　第二段：内容。~status: 推进中",
      "content: 第一句，~  第二句：内容~units: [甲]",
      "keywords:~  - 第一阶段：完成建设~  - 序号",
      "title: 甲 # 注：这是注释",
      "baseUrl: https://www.example.gov.cn/",
      "published: 2023-11-01 15:00",
      "title: \"关于：某事，\"~description: '甲：乙'",
      "title: \"第一行~  第二行：标题：x\"~topic: 政务公开",
      "- 市发改委~- name: 市财政局~  aliases: [市财政, 财政局]",
  })
  void ordinaryChineseTextIsNoSlip(String yaml) {
    assertEquals(List.of(), slips(yaml));
  }

  @Test
  void twoSlipsOnALineAreTwoFindingsWithOneCorrectedLine() {
    List<YamlSlips.Slip> found = slips("tasks:~　 - 责任单位：[甲，乙]");
    assertEquals(3, found.size(), found::toString);
    for (YamlSlips.Slip s : found) {
      assertEquals("  - 责任单位: [甲, 乙]", s.corrected());
    }
  }

  /** Every YAML file and front matter of the repository's own sites reads without a slip. */
  @Test
  void noYamlOfTheSampleOrTheTestSitesHasASlip() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/sites"),
        Path.of("src/it"), Path.of("src/main/resources/org/gongkai/starter"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          String name = f.getFileName().toString();
          if (!(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md"))) {
            continue;
          }
          String text;
          try {
            text = Files.readString(f, StandardCharsets.UTF_8);
          } catch (java.nio.charset.MalformedInputException e) {
            continue; // the GBK spec cases
          }
          String yaml = text;
          int line = 1;
          if (name.endsWith(".md")) {
            if (FrontMatter.split(text).isEmpty()) {
              continue;
            }
            yaml = FrontMatter.split(text).get().yaml();
            line = 2;
          }
          files++;
          for (YamlSlips.Slip s : YamlSlips.find(yaml, line, DocumentParser.KEY_NAMES)) {
            found.add(f + ":" + s.line() + ":" + s.column() + " " + s.kind());
          }
        }
      }
    }
    assertTrue(files > 100, "files read: " + files);
    assertEquals(List.of(), found);
  }
}
