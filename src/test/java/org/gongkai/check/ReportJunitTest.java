package org.gongkai.check;

import static org.gongkai.check.ReportSampleTest.AT;
import static org.gongkai.check.ReportSampleTest.SCHEMAS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.gongkai.model.Lang;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** The JUnit XML report, against the strict Windy Road XSD and Jenkins' own. */
class ReportJunitTest {

  static final Map<String, Schema> XSDS = Map.of(
      "JUnit.xsd", xsd("JUnit.xsd"),
      "jenkins-junit.xsd", xsd("jenkins-junit.xsd"));

  static Schema xsd(String name) {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(SCHEMAS.resolve(name).toFile());
    } catch (SAXException e) {
      throw new IllegalStateException(name, e);
    }
  }

  /** A suite's timestamp: to the second, with its offset from UTC (ISO 8601). */
  static final Pattern TIMESTAMP = Pattern.compile(
      " timestamp=\"(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})[+-]\\d{2}:\\d{2}\"");

  /**
   * Validates the report as the UTF-8 bytes a CI server would read; throws if it is invalid.
   * gongkai writes timestamps with their offset ({@code 2026-03-04T05:06:07+08:00}), so that a
   * CI server abroad shows the right time; the strict XSD's own pattern allows no offset ("Timezone
   * may not be specified"), so for it every timestamp must have that form and is checked without
   * the offset, everything else as it is.
   */
  static void validate(String schema, String xml) throws Exception {
    String checked = xml;
    if (schema.equals("JUnit.xsd")) {
      Matcher m = TIMESTAMP.matcher(xml);
      int stamps = 0;
      while (m.find()) {
        stamps++;
      }
      assertEquals(xml.split(" timestamp=\"", -1).length - 1, stamps,
          "every timestamp has an offset: " + xml);
      checked = m.replaceAll(" timestamp=\"$1\"");
    }
    XSDS.get(schema).newValidator().validate(
        new StreamSource(new ByteArrayInputStream(checked.getBytes(StandardCharsets.UTF_8))));
  }

  static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static Stream<String> schemas() {
    return XSDS.keySet().stream().sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyFormOfTheReportIsValid(String schema) throws Exception {
    for (boolean failOnWarnings : new boolean[] {false, true}) {
      validate(schema, Reports.junit(ReportSampleTest.sample(), AT, failOnWarnings));
      validate(schema, Reports.junit(ReportSampleTest.empty(), AT, failOnWarnings));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void theSchemaRejectsWhatIsNotJunitXml(String schema) {
    String good = Reports.junit(ReportSampleTest.sample(), AT, true);
    String noName = good.replaceFirst("<testcase name=\"[^\"]*\"", "<testcase");
    String stray = good.replaceFirst("<properties>", "<bogus/><properties>");
    for (String bad : List.of(noName, stray)) {
      assertNotEquals(good, bad, "the test did not change the report");
      assertThrows(SAXException.class, () -> validate(schema, bad), bad);
    }
  }

  @Test
  void theStrictSchemaAlsoWantsWhatJenkinsTakesAsOptional() {
    String good = Reports.junit(ReportSampleTest.sample(), AT, true);
    String noTimestamp = good.replaceFirst(" timestamp=\"[^\"]*\"", "");
    String noType = good.replaceFirst("<failure type=\"[^\"]*\"", "<failure");
    for (String bad : List.of(noTimestamp, noType)) {
      assertNotEquals(good, bad, "the test did not change the report");
      assertThrows(SAXException.class, () -> validate("JUnit.xsd", bad), bad);
    }
  }

  @Test
  void aSuitePerRuleThatFoundSomethingAndACasePerErrorOrWarning() throws Exception {
    Document doc = parse(Reports.junit(ReportSampleTest.sample(), AT, true));
    List<Element> suites = elements(doc, "testsuite");
    assertEquals(List.of("gongkai check: index-pattern", "gongkai check: organ-code",
        "gongkai check: topic", "gongkai check: unit-unknown", "gongkai check: yaml-syntax"),
        suites.stream().map(s -> s.getAttribute("name")).toList());
    for (int i = 0; i < suites.size(); i++) {
      Element suite = suites.get(i);
      assertEquals(Integer.toString(i), suite.getAttribute("id"));
      assertEquals("gongkai check", suite.getAttribute("package"));
      assertEquals("2026-03-04T05:06:07+08:00", suite.getAttribute("timestamp"));
      assertEquals("0", suite.getAttribute("errors"));
      // nothing is ever skipped; the strict XSD does not allow the attribute
      assertEquals("", suite.getAttribute("skipped"));
      int cases = suite.getElementsByTagName("testcase").getLength();
      int failures = suite.getElementsByTagName("failure").getLength();
      assertEquals(Integer.toString(cases), suite.getAttribute("tests"));
      assertEquals(Integer.toString(failures), suite.getAttribute("failures"));
    }
    // notes are not test results
    List<Element> cases = elements(doc, "testcase");
    assertEquals(5, cases.size());
    assertTrue(cases.stream().noneMatch(c -> c.getAttribute("classname").equals("content/a.md")));
  }

  @Test
  void aFailureCarriesTheRuleTheMessageAndTheHint() throws Exception {
    Document doc = parse(Reports.junit(ReportSampleTest.sample(), AT, true));
    Element topic = elements(doc, "testcase").stream()
        .filter(c -> c.getAttribute("name").equals("3:7 topic")).findFirst().orElseThrow();
    assertEquals(ReportSampleTest.PATH, topic.getAttribute("classname"));
    Element failure = (Element) topic.getElementsByTagName("failure").item(0);
    assertEquals("topic", failure.getAttribute("type"));
    assertEquals("主题分类 \"A&B <x>\" is not in the site's list", failure.getAttribute("message"));
    assertEquals(ReportSampleTest.PATH + ":3:7: error: topic: 主题分类 \"A&B <x>\" is not in the"
        + " site's list\n  hint: did you mean `综合政务/政务公开`?", failure.getTextContent());
  }

  @Test
  void textThatXmlCannotCarryIsShownNotDropped() throws Exception {
    String xml = Reports.junit(ReportSampleTest.sample(), AT, true);
    Document doc = parse(xml);
    Element organ = elements(doc, "testcase").stream()
        .filter(c -> c.getAttribute("name").equals("1:1 organ-code")).findFirst().orElseThrow();
    assertEquals(ReportSampleTest.ODD_PATH, organ.getAttribute("classname"));
    Element failure = (Element) organ.getElementsByTagName("failure").item(0);
    assertEquals("the organ code \\u001B[31m11100000000000000X\\u001B[0m fails the check",
        failure.getAttribute("message"));
    // line breaks and tabs in an attribute become spaces; the element text keeps them
    Element unit = elements(doc, "testcase").stream()
        .filter(c -> c.getAttribute("name").equals("12:0 unit-unknown")).findFirst()
        .orElseThrow();
    Element warning = (Element) unit.getElementsByTagName("failure").item(0);
    assertEquals("task 2: the unit `发改委 (旧)` is not in units.yaml second line",
        warning.getAttribute("message"));
    assertTrue(warning.getTextContent().contains("`发改委\t(旧)` is not in units.yaml\nsecond"),
        warning.getTextContent());
    // a rule source with quotes, < and & survives as a property
    Element property = elements(doc, "property").stream()
        .filter(p -> p.getAttribute("name").equals("source")
            && p.getAttribute("value").contains("索引号")).findFirst().orElseThrow();
    assertEquals(ReportSampleTest.RULES.get("index-pattern").source(),
        property.getAttribute("value"));
    assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
  }

  @Test
  void textThatLooksLikeMarkupOrIsNotXmlStillGivesWellFormedXml() throws Exception {
    ReportInput input = new ReportInput(List.of(ReportSampleTest.problem("a]]>.md", 1, 2,
        Severity.ERROR, "slug", "]]> <![CDATA[ &amp; \u0000 \uFFFF \ud800 end", "<!-- -->")),
        ReportSampleTest.RULES, "1", 1, 1, Lang.EN);
    String xml = Reports.junit(input, AT, true);
    for (String schema : XSDS.keySet()) {
      validate(schema, xml);
    }
    Element failure = elements(parse(xml), "failure").get(0);
    assertEquals("]]> <![CDATA[ &amp; \\u0000 \\uFFFF \\uD800 end",
        failure.getAttribute("message"));
    assertTrue(failure.getTextContent().endsWith("end\n  hint: <!-- -->"),
        failure.getTextContent());
    assertEquals("a]]>.md", elements(parse(xml), "testcase").get(0).getAttribute("classname"));
  }

  @Test
  void withoutFailOnWarningsAWarningPassesAndIsListedInTheSuiteOutput() throws Exception {
    Document doc = parse(Reports.junit(ReportSampleTest.sample(), AT, false));
    Element suite = elements(doc, "testsuite").stream()
        .filter(s -> s.getAttribute("name").equals("gongkai check: unit-unknown")).findFirst()
        .orElseThrow();
    assertEquals("1", suite.getAttribute("tests"));
    assertEquals("0", suite.getAttribute("failures"));
    assertEquals(0, suite.getElementsByTagName("failure").getLength());
    String out = suite.getElementsByTagName("system-out").item(0).getTextContent();
    assertTrue(out.startsWith(ReportSampleTest.PATH + ":12: warning: unit-unknown: task 2:"), out);
    // errors still fail
    long failures = elements(doc, "failure").size();
    assertEquals(3, failures);
  }

  @Test
  void withNothingToReportThereIsOnePassingCase() throws Exception {
    ReportInput notesOnly = new ReportInput(List.of(ReportSampleTest.problem("content/a.md", 1, 1,
        Severity.NOTE, "link-external", "a link", "")), ReportSampleTest.RULES, "1", 1, 1, Lang.EN);
    for (ReportInput input : List.of(ReportSampleTest.empty(), notesOnly)) {
      String xml = Reports.junit(input, AT, true);
      validate("JUnit.xsd", xml);
      Document doc = parse(xml);
      List<Element> suites = elements(doc, "testsuite");
      assertEquals(1, suites.size());
      assertEquals("gongkai check", suites.get(0).getAttribute("name"));
      assertEquals("1", suites.get(0).getAttribute("tests"));
      assertEquals("0", suites.get(0).getAttribute("failures"));
      List<Element> cases = elements(doc, "testcase");
      assertEquals(1, cases.size());
      assertEquals("all checks", cases.get(0).getAttribute("name"));
    }
  }

  @Test
  void theSameInputGivesTheSameText() {
    assertEquals(Reports.junit(ReportSampleTest.sample(), AT, true),
        Reports.junit(ReportSampleTest.sample(), AT, true));
  }
}
