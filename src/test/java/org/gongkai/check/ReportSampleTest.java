package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.model.Text;
import org.junit.jupiter.api.Test;

/**
 * The problems every report test writes, made to be awkward: quotes, {@code <}, {@code &}, line
 * breaks, tabs, a terminal escape, emoji, Chinese, paths with spaces, {@code %}, {@code #} and
 * Chinese, line and column 0, a problem with no file, and a rule id that is not in the rule list.
 * The tests here are of {@link ReportInput} itself.
 */
class ReportSampleTest {

  static final String PATH = "content/通知 公告/2024 年度报告.md";
  static final String ODD_PATH = "content/100% #1?🚀.md";
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 4, 5, 6, 7, 0, ZoneOffset.ofHours(8));

  static final Map<String, RuleInfo> RULES = Map.of(
      "topic", rule("topic", "主题分类 is in the site's list",
          "国务院公文主题词表 (State Council subject categories)"),
      "unit-unknown", rule("unit-unknown",
          "responsible units named in tasks are listed in units.yaml", ""),
      "index-pattern", rule("index-pattern",
          "site.yaml's indexPattern uses only {organCode}, {year}, {month} and {seq:N}",
          "《政府信息公开条例》 \"索引号\" & <编码规则>"),
      "organ-code", rule("organ-code",
          "18-character organ codes pass the GB 32100-2015 check character", "GB 32100-2015"),
      "link-external", rule("link-external", "links that leave the site", ""),
      "publisher-missing", rule("publisher-missing",
          "every document has a 发布机构", "《政府信息公开条例》第二十六条"));

  /** A rule whose title is the same in every language. */
  static RuleInfo rule(String id, String title, String source) {
    return new RuleInfo(id, Text.literal(title), source);
  }

  /** The sample problems, in their natural order. */
  static List<Problem> problems() {
    return List.of(
        problem("", 0, 0, Severity.WARNING, "yaml-syntax",
            "the site has no site.yaml", ""),
        problem(ODD_PATH, 1, 1, Severity.ERROR, "organ-code",
            "the organ code \u001B[31m11100000000000000X\u001B[0m fails the check",
            "copy the code again"),
        problem("content/a.md", 5, 1, Severity.NOTE, "link-external",
            "外部链接 https://example.org/?a=1&b=2", ""),
        problem(PATH, 3, 7, Severity.ERROR, "topic",
            "主题分类 \"A&B <x>\" is not in the site's list", "did you mean `综合政务/政务公开`?"),
        problem(PATH, 12, 0, Severity.WARNING, "unit-unknown",
            "task 2: the unit `发改委\t(旧)` is not in units.yaml\nsecond line", ""),
        problem("site.yaml", 0, 0, Severity.ERROR, "index-pattern",
            "indexPattern `C:\\{seq}` is not valid 🚀", "the default is\u2028{organCode}-{year}"));
  }

  /** A problem worded as it is, in every language (the reports' tests are about the form). */
  static Problem problem(String path, int line, int column, Severity severity, String ruleId,
      String message, String hint) {
    return new Problem(path, line, column, severity, ruleId, Text.literal(message),
        Text.literal(hint));
  }

  /** The folder with the copies of the SARIF and JUnit schemas (see its README). */
  static final Path SCHEMAS = Path.of("src/test/resources/schemas");

  /**
   * A JSON schema, read with the dialect its {@code $schema} names (draft 2020-12 if none), with
   * formats ({@code uri}, {@code uri-reference}, ...) checked, not just noted.
   */
  static Schema jsonSchema(Path file) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream in = Files.newInputStream(file)) {
      return registry.getSchema(in, InputFormat.JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong with the document, one line each; empty if it is valid. */
  static List<String> violations(Schema schema, String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  static ReportInput sample() {
    return new ReportInput(problems(), RULES, "0.1.0-test", 12, 30, Lang.EN);
  }

  static ReportInput empty() {
    return new ReportInput(List.of(), RULES, "0.1.0-test", 3, 7, Lang.EN);
  }

  @Test
  void problemsAreKeptInTheirNaturalOrderWhateverOrderTheyCameIn() {
    List<Problem> shuffled = new ArrayList<>(problems());
    Collections.reverse(shuffled);
    ReportInput input = new ReportInput(shuffled, RULES, "1", 0, 0, Lang.EN);
    assertEquals(problems().stream().sorted().toList(), input.problems());
    assertEquals("", input.problems().get(0).path());
    assertEquals("site.yaml", input.problems().get(5).path());
  }

  @Test
  void countsBySeverity() {
    ReportInput input = sample();
    assertEquals(3, input.count(Severity.ERROR));
    assertEquals(2, input.count(Severity.WARNING));
    assertEquals(1, input.count(Severity.NOTE));
  }

  @Test
  void listedRulesAreTheGivenOnesAndTheUnlistedIdsSortedById() {
    List<RuleInfo> rules = sample().listedRules();
    assertEquals(List.of("index-pattern", "link-external", "organ-code", "publisher-missing",
        "topic", "unit-unknown", "yaml-syntax"), rules.stream().map(RuleInfo::id).toList());
    assertEquals(new RuleInfo("yaml-syntax", Text.NONE, ""), rules.get(6));
  }

  @Test
  void aRuleFiledUnderAnotherIdIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ReportInput(List.of(), Map.of("topics", RULES.get("topic")), "1", 0, 0, Lang.EN));
    assertTrue(e.getMessage().contains("`topic` is filed under `topics`"), e.getMessage());
  }

  @Test
  void ruleInfoNeedsAnIdAndReadsNullAsEmpty() {
    assertThrows(IllegalArgumentException.class, () -> rule(" ", "t", "s"));
    assertThrows(NullPointerException.class, () -> rule(null, "t", "s"));
    assertEquals(new RuleInfo("x", Text.NONE, ""), new RuleInfo("x", null, null));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new ReportInput(List.of(), RULES, "1", -1, 0, Lang.EN));
  }
}
