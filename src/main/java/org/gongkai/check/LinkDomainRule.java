package org.gongkai.check;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Links and addresses in published text that point outside {@code allowedLinkDomains} (default
 * {@code *.gov.cn}) and the site's own domain: a spliced link to a gambling site is the typical
 * injection.
 */
final class LinkDomainRule extends TextRule {

  private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'）)\\]，。；、]+");

  @Override
  public String id() {
    return "link-domain";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号 (injected links); 《政府网站发展指引》(国办发〔2017〕47号)";
  }

  @Override
  public Text description() {
    return Text.of("rule.link-domain");
  }

  @Override
  public java.util.Set<String> reads() {
    return java.util.Set.of("site.yaml#allowedLinkDomains", "site.yaml#baseUrl",
        "site.yaml#domain");
  }

  @Override
  void checkText(
      CheckContext context, Document doc, DocumentTexts.Text text, Consumer<Problem> problems) {
    String value = text.value();
    if (value.indexOf("://") < 0 && value.indexOf("www.") < 0 && value.indexOf("WWW.") < 0) {
      return;
    }
    List<String> allowed = new java.util.ArrayList<>(
        context.site().config().checks().allowedLinkDomains());
    allowed.add(context.site().config().domain());
    allowed.add(URI.create(context.site().config().baseUrl()).getHost());
    Matcher m = URL.matcher(value);
    while (m.find()) {
      String host = host(m.group());
      if (host != null && !allowed(host, allowed)) {
        problems.accept(Problem.error(context.locator().find(text.near(), m.group()), id(),
            Text.of("check.link-domain", host, text.field(), m.group()),
            Text.of("check.link-domain-hint", Text.list(allowed))));
      }
    }
  }

  static String host(String url) {
    String u = url.toLowerCase(Locale.ROOT).startsWith("www.") ? "http://" + url : url;
    try {
      return new URI(u.replaceAll("[^\\x21-\\x7e].*$", "")).getHost();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  /** {@code *.gov.cn} matches gov.cn and every subdomain; other patterns match exactly. */
  static boolean allowed(String host, List<String> patterns) {
    String h = host.toLowerCase(Locale.ROOT);
    for (String p : patterns) {
      String pattern = p.toLowerCase(Locale.ROOT).strip();
      if (pattern.startsWith("*.")) {
        String base = pattern.substring(2);
        if (h.equals(base) || h.endsWith("." + base)) {
          return true;
        }
      } else if (h.equals(pattern)) {
        return true;
      }
    }
    return false;
  }
}
