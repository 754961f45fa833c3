package org.gongkai.check;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.SiteIdentity;
import org.gongkai.model.Text;

/**
 * The footer items a government site must carry that site.yaml does not give: each a warning
 * naming the key to add (a site may be checked before its filings are done, so it still builds).
 * A site that is not a 党政机关 site says {@code partyGovMark: none}; one that is needs the mark's
 * image in static/ and its verification link.
 */
final class IdentityMissingRule implements Rule {

  static final String ID = "identity-missing";

  /** A footer item: its key in site.yaml, its label, an example, and how to read it. */
  private record Item(String key, String label, String example,
      Function<SiteIdentity, String> value) {}

  private static final List<Item> ITEMS = List.of(
      new Item("sponsor", "主办单位", "sponsor: 某某市人民政府办公室", SiteIdentity::sponsor),
      new Item("organizer", "承办单位", "organizer: 某某市大数据发展管理局",
          SiteIdentity::organizer),
      new Item("phone", "联系电话", "phone: 0575-12345678", SiteIdentity::phone),
      new Item("address", "地址", "address: 某某市某某路 1 号", SiteIdentity::address),
      new Item("icp", "ICP备案号", "icp: 浙ICP备12345678号-1", SiteIdentity::icp),
      new Item("policeRecord", "公安机关备案号", "policeRecord: 浙公网安备 33060202001234号",
          SiteIdentity::policeRecord));

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return "《政府网站发展指引》(国办发〔2017〕47号): 网站标识; 国办秘函〔2019〕19号; "
        + "党政机关网站标识 (中央编办)";
  }

  @Override
  public Text description() {
    return Text.of("rule.identity-missing");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    Site site = context.site();
    if (site.failed(Site.SITE_FILE)) {
      return;
    }
    SiteConfig config = site.config();
    SiteIdentity id = config.identity();
    for (Item item : ITEMS) {
      String value = item.value().apply(id);
      if ((value == null || value.isBlank()) && !site.failed(Site.SITE_FILE + "#" + item.key())) {
        problems.accept(Problem.warning(config.at(item.key()), ID,
            Text.of("check.identity.missing", item.label(), item.key()),
            Text.of("check.identity.missing-hint", item.example())));
      }
    }
    if (id.markNone() || site.failed(Site.SITE_FILE + "#partyGovMark")) {
      return;
    }
    if (id.markImage() == null) {
      problems.accept(Problem.warning(config.at("partyGovMark"), ID,
          Text.of("check.identity.mark-missing"), Text.of("check.identity.mark-missing-hint")));
      return;
    }
    if (!site.files().contains(id.markImage())) {
      problems.accept(Problem.warning(config.at("partyGovMark"), ID,
          Text.of("check.identity.mark-image", id.markImage()),
          Text.of("check.identity.mark-image-hint", id.markImage())));
    }
    if (id.markLink() == null || id.markLink().isBlank()) {
      problems.accept(Problem.warning(config.at("partyGovMark"), ID,
          Text.of("check.identity.mark-link"), Text.of("check.identity.mark-link-hint")));
    }
  }
}
