package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The national format of the annual report on government information disclosure
 * (《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号): its six sections and the
 * rows and columns of its three tables, with the labels printed verbatim (docs/annual-report.md
 * names where they were copied from). Each row and column also has the key a web team writes in
 * YAML and a short Chinese label that may be written instead.
 */
public final class AnnualFormat {

  private AnnualFormat() {}

  /** The kind of body that reports, which sets the deadline (条例 art. 49 and 50). */
  public enum OrganKind {
    /** A government department: publishes by 31 January. */
    DEPARTMENT("department", "部门", 1, 31),
    /** A government, reported by its 政府信息公开工作主管部门: publishes by 31 March. */
    GOVERNMENT("government", "政府", 3, 31);

    private final String key;
    private final String label;
    private final int deadlineMonth;
    private final int deadlineDay;

    OrganKind(String key, String label, int deadlineMonth, int deadlineDay) {
      this.key = key;
      this.label = label;
      this.deadlineMonth = deadlineMonth;
      this.deadlineDay = deadlineDay;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** The last day the report on {@code year} may be published: in the following year. */
    public java.time.LocalDate deadline(int year) {
      return java.time.LocalDate.of(year + 1, deadlineMonth, deadlineDay);
    }

    /** The kind written as its key or its label, e.g. {@code department} or {@code 部门}. */
    public static java.util.Optional<OrganKind> parse(String written) {
      for (OrganKind k : values()) {
        if (k.key.equals(written) || k.label.equals(written)) {
          return java.util.Optional.of(k);
        }
      }
      return java.util.Optional.empty();
    }
  }

  /** The six sections, in their official order; the tables belong to the second to fourth. */
  public enum Section {
    SUMMARY("一、总体情况"),
    ACTIVE("二、主动公开政府信息情况"),
    APPLICATIONS("三、收到和处理政府信息公开申请情况"),
    APPEALS("四、政府信息公开行政复议、行政诉讼情况"),
    PROBLEMS("五、存在的主要问题及改进情况"),
    OTHER("六、其他需要报告的事项");

    private final String title;

    Section(String title) {
      this.title = title;
    }

    /** The heading as the format prints it. */
    public String title() {
      return title;
    }

    /**
     * The section a heading names: its title, white space and full-width or half-width forms
     * aside (一、 总体情况 is 一、总体情况).
     */
    public static java.util.Optional<Section> of(String heading) {
      String h = normal(heading);
      return java.util.Arrays.stream(values()).filter(s -> normal(s.title).equals(h))
          .findFirst();
    }

    /** The section whose number (一、 … 六、) a heading starts with, whatever its title. */
    public static java.util.Optional<Section> numbered(String heading) {
      String h = normal(heading);
      return java.util.Arrays.stream(values())
          .filter(s -> h.startsWith(normal(s.title).substring(0, 2))).findFirst();
    }

    private static String normal(String text) {
      return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
          .replaceAll("\\s+", "");
    }
  }

  /** What a row of table 2 counts: its column headings. */
  public enum Measure {
    MADE("made", "本年制发件数"),
    REPEALED("repealed", "本年废止件数"),
    IN_FORCE("inForce", "现行有效件数"),
    DECISIONS("decisions", "本年处理决定数量"),
    AMOUNT("amount", "本年收费金额（单位：万元）");

    private final String key;
    private final String label;

