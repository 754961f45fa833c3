package org.gongkai.model;

/**
 * What names a government website on every page, beside its name and 网站标识码 (政府网站发展指引,
 * 国办发〔2017〕47号): who runs it, how to reach them and its filings. Any value may be null when
 * site.yaml does not give it (a check names the key to add).
 *
 * @param sponsor 主办单位
 * @param organizer 承办单位
 * @param phone 联系电话
 * @param address 地址
 * @param icp ICP备案号, e.g. {@code 浙ICP备12345678号-1}
 * @param policeRecord 公安机关备案号, e.g. {@code 浙公网安备 33010802001234号}
 * @param markImage the 党政机关网站标识 image, a file under {@code static/}
 * @param markLink the verification link of the 党政机关网站标识
 * @param markNone whether site.yaml says the site carries no 党政机关网站标识 ({@code
 *     partyGovMark: none}: it is not a 党政机关 site)
 * @param contactPage the site path of the site's own 联系我们 page
 * @param errorReportUrl the 我为政府网站找错 link, with {@code {siteCode}} and {@code {url}}
 */
public record SiteIdentity(
    String sponsor, String organizer, String phone, String address, String icp,
    String policeRecord, String markImage, String markLink, boolean markNone, String contactPage,
    String errorReportUrl) {

  /** The national error-reporting platform's public entry (全国政府网站找错平台). */
  public static final String DEFAULT_ERROR_REPORT_URL =
      "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={siteCode}&url={url}";

  /** No identity beyond name and code: what a site.yaml that cannot be read gives. */
  public static SiteIdentity none() {
    return new SiteIdentity(null, null, null, null, null, null, null, null, false, null,
        DEFAULT_ERROR_REPORT_URL);
  }
}
