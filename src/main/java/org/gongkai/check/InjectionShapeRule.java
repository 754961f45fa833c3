package org.gongkai.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.gongkai.model.Allowance;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.model.Unit;

/**
 * Injected SEO spam of brands no list knows: the shape {@code 某某登录,某某入口} spliced into
 * published text ({@link InjectionShape} says which shapes and why). The brand of a finding may be
 * a real platform the site uses: site.yaml's {@code knownPlatforms} names it for the whole site,
 * a document's {@code allow} entry (the matched text or the brand, with a reason) for that
 * document, listed as a note.
 */
final class InjectionShapeRule extends TextRule {

  @Override
  public String id() {
    return "injection-shape";
  }

  @Override
  public String source() {
    return "政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号): 单项否决 — 网站被攻击篡改、挂马";
  }

  @Override
  public Text description() {
    return Text.of("rule.injection-shape");
  }

  @Override
  public Set<String> reads() {
    return Set.of("site.yaml#knownPlatforms", "site.yaml#allowedLinkDomains",
        "site.yaml#baseUrl", "site.yaml#domain", "units.yaml");
  }

  @Override
  void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems) {
    String value = text.value();
    // made only when a text has a candidate brand, which is rare
    Predicate<String> known = new Predicate<>() {
      private Predicate<String> names;

      @Override
      public boolean test(String name) {
        if (names == null) {
          names = known(context);
        }
        return names.test(name);
      }
    };
    for (InjectionShape.Finding f : InjectionShape.find(value, known,
        domain -> allowedDomain(context).test(domain))) {
      String matched = f.in(value);
      Location at = context.locator().find(text.near(), matched);
      Allowance allowed = allowance(doc, matched, f.brand());
      if (allowed != null) {
        problems.accept(Problem.note(at, id(), Text.of("check.injection-shape-allowed",
            text.field(), matched, allowed.reason()), Text.NONE));
      } else {
        problems.accept(Problem.error(at, id(), Text.of("check.injection-shape", text.field(),
            matched, reason(f)), Text.of("check.injection-shape-hint", f.brand())));
      }
    }
  }

  private static Text reason(InjectionShape.Finding f) {
    return switch (f.reason()) {
      case LATIN_BRAND -> Text.of("check.injection-shape.latin", f.brand(), f.word());
      case REPEATED_BRAND -> Text.of("check.injection-shape.repeated", f.brand(), f.word());
      case CHAIN -> Text.of("check.injection-shape.chain", f.brand(), f.word());
      case DOMAIN -> Text.of("check.injection-shape.domain", f.brand(), f.word());
    };
  }

  /**
   * Whether a name is known: it contains a known platform of two characters or more, or a
   * unit's name or alias (a unit's own app is named after it).
   */
  static Predicate<String> known(CheckContext context) {
    List<String> names = new ArrayList<>(context.site().config().checks().knownPlatforms());
    for (Unit u : context.site().units()) {
      names.add(u.name());
      names.addAll(u.aliases());
    }
    List<String> lower = names.stream().map(String::strip)
        .filter(n -> n.codePointCount(0, n.length()) >= 2)
        .map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
    return name -> {
      String n = name.toLowerCase(Locale.ROOT);
      return lower.stream().anyMatch(n::contains);
    };
  }

  /** The domains links may point to: allowedLinkDomains and the site's own. */
  static Predicate<String> allowedDomain(CheckContext context) {
    List<String> allowed = new ArrayList<>(context.site().config().checks().allowedLinkDomains());
    allowed.add(context.site().config().domain());
    allowed.add(URI.create(context.site().config().baseUrl()).getHost());
    return domain -> LinkDomainRule.allowed(domain, allowed);
  }

  /** The document's allowance of this text or brand, or null. */
  private static Allowance allowance(Document doc, String matched, String brand) {
    return doc.meta().allow().stream()
        .filter(a -> matched.contains(a.value().strip()) && !a.value().isBlank()
            || a.value().strip().equals(brand))
        .findFirst().orElse(null);
  }
}
