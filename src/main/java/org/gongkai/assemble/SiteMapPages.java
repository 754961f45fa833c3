package org.gongkai.assemble;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Location;
import org.gongkai.model.Text;

/**
 * The pages every government site links from its footer: 网站地图 (every column, with its
 * sub-columns and how many documents each holds) and, when the site has no page of its own, a
 * 联系我们 page made from the contact fields of site.yaml.
 */
final class SiteMapPages {

  private final SiteLayout layout;
  private final PageSet pages;

  SiteMapPages(SiteLayout layout, PageSet pages) {
    this.layout = layout;
    this.pages = pages;
  }

  void addAll() {
    List<Views.NavItem> others = new ArrayList<>();
    others.add(new Views.NavItem("信息公开目录", layout.siteView.cataloguePath()));
    others.add(new Views.NavItem("责任单位", layout.siteView.unitsPath()));
    others.add(new Views.NavItem("站内搜索", SiteAssembler.SEARCH_PAGE));
    others.add(new Views.NavItem("联系我们", layout.contactPath()));
    String path = SiteLayout.SITE_MAP_PAGE;
    pages.add(new Page(PageKind.SITE_MAP, path.substring(1), "网站地图", layout.absolute(path),
        layout.siteMeta(), List.of(new Views.Crumb("首页", "/index.html"),
            new Views.Crumb("网站地图", null)),
        new Views.SiteMapView(columns(""), others)),
        Location.of("content/"), Text.of("assemble.page.site-map"));
    if (layout.config.identity().contactPage() == null) {
      String contact = SiteLayout.CONTACT_PAGE;
      pages.add(new Page(PageKind.CONTACT, contact.substring(1), "联系我们",
          layout.absolute(contact), layout.siteMeta(), List.of(
              new Views.Crumb("首页", "/index.html"), new Views.Crumb("联系我们", null)), null),
          Location.of("site.yaml"), Text.of("assemble.page.contact"));
    }
  }

  private List<Views.SiteMapColumn> columns(String parent) {
    List<Views.SiteMapColumn> out = new ArrayList<>();
    for (Column c : layout.children(parent)) {
      int count = (int) layout.published().stream()
          .filter(d -> SiteLayout.inColumn(d, c.path())).count();
      out.add(new Views.SiteMapColumn(c.title(), SiteLayout.listingPath(c.path(), 1), count,
          columns(c.path())));
    }
    return out;
  }
}
