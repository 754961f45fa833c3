package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of injected SEO spam, for brands no list knows yet: a name followed by 登录, 入口,
 * 官网, 网址, 注册, 下载 or app (often twice, {@code 某某登录,某某入口}), spliced into an ordinary
 * sentence. Government text says such words too ({@code 登录浙江政务服务网}, {@code 浙里办APP},
 * {@code 统一身份认证平台登录入口}, {@code 台风登陆}), so one of these alone is never enough; a
 * finding needs one of four stronger signs:
 *
 * <ol>
 *   <li>{@link Reason#LATIN_BRAND}: a brand of Latin letters or digits right before the word
 *       ({@code kaiyun官网}, {@code bet365登录}, {@code 9377注册}), which government text has only
 *       for technical words (APP, PDF, CA, OA …, left out) and numbered services (12345, 12123 …,
 *       known platforms);
 *   <li>{@link Reason#REPEATED_BRAND}: the same name before two different such words within one
 *       sentence ({@code 九游会登录,九游会入口}), one of them a noun of spam (入口, 官网, 网址,
 *       app);
 *   <li>{@link Reason#CHAIN}: a name followed by a run of such words that holds 官网 or 网址
 *       ({@code 凯发网址入口}, {@code 乐动体育app官网下载});
 *   <li>{@link Reason#DOMAIN}: a bare domain outside the allowed ones in the same sentence as such
 *       a word ({@code 访问 ky8.vip 立即注册}).
 * </ol>
 *
 * <p>A name that is a known platform (the built-in list of government apps and services, the
 * site's {@code knownPlatforms}, a unit of units.yaml), a generic word (用户, 网上, 统一 …) or a
 * government's own site (…政府官网) is not a brand.
 */
final class InjectionShape {

  /** Why a piece of text has the shape of injected spam. */
  enum Reason {
    LATIN_BRAND, REPEATED_BRAND, CHAIN, DOMAIN
  }

  /**
   * One finding.
   *
   * @param start where the matched text starts in the text
   * @param end where it ends
   * @param brand the name taken for a brand (for a domain, the domain)
   * @param reason the sign that made it a finding
   * @param word the word after the brand (登录, 入口 …), or for a repeated brand both words
   */
  record Finding(int start, int end, String brand, Reason reason, String word) {
    String in(String text) {
      return text.substring(start, end);
    }
  }

  /** The words a spam brand is followed by; longer ones first where one starts another. */
  private static final List<String> WORDS =
      List.of("官方网站", "官网", "登录", "登陆", "入口", "网址", "注册", "平台", "下载", "app");
  /**
   * The characters a word of WORDS can start with, in either case: most positions of a text start
   * none, and skipping them spares ten case-folding comparisons each (11 % of a full build's
   * processor time went to them).
   */
  private static final String FIRST_CHARS = firstChars();
  /** The words that name a place of spam rather than an action any portal offers. */
  private static final Set<String> NOUNS = Set.of("入口", "官网", "官方网站", "网址", "app");
  private static final Set<String> CHAIN_MARKS = Set.of("官网", "官方网站", "网址");
  /** Latin words government text puts before 登录, 下载 …: not brands. */
  private static final Set<String> TECH = Set.of("app", "apps", "store", "appstore", "pc", "oa",
      "ca", "ukey", "key", "usb", "vpn", "wifi", "wlan", "qq", "email", "mail", "pdf", "word",
      "excel", "wps", "ofd", "doc", "docx", "xls", "xlsx", "zip", "rar", "ios", "android", "h5",
      "web", "www", "url", "id", "gps", "api", "sdk", "5g", "4g", "ai", "it", "ip", "sim", "nfc",
      "ocr", "ic", "cfca", "https", "http", "ftp", "html", "online", "etc", "cad", "dwg");
  /** Words that end a phrase before 登录 … in ordinary text: a name ending so is not a brand. */
  private static final List<String> GENERIC = List.of("用户", "个人", "企业", "法人", "统一",
      "网上", "在线", "线上", "手机", "移动", "系统", "服务", "政务", "扫码", "免费", "官方", "实名",
      "身份", "账号", "帐号", "网站", "门户", "首页", "点击", "进入", "通过", "软件", "应用", "程序",
      "公众号", "政府", "部门", "单位", "机关", "办公室", "平台", "专区", "页面", "版本", "进行", "及时",
      "可以", "即可", "可", "在", "并", "或", "和", "及", "与", "的", "请", "后", "中", "上", "时", "已",
      "再", "需", "须", "均", "将", "予", "以", "为", "于", "从", "到", "向", "对", "由", "也", "都",
      "新", "旧",
      // institutions: their sites and apps are named in official text (农业银行官网、农业银行APP)
      "银行", "公司", "集团", "医院", "学校", "大学", "学院", "中心", "协会", "电视台", "报社", "电信",
      "联通", "邮政", "税务", "医保", "社保", "公积金", "局", "委", "厅", "院", "馆", "站", "所", "网");
  private static final Pattern DOMAIN = Pattern.compile("(?<![A-Za-z0-9.@/-])((?:[A-Za-z0-9-]+\\.)+"
      + "(?:com|net|cc|vip|top|xyz|me|co|app|io|club|bet|tv|win|live|site|online|fun|shop|pro"
      + "|info|biz|asia|ws|la|in|tk|ml|cn))(?![A-Za-z0-9-])", Pattern.CASE_INSENSITIVE);
  /** Top-level domains of ordinary sites: spam only when the domain is spliced into the text. */
  private static final Set<String> COMMON_TLDS = Set.of("com", "net", "cn");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,5}");
  private static final String SENTENCE_ENDS = "。！？!?；;\n";
  private static final int PAIR_WINDOW = 40;
  private static final int DOMAIN_WINDOW = 30;
  private static final int MAX_BRAND = 10;

  private final String text;
  private final Predicate<String> known;
  private final Predicate<String> allowedDomain;
  private final List<int[]> words = new ArrayList<>();

  private InjectionShape(String text, Predicate<String> known, Predicate<String> allowedDomain) {
    this.text = text;
    this.known = known;
    this.allowedDomain = allowedDomain;
  }

  /**
   * Every finding in {@code text}, in text order, none overlapping another.
   *
   * @param known whether a name (a brand) is a known platform, service or unit
   * @param allowedDomain whether a domain (lower case) may be linked to
   */
  static List<Finding> find(String text, Predicate<String> known,
      Predicate<String> allowedDomain) {
    return new InjectionShape(text, known, allowedDomain).find();
  }

  private List<Finding> find() {
    locateWords();
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      latinBrand(i).ifPresent(out::add);
      chain(i).ifPresent(out::add);
      for (int j = i + 1; j < words.size() && words.get(j)[0] - words.get(i)[0] <= PAIR_WINDOW;
          j++) {
        repeated(i, j).ifPresent(out::add);
      }
    }
    domains(out);
    out.sort(java.util.Comparator.comparingInt(Finding::start).thenComparingInt(Finding::end));
    List<Finding> kept = new ArrayList<>();
    int end = -1;
    for (Finding f : out) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return kept;
  }

  /** Where each word is: {start, end, index in WORDS}. */
  private void locateWords() {
    for (int at = 0; at < text.length(); at++) {
      if (FIRST_CHARS.indexOf(text.charAt(at)) < 0) {
        continue;
      }
      for (int w = 0; w < WORDS.size(); w++) {
        String word = WORDS.get(w);
        if (text.regionMatches(true, at, word, 0, word.length())
            && (!word.equals("app") || !isLatin(charAt(at + 3)))) {
          words.add(new int[] {at, at + word.length(), w});
          at += word.length() - 1;
          break;
        }
      }
    }
  }

  private static String firstChars() {
    StringBuilder chars = new StringBuilder();
    for (String word : WORDS) {
      char c = word.charAt(0);
      // every character regionMatches(true, …) takes for c: its upper and lower case
      for (char variant : new char[] {c, Character.toUpperCase(c), Character.toLowerCase(c)}) {
        if (chars.indexOf(String.valueOf(variant)) < 0) {
          chars.append(variant);
        }
      }
    }
    return chars.toString();
  }

  private String word(int i) {
    return WORDS.get(words.get(i)[2]);
  }

  /** A brand of Latin letters or digits right before a word (one space, - or _ between). */
  private java.util.Optional<Finding> latinBrand(int i) {
    int[] w = words.get(i);
    if (word(i).equals("平台")) {
      return java.util.Optional.empty();
    }
    int end = w[0];
    if (end > 0 && " -_".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = end;
    while (start > 0 && isLatinOrDigit(text.charAt(start - 1))) {
      start--;
    }
    String brand = text.substring(start, end);
    String plain = java.text.Normalizer.normalize(brand, java.text.Normalizer.Form.NFKC);
    int length = brand.codePointCount(0, brand.length());
    boolean letters = brand.chars().anyMatch(InjectionShape::isLatin);
    if (length < 2 || !letters && (length < 3 || YEAR.matcher(plain).matches())
        || start > 0 && ".@/:".indexOf(charAt(start - 1)) >= 0
        || TECH.contains(plain.toLowerCase(Locale.ROOT)) || knownName(start, end)) {
      return java.util.Optional.empty();
    }
    if (ACRONYM.matcher(plain).matches() && (word(i).startsWith("官") || word(i).equals("下载"))) {
      return java.util.Optional.empty(); // an organisation's initials: WTO官网, ISO下载
    }
    return java.util.Optional.of(new Finding(start, w[1], brand, Reason.LATIN_BRAND, word(i)));
  }

  /** A name followed by two or more of the words in a row, one of them 官网 or 网址. */
  private java.util.Optional<Finding> chain(int i) {
    if (i > 0 && words.get(i - 1)[1] == words.get(i)[0]) {
      return java.util.Optional.empty(); // not the start of a run
    }
    int last = i;
    Set<String> seen = new java.util.HashSet<>(Set.of(word(i).toLowerCase(Locale.ROOT)));
    while (last + 1 < words.size() && words.get(last + 1)[0] == words.get(last)[1]) {
      last++;
      seen.add(word(last).toLowerCase(Locale.ROOT));
    }
    seen.remove("平台");
    if (seen.size() < 2 || seen.stream().noneMatch(CHAIN_MARKS::contains)) {
      return java.util.Optional.empty();
    }
    int start = brandStart(words.get(i)[0]);
    if (!brandLike(start, words.get(i)[0])) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Finding(start, words.get(last)[1],
        text.substring(start, words.get(i)[0]), Reason.CHAIN,
        text.substring(words.get(i)[0], words.get(last)[1])));
  }

  /** One name before two different words in one sentence, one of them a noun of spam. */
  private java.util.Optional<Finding> repeated(int i, int j) {
    String a = word(i).toLowerCase(Locale.ROOT);
    String b = word(j).toLowerCase(Locale.ROOT);
    if (a.equals(b) || !NOUNS.contains(a) && !NOUNS.contains(b)
        || a.equals("平台") && b.equals("平台")) {
      return java.util.Optional.empty();
    }
    int first = words.get(i)[0];
    int second = words.get(j)[0];
    for (int k = words.get(i)[1]; k < second; k++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
        return java.util.Optional.empty();
      }
    }
    int n = 0;
    while (n < MAX_BRAND && first - n > 0 && isNameChar(text.charAt(first - n - 1))
        && text.charAt(first - n - 1) == text.charAt(second - n - 1)) {
      n++;
    }
    if (n < 2 || !brandLike(first - n, first) || !brandLike(second - n, second)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Finding(first - n, words.get(i)[1],
        text.substring(first - n, first), Reason.REPEATED_BRAND,
        word(i) + "、" + word(j)));
  }

  /** Bare domains outside the allowed ones, in a sentence with one of the words. */
  private void domains(List<Finding> out) {
    if (!dotBeforeLetter()) {
      return; // no domain can end here: most texts, and the pattern is slow to say so
    }
    Matcher m = DOMAIN.matcher(text);
    while (m.find()) {
      String domain = m.group(1).toLowerCase(Locale.ROOT);
      if (domain.startsWith("www.") || allowedDomain.test(domain) || known.test(domain)
          || m.start() >= 2 && text.startsWith("//", m.start() - 2)) {
        continue; // a link: the link-domain rule judges it
      }
      String tld = domain.substring(domain.lastIndexOf('.') + 1);
      if (COMMON_TLDS.contains(tld) && domain.chars().noneMatch(Character::isDigit)
          && !isHan(charAt(m.start() - 1)) && !isHan(charAt(m.end()))) {
        continue; // an ordinary site cited as such, 中国人事考试网（cpta.com.cn）
      }
      for (int[] w : words) {
        String word = WORDS.get(w[2]);
        int from = Math.min(w[0], m.start());
        int to = Math.max(w[1], m.end());
        if (!word.equals("平台") && to - from <= DOMAIN_WINDOW + domain.length()
            && !crossesSentence(from, to)) {
          out.add(new Finding(m.start(), m.end(), m.group(1), Reason.DOMAIN, word));
          break;
        }
      }
    }
  }

  /** Whether a dot is followed by a Latin letter, as before every top-level domain. */
  private boolean dotBeforeLetter() {
    for (int at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
      char next = charAt(at + 1);
      if (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z') {
        return true;
      }
    }
    return false;
  }

  private boolean crossesSentence(int from, int to) {
    for (int k = from; k < to; k++) {
      if (SENTENCE_ENDS.indexOf(text.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a brand before {@code end} likely starts, in running text without spaces: the Latin
   * letters or digits that begin it and up to six Han characters after them ({@code kaiyun体育},
   * {@code ayx爱游戏体育}), else its last four Han characters (开云体育, 威尼斯人).
   */
  private int brandStart(int end) {
    int han = end;
    while (han > 0 && end - han < 6
        && Character.UnicodeScript.of(text.charAt(han - 1)) == Character.UnicodeScript.HAN) {
      han--;
    }
    int latin = han;
    while (latin > 0 && han - latin < MAX_BRAND && isLatinOrDigit(text.charAt(latin - 1))) {
      latin--;
    }
    return latin < han ? latin : Math.max(han, end - 4);
  }

  /** Where the name before {@code end} starts: the run of Han, Latin and digits, at most 10. */
  private int nameStart(int end) {
    int start = end;
    while (start > 0 && end - start < MAX_BRAND && isNameChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Whether the name in [start, end) can be a brand: two characters or more, not a word of the
   * list, not ending in a generic word, and not a known platform or unit.
   */
  private boolean brandLike(int start, int end) {
    String name = text.substring(start, end);
    if (name.codePointCount(0, name.length()) < 2 || WORDS.contains(name.toLowerCase(Locale.ROOT))
        || knownName(start, end)) {
      return false;
    }
    for (String g : GENERIC) {
      if (name.endsWith(g)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the name, or the longer name it ends (up to ten characters), is known. */
  private boolean knownName(int start, int end) {
    return known.test(text.substring(nameStart(end), end))
        || known.test(text.substring(start, end));
  }

  private char charAt(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isNameChar(char c) {
    return isLatinOrDigit(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  private static boolean isLatinOrDigit(int c) {
    return isLatin(c) || c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static boolean isLatin(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 'ａ' && c <= 'ｚ'
        || c >= 'Ａ' && c <= 'Ｚ';
  }
}
