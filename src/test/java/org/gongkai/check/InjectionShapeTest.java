package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.config.SiteReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shape of injected spam ({@link InjectionShape}) against real government text and spliced
 * spam: every text of the sample site and every seed page gives no finding; every spliced example,
 * with Latin, pinyin, digit and Chinese brands, with and without separators, twice or once with a
 * domain, is found, wherever in a real sentence it is spliced.
 */
class InjectionShapeTest {

  /** The sample site's settings and units: its known platforms and allowed domains. */
  private static final CheckContext SAMPLE = CheckContext.of(
      SiteReader.read(Path.of("."), p -> { }), LocalDateTime.of(2023, 12, 31, 23, 59));

  private static List<InjectionShape.Finding> find(String text) {
    return InjectionShape.find(text, InjectionShapeRule.known(SAMPLE),
        InjectionShapeRule.allowedDomain(SAMPLE));
  }

  @Test
  void noTextOfTheSampleSiteOrOfTheSeedPagesHasTheShape() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    for (Path root : List.of(Path.of("content"), Path.of("src/test/resources/seeds"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          String name = f.getFileName().toString();
          if (!name.endsWith(".md") && !name.endsWith(".yaml") && !name.endsWith(".txt")) {
            continue;
          }
          files++;
          String text = Files.readString(f, StandardCharsets.UTF_8);
          for (InjectionShape.Finding x : find(text)) {
            found.add(f + ": `" + x.in(text) + "` " + x.reason());
          }
        }
      }
    }
    assertTrue(files >= 10, "files read: " + files);
    assertEquals(List.of(), found);
  }

  /** What official text says with the same words: none of it is a finding. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "请登录浙江政务服务网，在“我要办”栏目中申请。",
      "群众可通过政务服务网登录，也可通过浙里办APP办理。",
      "通过统一身份认证平台登录入口进入系统。",
      "下载“浙里办”APP，在首页搜索“公积金”。",
      "实现用户注册、用户登录、在线申报一站式办理。",
      "申请人可在网上注册，也可在网上下载表格。",
      "受台风“梅花”登陆影响，全市启动防台风应急响应。",
      "附件PDF下载；Word版下载。",
      "使用CA证书登录，或使用UKey登录电子税务局。",
      "可拨打12345热线，或登录12345平台反映诉求。",
      "通过交管12123APP办理，或在12306官网购票。",
      "在App Store下载“浙里办”，扫码登录。",
      "市政府门户网站首页开设政务公开专区入口。",
      "完成开放平台建设，新媒体平台注册用户超过十万。",
      "企业开办“一件事”，工商注册0.5日办结，登录系统即可查询。",
      "详见www.zj.gov.cn或登录浙江政务服务网注册。",
      "详见WTO官网和ISO下载专区。",
      "可通过农业银行APP或农业银行官网查询补贴到账情况。",
      "2023注册会计师考试报名即将开始。",
      "报考人员登录中国人事考试网（cpta.com.cn）注册。",
      "办理ETC注册，可登录中国ETC服务平台。",
  })
  void officialTextWithTheSameWordsIsNoFinding(String text) {
    assertEquals(List.of(), find(text));
  }

  /**
   * Spliced spam, each spliced into a real sentence of seed 002 (a task cell) and of seed 001
   * (report prose) at the place a hacked page has it: the brand is found.
   */
  /** The spliced examples of {@code src/test/resources/injection-spliced.txt}: spam, brand. */
  static Stream<Arguments> splicedExamples() throws IOException {
    try (java.io.InputStream in = InjectionShapeTest.class.getResourceAsStream(
        "/injection-spliced.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> Arguments.of(l.substring(0, l.lastIndexOf('|')),
              l.substring(l.lastIndexOf('|') + 1)))
          .toList().stream();
    }
  }

  @Test
  void thereAreAtLeastThirtyExamples() throws IOException {
    assertTrue(splicedExamples().count() >= 30);
  }

  @ParameterizedTest
  @MethodSource("splicedExamples")
  void splicedSpamIsFoundWhereverItIsSpliced(String spam, String brand) {
    List<String> sentences = List.of(
        "加快推进平湖市共富方舟数字化应用" + spam + "，通过整合“感智汇”已有数据。",
        spam + "五年来，发展活力不断增强。",
        "纵深推进“最多跑一次”改革，" + spam);
    for (String sentence : sentences) {
      List<InjectionShape.Finding> found = find(sentence);
      assertTrue(found.stream().anyMatch(f -> f.in(sentence).contains(brand)),
          () -> "not found: " + spam + " in " + sentence + " " + found);
    }
  }
}
