package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gongkai.config.StarterSite;
import org.gongkai.index.IndexPattern;
import org.gongkai.index.OrganCode;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;

/**
 * The site's identity: the values that name the site on every page (网站标识码, the SiteIDCode
 * meta tag) and its organ in every index number (机构代码). A placeholder left there (what
 * {@code gongkai init} writes, all zeros, a 网站标识码 of no province) names no real site or organ:
 * a warning in a check, and an error for a build or an index assignment ({@link
 * CheckContext#publishing}), since a number issued with a placeholder organ code would stay
 * wrong for ever once published.
 *
 * <p>Each value is an {@link Identity}: its key in site.yaml, how to read it, and the test that
 * tells a placeholder with the words that say why: the codes, and the ICP and public-security
 * filing numbers of the footer. An item that is not there at all is {@link IdentityMissingRule}'s.
 */
public final class IdentityRule implements Rule {

  public static final String ID = "identity-placeholder";

  /**
   * A value of site.yaml that identifies the site.
   *
   * @param key its key in site.yaml (where a finding points)
   * @param value how to read it from the settings
   * @param placeholder why the value is a placeholder, or empty when it is not
   * @param hint what to write instead
   */
  record Identity(String key, Function<SiteConfig, String> value,
      Function<String, Optional<Text>> placeholder, Text hint) {}

  static final List<Identity> SITE = List.of(
      new Identity("organCode", SiteConfig::organCode, IdentityRule::organCode,
          Text.of("check.identity.organ-code-hint")),
      new Identity("siteCode", SiteConfig::siteCode, IdentityRule::siteCode,
          Text.of("check.identity.site-code-hint")),
      new Identity("icp", c -> c.identity().icp(), v -> filing(v, "icp"),
          Text.of("check.identity.icp-hint")),
      new Identity("policeRecord", c -> c.identity().policeRecord(),
          v -> filing(v, "policeRecord"), Text.of("check.identity.police-record-hint")));

  /** The first two digits of a local 网站标识码: a province-level area code (GB/T 2260). */
  private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22",
      "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50",
      "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return "《政府网站发展指引》(国办发〔2017〕47号): 网站标识码; 政府信息公开目录系统实施指引（试行）";
  }

  @Override
  public Text description() {
    return Text.of("rule.identity-placeholder");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Problem p : findings(context.site(), context.indexPattern(), context.now())) {
      problems.accept(context.publishing() ? p : new Problem(p.path(), p.line(), p.column(),
          org.gongkai.model.Severity.WARNING, p.ruleId(), p.message(), p.hint()));
    }
  }

  /**
   * Every placeholder of a site, as errors: in site.yaml, in units.yaml's organ codes, and in
   * the numbers of documents public at {@code now} made with a placeholder organ code (a
   * scheduled one is renumbered before it is published: {@code --renumber-unpublished}). A key
   * that could not be read is left to its reading error.
   */
  public static List<Problem> findings(
      Site site, Optional<IndexPattern> pattern, java.time.LocalDateTime now) {
    List<Problem> out = new ArrayList<>();
    SiteConfig config = site.config();
    for (Identity identity : SITE) {
      if (site.failed(Site.SITE_FILE + "#" + identity.key())) {
        continue;
      }
      String value = identity.value().apply(config);
      identity.placeholder().apply(value == null ? "" : value.strip()).ifPresent(why ->
          out.add(Problem.error(config.at(identity.key()), ID, why, identity.hint())));
    }
    if (!site.failed(Site.UNITS_FILE)) {
      for (Unit unit : site.units()) {
        organCode(unit.organCode()).ifPresent(why -> out.add(Problem.error(unit.location(), ID,
            why, Text.of("check.identity.unit-organ-code-hint"))));
      }
    }
    pattern.ifPresent(p -> {
      for (Document doc : site.documents()) {
        String index = doc.meta().index();
        if (!doc.meta().isPublicAt(now)) {
          continue;
        }
        p.parse(index == null ? "" : index).map(IndexPattern.Parts::organCode)
            .filter(OrganCode::isPlaceholder)
            .ifPresent(organ -> out.add(Problem.error(doc.source().at("index"), ID,
                Text.of("check.identity.index", index, organ),
                Text.of("check.identity.index-hint", doc.source().path()))));
      }
    });
    return out;
  }

  /**
   * Why a filing number (ICP备案号, 公安机关备案号) is a placeholder, if it is: it has no digit, or
   * only zeros (浙ICP备00000000号); an empty or absent one is {@code identity-missing}'s.
   */
  static Optional<Text> filing(String number, String key) {
    if (number == null || number.isEmpty()) {
      return Optional.empty();
    }
    String digits = number.replaceAll("\\D", "");
    return digits.isEmpty() || digits.chars().allMatch(c -> c == '0')
        ? Optional.of(Text.of("check.identity.filing", number, key)) : Optional.empty();
  }

  /** Why an organ code is a placeholder ({@link OrganCode#isPlaceholder}), if it is. */
  public static Optional<Text> organCode(String code) {
    return OrganCode.isPlaceholder(code) ? Optional.of(Text.of("check.identity.organ-code", code))
        : Optional.empty();
  }

  /**
   * Why a 网站标识码 is a placeholder, if it is: the value init writes, one digit repeated,
   * {@code bm00000000}, or ten digits whose first two are no province's. A value of the wrong
   * shape is the reader's error ({@code site-code}), an empty one a missing field.
   */
  public static Optional<Text> siteCode(String code) {
    if (code == null || !code.matches("\\d{10}|bm\\d{8}")) {
      return Optional.empty();
    }
    String digits = code.startsWith("bm") ? code.substring(2) : code;
    if (code.equals(StarterSite.PLACEHOLDER_SITE_CODE) || digits.chars().distinct().count() == 1) {
      return Optional.of(Text.of("check.identity.site-code", code));
    }
    if (!code.startsWith("bm") && !PROVINCES.contains(code.substring(0, 2))) {
      return Optional.of(Text.of("check.identity.site-code-area", code, code.substring(0, 2)));
    }
    return Optional.empty();
  }
}
