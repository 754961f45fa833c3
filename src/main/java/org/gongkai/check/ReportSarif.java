package org.gongkai.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * SARIF 2.1.0 (OASIS), the format code-scanning views read: one run; the driver lists every rule,
 * and each problem is a result that points at its rule by id and index. File paths are relative
 * URIs against the base id {@code SRCROOT} (the site folder), which the consumer resolves; the
 * report does not say where the site was on disk.
 */
final class ReportSarif {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/gongkai/gongkai";
  static final String SRCROOT = "SRCROOT";

  private ReportSarif() {}

  static String write(ReportInput in) {
    List<RuleInfo> rules = in.listedRules();
    Map<String, Integer> index = new HashMap<>();
    Map<String, Severity> worst = new HashMap<>();
    for (Problem p : in.problems()) {
      worst.merge(p.ruleId(), p.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    List<Object> descriptors = new ArrayList<>();
    for (RuleInfo rule : rules) {
      index.put(rule.id(), descriptors.size());
      String title = rule.titleOrId().in(in.lang());
      String full = rule.source().isEmpty() ? title
          : Messages.get(in.lang(), "check.sarif.source", title, rule.source());
      descriptors.add(ReportJson.object(
          "id", rule.id(),
          "shortDescription", ReportJson.object("text", title),
          "fullDescription", ReportJson.object("text", full),
          // the most severe level the rule reported here; SARIF's own default when it found none
          "defaultConfiguration", ReportJson.object("level", level(worst.getOrDefault(rule.id(),
              Severity.WARNING)))));
    }

    List<Object> results = new ArrayList<>();
    for (Problem p : in.problems()) {
      Map<String, Object> result = ReportJson.object(
          "ruleId", p.ruleId(),
          "ruleIndex", index.get(p.ruleId()),
          "level", level(p.severity()),
          "message", ReportJson.object("text", p.hint().isEmpty() ? p.message().in(in.lang())
              : Messages.get(in.lang(), "common.hint-inline", p.message(), p.hint())));
      if (!p.path().isEmpty()) {
        Map<String, Object> physical = ReportJson.object("artifactLocation",
            ReportJson.object("uri", uri(p.path()), "uriBaseId", SRCROOT));
        if (p.line() > 0) {
          Map<String, Object> region = ReportJson.object("startLine", p.line());
          if (p.column() > 0) {
            region.put("startColumn", p.column());
          }
          physical.put("region", region);
        }
        result.put("locations", List.of(ReportJson.object("physicalLocation", physical)));
      }
      results.add(result);
    }

    Map<String, Object> driver = ReportJson.object(
        "name", "gongkai",
        "version", in.toolVersion(),
        "informationUri", INFORMATION_URI,
        "rules", descriptors);
    Map<String, Object> run = ReportJson.object(
        "tool", ReportJson.object("driver", driver),
        "results", results);
    return ReportJson.write(ReportJson.object(
        "$schema", SCHEMA,
        "version", "2.1.0",
        "runs", List.of(run)));
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /**
   * A relative path as a URI reference (RFC 3986): {@code /} separates segments, and every byte
   * of the UTF-8 form other than the unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) is
   * percent-encoded, so spaces, {@code %}, {@code #}, {@code ?}, {@code :} and Chinese names are
   * all safe.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-'
          || c == '.' || c == '_' || c == '~' || c == '/') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
