package org.gongkai.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message exists in Chinese and in English: the two bundles of each name hold the same keys
 * with the same arguments, and every key the code names is in them.
 */
class MessagesTest {

  static final Path BUNDLES = Path.of("src/main/resources").resolve(Messages.FOLDER);
  static final Path CODE = Path.of("src/main/java");
  /** A key written in code: {@code Text.of("a.b", …)}, {@code Messages.get(lang, "a.b", …)}. */
  static final Pattern KEY_IN_CODE = Pattern.compile(
      "(?:Text\\.of\\(|Messages\\.get\\([^,()]+,|\\bmsg\\(|\\bt\\()\\s*\"([a-z][a-z0-9-]*\\.[A-Za-z0-9.-]+)\"");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(?:\\|[^}]*)?}");
  /** The command line's help, which picocli reads: {@code help_zh.properties}, {@code help_en…}. */
  static final Path HELP = Path.of("src/main/resources/org/gongkai/cli");
  static final Path CLI_CODE = CODE.resolve("org/gongkai/cli");
  /** What picocli fills in or expands in a help text: {@code ${DEFAULT-VALUE}}, {@code %n}. */
  static final Pattern HELP_VARIABLE = Pattern.compile("\\$\\{[^}]+}|%n");
  static final Pattern DESCRIPTION_KEY = Pattern.compile("descriptionKey\\s*=\\s*\"([^\"]+)\"");

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  static List<String> bundleNames() throws IOException {
    try (Stream<Path> files = Files.list(BUNDLES)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("_zh.properties") || n.endsWith("_en.properties"))
          .map(n -> n.substring(0, n.length() - "_zh.properties".length()))
          .distinct().sorted().toList();
    }
  }

  @Test
  void everyBundleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String name : bundleNames()) {
      Path zh = BUNDLES.resolve(name + "_zh.properties");
      Path en = BUNDLES.resolve(name + "_en.properties");
      if (!Files.exists(zh) || !Files.exists(en)) {
        wrong.add(name + ": needs both " + zh.getFileName() + " and " + en.getFileName());
        continue;
      }
      Properties z = load(zh);
      Properties e = load(en);
      Set<String> keys = new TreeSet<>(z.stringPropertyNames());
      keys.addAll(e.stringPropertyNames());
      for (String key : keys) {
        if (!key.startsWith(name + ".")) {
          wrong.add(key + ": belongs in the bundle named by its first part, not " + name);
        }
        String zs = z.getProperty(key);
        String es = e.getProperty(key);
        if (zs == null || es == null) {
          wrong.add(key + ": missing in " + (zs == null ? zh : en).getFileName());
        } else if (!placeholders(zs).equals(placeholders(es))) {
          wrong.add(key + ": the languages use different arguments " + placeholders(zs) + " / "
              + placeholders(es));
        } else if (zs.isBlank() || es.isBlank()) {
          wrong.add(key + ": is empty");
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyKeyTheCodeNamesIsInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(CODE)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
        while (m.find()) {
          String key = m.group(1);
          for (Lang lang : Lang.values()) {
            if (Messages.pattern(lang, key) == null) {
              missing.add(CODE.relativize(file) + ": " + key + " (" + lang.code() + ")");
            }
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theCommandLineHelpHasBothLanguagesWithTheSameKeysAndVariables() throws IOException {
    Properties zh = load(HELP.resolve("help_zh.properties"));
    Properties en = load(HELP.resolve("help_en.properties"));
    assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(zh.stringPropertyNames()));
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(zh.stringPropertyNames())) {
      if (!helpVariables(zh.getProperty(key)).equals(helpVariables(en.getProperty(key)))) {
        wrong.add(key + ": " + helpVariables(zh.getProperty(key)) + " / "
            + helpVariables(en.getProperty(key)));
      }
      if (zh.getProperty(key).isBlank() || en.getProperty(key).isBlank()) {
        wrong.add(key + ": is empty");
      }
    }
    // every descriptionKey the commands name is there
    try (Stream<Path> files = Files.list(CLI_CODE)) {
      for (Path file : files.sorted().toList()) {
        Matcher m = DESCRIPTION_KEY.matcher(Files.readString(file));
        while (m.find()) {
          if (!zh.containsKey(m.group(1))) {
            wrong.add(file.getFileName() + ": " + m.group(1) + " is in no help bundle");
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  static List<String> helpVariables(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = HELP_VARIABLE.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Set<String> placeholders(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void patternsFillArgumentsPickPluralFormsAndLeaveOtherBracesAlone() {
    assertEquals("提示：写成 x", Text.of("common.hint-line", "写成 x").in(Lang.ZH));
    assertEquals("hint: write x", Text.of("common.hint-line", "write x").in(Lang.EN));
    String pattern = "{0} {0|document|documents} in {1}, tokens {organCode} and {seq:6}";
    assertEquals("1 document in a, tokens {organCode} and {seq:6}",
        Messages.fill(Lang.EN, pattern, List.of(1, "a")));
    assertEquals("2 documents in 首页, tokens {organCode} and {seq:6}",
        Messages.fill(Lang.EN, pattern, List.of(2, Text.literal("首页"))));
    assertEquals("{9} stays", Messages.fill(Lang.EN, "{9} stays", List.of()));
    Map<String, String> none = Map.of();
    assertEquals(Lang.ZH, Lang.choose(null, none));
    assertEquals(Lang.EN, Lang.choose("en-US", none));
    assertEquals(Lang.EN, Lang.choose(null, Map.of(Lang.ENV, "en")));
    assertEquals(Lang.ZH, Lang.choose("zh_CN", Map.of(Lang.ENV, "en")));
    assertTrue(Lang.parse("klingon").isEmpty());
  }

  @Test
  void textKeepsArgumentsAndShowsLiteralsAsTheyAre() {
    Text literal = Text.literal("{organCode}/{year}");
    assertEquals("{organCode}/{year}", literal.in(Lang.EN));
    assertTrue(Text.NONE.isEmpty());
    assertFalse(Text.of("common.hint-line").isEmpty());
    assertEquals(Text.of("common.hint-line", "a", 1), Text.of("common.hint-line", "a", 1));
    Text list = Text.list(java.util.List.of("a.md", Text.of("common.no-file")));
    assertEquals("a.md、（无文件）", list.in(Lang.ZH));
    assertEquals("a.md, (no file)", list.in(Lang.EN));
    // a missing key shows itself and its arguments rather than nothing
    assertEquals("nosuch.key [x]", Text.of("nosuch.key", "x").in(Lang.ZH));
  }
}