    Measure(String key, String label) {
      this.key = key;
      this.label = label;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A row of table 2 (主动公开政府信息情况): the item of 条例 art. 20 it reports and what it counts.
   * The fee is an amount in 万元; every other figure is a count.
   */
  public enum DisclosureRow {
    REGULATIONS("regulations", "规章", "第二十条第（一）项", Measure.MADE, Measure.REPEALED,
        Measure.IN_FORCE),
    NORMATIVE_DOCUMENTS("normativeDocuments", "行政规范性文件", "第二十条第（一）项", Measure.MADE,
        Measure.REPEALED, Measure.IN_FORCE),
    LICENSING("licensing", "行政许可", "第二十条第（五）项", Measure.DECISIONS),
    PUNISHMENT("punishment", "行政处罚", "第二十条第（六）项", Measure.DECISIONS),
    COERCION("coercion", "行政强制", "第二十条第（六）项", Measure.DECISIONS),
    FEES("fees", "行政事业性收费", "第二十条第（八）项", Measure.AMOUNT);

    private final String key;
    private final String label;
    private final String article;
    private final List<Measure> measures;

    DisclosureRow(String key, String label, String article, Measure... measures) {
      this.key = key;
      this.label = label;
      this.article = article;
      this.measures = List.of(measures);
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** The item of 条例 art. 20 the row belongs to, e.g. 第二十条第（一）项. */
    public String article() {
      return article;
    }

    public List<Measure> measures() {
      return measures;
    }

    /** Whether the row is an amount of money (万元, up to four decimals) rather than a count. */
    public boolean amount() {
      return measures.contains(Measure.AMOUNT);
    }
  }

  /** The columns of table 3: who applied. */
  public enum Applicant {
    NATURAL_PERSON("naturalPerson", "自然人", ""),
    BUSINESS("business", "商业企业", Applicant.ORGANISATION),
    RESEARCH("research", "科研机构", Applicant.ORGANISATION),
    PUBLIC_WELFARE("publicWelfare", "社会公益组织", Applicant.ORGANISATION),
    LEGAL_SERVICES("legalServices", "法律服务机构", Applicant.ORGANISATION),
    OTHER_ORGANISATION("otherOrganisation", "其他", Applicant.ORGANISATION),
    TOTAL("total", "总计", "");

    /** The heading over the five columns of organisations. */
    public static final String ORGANISATION = "法人或其他组织";
    /** The heading over every column. */
    public static final String APPLICANTS = "申请人情况";

    private final String key;
    private final String label;
    private final String group;

    Applicant(String key, String label, String group) {
      this.key = key;
      this.label = label;
      this.group = group;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** {@link #ORGANISATION} for the five columns of organisations, else empty. */
    public String group() {
      return group;
    }

    /** The label with its group, e.g. 法人或其他组织 > 商业企业. */
    public String path() {
      return group.isEmpty() ? label : group + " > " + label;
    }

    /** The six columns whose sum is 总计. */
    public static List<Applicant> parts() {
      return List.of(values()).subList(0, TOTAL.ordinal());
    }
  }

  /** The groups of rows of table 3 under 三、本年度办理结果. */
  public enum ApplicationGroup {
    RESULTS("results", "本年度办理结果", "三、本年度办理结果", null),
    WITHHELD("withheld", "不予公开", "（三）不予公开", RESULTS),
    UNABLE("unableToProvide", "无法提供", "（四）无法提供", RESULTS),
    NOT_PROCESSED("notProcessed", "不予处理", "（五）不予处理", RESULTS),
    OTHER_HANDLING("otherHandling", "其他处理", "（六）其他处理", RESULTS);

    private final String key;
    private final String alias;
    private final String label;
    private final ApplicationGroup parent;

    ApplicationGroup(String key, String alias, String label, ApplicationGroup parent) {
      this.key = key;
      this.alias = alias;
      this.label = label;
      this.parent = parent;
    }

    public String key() {
      return key;
    }

    /** The short Chinese label a web team may write as the key. */
    public String alias() {
      return alias;
    }

    public String label() {
      return label;
    }

    /** The group this one is in, or null. */
    public ApplicationGroup parent() {
      return parent;
    }
  }

  /** The 25 rows of table 3, in printed order. */
  public enum ApplicationRow {
    NEW_RECEIVED("newReceived", "本年新收", "一、本年新收政府信息公开申请数量", null),
    CARRIED_OVER("carriedOver", "上年结转", "二、上年结转政府信息公开申请数量", null),
    GRANTED("granted", "予以公开", "（一）予以公开", ApplicationGroup.RESULTS),
    PARTLY_GRANTED("partlyGranted", "部分公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ApplicationGroup.RESULTS),
    STATE_SECRET("stateSecret", "属于国家秘密", "1.属于国家秘密", ApplicationGroup.WITHHELD),
    FORBIDDEN_BY_LAW("forbiddenByLaw", "其他法律行政法规禁止公开", "2.其他法律行政法规禁止公开",
        ApplicationGroup.WITHHELD),
    SECURITY_AND_STABILITY("securityAndStability", "危及“三安全一稳定”", "3.危及“三安全一稳定”",
        ApplicationGroup.WITHHELD),
    THIRD_PARTY("thirdPartyRights", "保护第三方合法权益", "4.保护第三方合法权益",
        ApplicationGroup.WITHHELD),
    INTERNAL_AFFAIRS("internalAffairs", "属于三类内部事务信息", "5.属于三类内部事务信息",
        ApplicationGroup.WITHHELD),
    PROCESS_INFORMATION("processInformation", "属于四类过程性信息", "6.属于四类过程性信息",
        ApplicationGroup.WITHHELD),
    ENFORCEMENT_FILES("enforcementFiles", "属于行政执法案卷", "7.属于行政执法案卷",
        ApplicationGroup.WITHHELD),
    QUERIES("administrativeQueries", "属于行政查询事项", "8.属于行政查询事项",
        ApplicationGroup.WITHHELD),
    NOT_HELD("notHeld", "本机关不掌握相关政府信息", "1.本机关不掌握相关政府信息",
        ApplicationGroup.UNABLE),
    NEEDS_CREATING("needsCreating", "没有现成信息需要另行制作", "2.没有现成信息需要另行制作",
        ApplicationGroup.UNABLE),
    STILL_UNCLEAR("stillUnclear", "补正后申请内容仍不明确", "3.补正后申请内容仍不明确",
        ApplicationGroup.UNABLE),
    COMPLAINTS("complaints", "信访举报投诉类申请", "1.信访举报投诉类申请",
        ApplicationGroup.NOT_PROCESSED),
    REPEATED("repeated", "重复申请", "2.重复申请", ApplicationGroup.NOT_PROCESSED),
    PUBLICATIONS("publications", "要求提供公开出版物", "3.要求提供公开出版物",
        ApplicationGroup.NOT_PROCESSED),
    EXCESSIVE("excessive", "无正当理由大量反复申请", "4.无正当理由大量反复申请",
        ApplicationGroup.NOT_PROCESSED),
    CONFIRMATION("confirmation", "要求行政机关确认或重新出具已获取信息",
        "5.要求行政机关确认或重新出具已获取信息", ApplicationGroup.NOT_PROCESSED),
    NOT_CORRECTED("notCorrected", "逾期不补正",
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ApplicationGroup.OTHER_HANDLING),
    FEE_NOT_PAID("feeNotPaid", "逾期未缴费",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ApplicationGroup.OTHER_HANDLING),
    OTHER("other", "其他", "3.其他", ApplicationGroup.OTHER_HANDLING),
    RESULTS_TOTAL("total", "总计", "（七）总计", ApplicationGroup.RESULTS),
    CARRIED_FORWARD("carriedForward", "结转下年度继续办理", "四、结转下年度继续办理", null);

    /** The corner cell of table 3, as printed: the rule its columns follow. */
    public static final String BALANCE_NOTE =
        "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    private final String key;
    private final String alias;
    private final String label;
    private final ApplicationGroup group;

    ApplicationRow(String key, String alias, String label, ApplicationGroup group) {
      this.key = key;
      this.alias = alias;
      this.label = label;
      this.group = group;
    }

    public String key() {
      return key;
    }

    /** The short Chinese label a web team may write as the key. */
    public String alias() {
      return alias;
    }

    public String label() {
      return label;
    }

    /** The innermost group the row is in, or null for 一, 二 and 四. */
    public ApplicationGroup group() {
      return group;
    }

    /** The labels from the outermost group to the row, e.g. 三、本年度办理结果 > （三）不予公开 > 1.属于国家秘密. */
    public String path() {
      List<String> parts = new ArrayList<>();
      for (ApplicationGroup g = group; g != null; g = g.parent()) {
        parts.add(0, g.label());
      }
      parts.add(label);
      return String.join(" > ", parts);
    }

    /** The rows directly in a group, in order. */
    public static List<ApplicationRow> in(ApplicationGroup group) {
      return java.util.Arrays.stream(values()).filter(r -> r.group == group).toList();
    }

    /** The rows whose sum is （七）总计: （一）, （二） and every row of （三） to （六）. */
    public static List<ApplicationRow> results() {
      return java.util.Arrays.stream(values())
          .filter(r -> r.group != null && r != RESULTS_TOTAL).toList();
    }
  }

  /** The rows of table 4: administrative review, and the two kinds of lawsuit. */
  public enum AppealRow {
    REVIEW("review", "行政复议", ""),
    SUED_DIRECTLY("suedDirectly", "未经复议直接起诉", AppealRow.LAWSUITS),
    SUED_AFTER_REVIEW("suedAfterReview", "复议后起诉", AppealRow.LAWSUITS);

    /** The heading over the two kinds of lawsuit. */
    public static final String LAWSUITS = "行政诉讼";

    private final String key;
    private final String label;
    private final String group;

    AppealRow(String key, String label, String group) {
      this.key = key;
      this.label = label;
      this.group = group;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** {@link #LAWSUITS} for the lawsuits, else empty. */
    public String group() {
      return group;
    }

    public String path() {
      return group.isEmpty() ? label : group + " > " + label;
    }
  }

  /** The results counted in each group of table 4. */
  public enum AppealResult {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    private final String key;
    private final String label;

    AppealResult(String key, String label) {
      this.key = key;
      this.label = label;
    }

    public String key() {
      return key;
    }

    public String label() {
      return label;
    }

    /** The four results whose sum is 总计. */
    public static List<AppealResult> parts() {
      return List.of(UPHELD, CORRECTED, OTHER, PENDING);
    }
  }
}
