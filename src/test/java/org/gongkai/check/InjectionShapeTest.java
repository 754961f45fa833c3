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
import org.junit.jupiter.params.provider.CsvSource;

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
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kaiyun登录入口|kaiyun",
      "开云体育官网登录,开云体育app下载|开云体育",
      "bet365官网|bet365",
      "ayx爱游戏体育官网入口|ayx",
      "leyu乐鱼体育官网,leyu乐鱼体育入口|leyu乐鱼体育",
      "九游会登录，九游会入口|九游会",
      "星空体育官网-星空体育app|星空体育",
      "华体会hth登录|hth",
      "yabo下载|yabo",
      "k8凯发网址入口|k8凯发",
      "9377注册|9377",
      "澳门威尼斯人官网,澳门威尼斯人登录|澳门威尼斯人",
      "访问kaiyun.com进入开云官网|kaiyun.com",
      "访问 ky8.vip 立即注册|ky8.vip",
      "mgm美高梅官网登陆入口|美高梅",
      "boya 登录|boya",
      "jiuyou_登录|jiuyou",
      "ｋａｉｙｕｎ登录|ｋａｉｙｕｎ",
      "KAIYUN官网|KAIYUN",
      "开元棋牌官网,开元棋牌下载|开元棋牌",
      "888.cc注册送|888.cc",
      "ob欧宝官网 ob欧宝app下载|ob欧宝",
      "必威betway登录|betway",
      "188金宝博网址：188bet.com|188bet.com",
      "雷竞技raybet官网|raybet",
      "开云入口,开云登录|开云",
      "乐动体育app官网下载|乐动体育",
      "永利皇宫登录网址|永利皇宫",
      "鸭脖yabo官方网站|yabo",
      "LOL竞猜官网入口|LOL竞猜",
      "kaiyunapp|kaiyun",
      "pg电子-pg电子官网入口|pg电子",
      "金沙js333网址|js333",
      "xpj588.com登录|xpj588.com",
      "bob体育app官网入口|bob体育",
  })
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
