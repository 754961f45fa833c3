package org.gongkai.config;

import org.gongkai.model.Text;
import org.gongkai.source.Field;
import org.gongkai.source.FieldSet;

/** The keys of site.yaml, _column.yaml and units.yaml with their Chinese labels. */
final class ConfigKeys {

  private ConfigKeys() {}

  static final Field NAME = Field.of("name", "网站名称");
  static final Field DOMAIN = Field.of("domain", "网站域名");
  static final Field SITE_CODE = Field.of("siteCode", "网站标识码");
  static final Field BASE_URL = Field.of("baseUrl", "网站地址");
  static final Field PUBLISHER = Field.of("publisher", "发布机构");
  static final Field ORGAN_CODE = Field.of("organCode", "机构代码");
  static final Field INDEX_PATTERN = Field.of("indexPattern", "索引号规则");
  static final Field TOPICS = Field.of("topics", "主题分类");
  static final Field PERMALINK = Field.of("permalink", "链接规则");
  static final Field PAGE_SIZE = Field.of("pageSize", "每页条数");
  static final Field TIMEZONE = Field.of("timezone", "时区");
  static final Field SITE_DESCRIPTION = Field.of("description", "网站描述");
  static final Field SITE_KEYWORDS = Field.of("keywords", "网站关键词");

  static final Field ALLOWED_LINK_DOMAINS = Field.of("allowedLinkDomains", "允许链接域名");
  static final Field SPAM_TERMS = Field.of("spamTerms", "违规词");
  static final Field EXTRA_SPAM_TERMS = Field.of("extraSpamTerms", "追加违规词");
  static final Field HOLIDAYS = Field.of("holidays", "节假日");
  static final Field KNOWN_PLATFORMS = Field.of("knownPlatforms", "已知平台");

  static final Field SPONSOR = Field.of("sponsor", "主办单位");
  static final Field ORGANIZER = Field.of("organizer", "承办单位");
  static final Field PHONE = Field.of("phone", "联系电话");
  static final Field ADDRESS = Field.of("address", "地址");
  static final Field ICP = Field.of("icp", "ICP备案号");
  static final Field POLICE_RECORD = Field.of("policeRecord", "公安机关备案号");
  static final Field PARTY_GOV_MARK = Field.of("partyGovMark", "党政机关网站标识");
  static final Field CONTACT_PAGE = Field.of("contactPage", "联系我们页面");
  static final Field ERROR_REPORT_URL = Field.of("errorReportUrl", "找错链接");

  static final Field MARK_IMAGE = Field.of("image", "图片");
  static final Field MARK_LINK = Field.of("link", "链接");
  static final FieldSet MARK = FieldSet.of(Text.of("config.what.party-gov-mark"), MARK_IMAGE,
      MARK_LINK);

  static final FieldSet SITE = FieldSet.of(Text.of("config.what.site"), NAME, DOMAIN, SITE_CODE,
      BASE_URL, PUBLISHER, ORGAN_CODE, INDEX_PATTERN, TOPICS, PERMALINK, PAGE_SIZE, TIMEZONE,
      SITE_DESCRIPTION, SITE_KEYWORDS, ALLOWED_LINK_DOMAINS, SPAM_TERMS, EXTRA_SPAM_TERMS,
      HOLIDAYS, KNOWN_PLATFORMS, SPONSOR, ORGANIZER, PHONE, ADDRESS, ICP, POLICE_RECORD,
      PARTY_GOV_MARK, CONTACT_PAGE, ERROR_REPORT_URL);

  static final Field TITLE = Field.of("title", "栏目名称");
  static final Field TYPE = Field.of("type", "栏目类型");
  static final Field DESCRIPTION = Field.of("description", "栏目描述");
  static final Field KEYWORDS = Field.of("keywords", "栏目关键词");
  static final Field ORDER = Field.of("order", "排序");
  static final Field UPDATE_INTERVAL = Field.of("updateInterval", "更新周期");

  static final FieldSet COLUMN = FieldSet.of(Text.of("config.what.column"), TITLE, TYPE,
      DESCRIPTION, KEYWORDS, ORDER, UPDATE_INTERVAL);

  static final Field UNIT_NAME = Field.of("name", "名称");
  static final Field ALIASES = Field.of("aliases", "别名");

  static final FieldSet UNIT =
      FieldSet.of(Text.of("config.what.unit"), UNIT_NAME, ALIASES, ORGAN_CODE);
}
