package org.gongkai.check;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * JUnit XML, as Jenkins and other CI servers read it, in the strict form of the common JUnit XSD
 * (every attribute it requires is there).
 *
 * <p>One {@code <testsuite>} per rule that found something: a rule is the test that was run and
 * its findings are the cases, so a suite keeps its name from run to run (and CI history lines up
 * by rule) while files come and go; a rule's title and source go into the suite's properties.
 * Each error is a failing {@code <testcase>} (class name: the file; name: {@code line:column
 * rule-id}). A warning fails too when {@code failOnWarnings} is set; otherwise it is a passing case
 * and its text goes into the suite's {@code <system-out>}. Notes are not test results and are left
 * out. When there is no error or warning at all, the report has one passing case, {@code all
 * checks}, so that CI shows the check ran.
 */
final class ReportJunit {

  static final String SUITE = "gongkai check";
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private ReportJunit() {}

  private record Case(Problem problem, boolean fails) {}

  static String write(ReportInput in, OffsetDateTime timestamp, boolean failOnWarnings) {
    Map<String, List<Case>> perRule = new TreeMap<>();
    for (Problem p : in.problems()) {
      if (p.severity() != Severity.NOTE) {
        boolean fails = p.severity() == Severity.ERROR || failOnWarnings;
        perRule.computeIfAbsent(p.ruleId(), k -> new ArrayList<>()).add(new Case(p, fails));
      }
    }
    String time = TIMESTAMP.format(timestamp);
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      int id = 0;
      if (perRule.isEmpty()) {
        startSuite(xml, SUITE, id, 1, 0, time);
        properties(xml, in.toolVersion(), null, in.lang());
        testcase(xml, "gongkai", "all checks", null, in.lang());
        endSuite(xml, "");
      }
      for (Map.Entry<String, List<Case>> rule : perRule.entrySet()) {
        List<Case> cases = rule.getValue();
        int failures = (int) cases.stream().filter(Case::fails).count();
        startSuite(xml, SUITE + ": " + rule.getKey(), id++, cases.size(), failures, time);
        properties(xml, in.toolVersion(), in.rule(rule.getKey()), in.lang());
        StringBuilder out = new StringBuilder();
        for (Case c : cases) {
          Problem p = c.problem();
          testcase(xml, p.path(), p.line() + ":" + p.column() + " " + p.ruleId(),
              c.fails() ? p : null, in.lang());
          if (!c.fails()) {
            out.append(describe(p, in.lang())).append('\n');
          }
        }
        endSuite(xml, out.toString());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
    return text.toString();
  }

  private static void startSuite(XMLStreamWriter xml, String name, int id, int tests,
      int failures, String time) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", attribute(name));
    xml.writeAttribute("package", SUITE);
    xml.writeAttribute("id", Integer.toString(id));
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("time", "0");
    xml.writeAttribute("timestamp", time);
    // the report says nothing about the machine it was made on
    xml.writeAttribute("hostname", "localhost");
  }

  /** The tool, and the rule when there is one: the XSDs want at least one property. */
  private static void properties(XMLStreamWriter xml, String version, RuleInfo rule, Lang lang)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("properties");
    property(xml, "tool", "gongkai " + version);
    if (rule != null) {
      property(xml, "rule", rule.id());
      if (!rule.title().isEmpty()) {
        property(xml, "title", rule.title().in(lang));
      }
      if (!rule.source().isEmpty()) {
        property(xml, "source", rule.source());
      }
    }
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n      ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", attribute(value));
  }

  private static void testcase(XMLStreamWriter xml, String classname, String name,
      Problem failure, Lang lang) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    if (failure == null) {
      xml.writeEmptyElement("testcase");
      caseAttributes(xml, classname, name);
      return;
    }
    xml.writeStartElement("testcase");
    caseAttributes(xml, classname, name);
    xml.writeCharacters("\n      ");
    xml.writeStartElement("failure");
    xml.writeAttribute("type", attribute(failure.ruleId()));
    xml.writeAttribute("message", attribute(failure.message().in(lang)));
    xml.writeCharacters(text(describe(failure, lang)));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEndElement();
  }

  private static void caseAttributes(XMLStreamWriter xml, String classname, String name)
      throws XMLStreamException {
    xml.writeAttribute("name", attribute(name));
    xml.writeAttribute("classname", attribute(classname.isEmpty() ? "(no file)" : classname));
    xml.writeAttribute("time", "0");
  }

  private static void endSuite(XMLStreamWriter xml, String out) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("system-out");
    xml.writeCharacters(text(out));
    xml.writeEndElement();
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("system-err");
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  /** The problem as the text report shows it: its line, and its hint on the next. */
  private static String describe(Problem p, Lang lang) {
    String at = p.location().toString();
    String line = (at.isEmpty() ? Messages.get(lang, "common.no-file") : at) + ": "
        + p.severity().label() + ": " + p.ruleId() + ": " + p.message().in(lang);
    return p.hint().isEmpty() ? line
        : line + "\n  " + Messages.get(lang, "common.hint-line", p.hint());
  }

  /**
   * Text for an attribute: line breaks and tabs become spaces (a reader would turn them into
   * spaces anyway), and characters XML 1.0 cannot carry are replaced as in {@link #text}.
   */
  private static String attribute(String s) {
    return text(s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
  }

  /**
   * Text for an element: characters XML 1.0 cannot carry (control characters other than tab, line
   * feed and carriage return; U+FFFE, U+FFFF; unpaired surrogates) are written as visible
   * <code>&#92;uXXXX</code> escapes; the writer escapes {@code <}, {@code &} and quotes.
   */
  private static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE'
          || c == '\uFFFF' || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
