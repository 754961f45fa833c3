package org.gongkai.check;

import org.gongkai.model.Lang;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.BuildResult;
import org.gongkai.TestSite;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resident ID, mobile and bank card numbers in published text; allowances; --fix-masking. */
class PersonalDataRuleTest {

  // 330602 (绍兴越城) + 1990-01-01 + 123 + check character 1 (GB 11643-1999)
  static final String ID = "330602199001011231";
  // passes the checksum, but 1990-13-45 is no birth date
  static final String NO_BIRTH_DATE = "330602199013451234";
  // 18 digits, fails the checksum: an order number
  static final String ORDER_NUMBER = "202311010000123456";
  static final String CARD = "6222020200112230";

  @TempDir
  Path dir;

  @Test
  void anIdNumberInATaskCellIsAnErrorAtItsColumnWithTheMaskedForm() {
    TestSite site = Checks.site(dir).write("content/tzgg/list.yaml", Checks.tasks("名单",
        "2023-12-01", "  - seq: 1\n    content: 补助对象张三，身份证号" + ID + "。\n"));
    List<Problem> found = Checks.found(site, "personal-id");
    assertEquals(1, found.size(), found::toString);
    Problem p = found.get(0);
    assertEquals("content/tzgg/list.yaml:7:25", p.location().toString());
    assertTrue(p.hint().in(Lang.EN).contains("`33*************231`"), p.hint().in(Lang.EN));
  }

  @Test
  void numbersThatFailTheChecksumOrHaveNoBirthDateAreNotReported() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("订单",
        "2023-12-01", "", "订单号" + ORDER_NUMBER + "，编号" + NO_BIRTH_DATE + "。"));
    assertEquals(List.of(), Checks.found(site, "personal-id"));
  }

  @Test
  void mobileNumbersAreFoundAndNearMissesAreNot() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("联系",
        "2023-12-01", "", "联系人手机13812341234；座机0575-85123456；编号12345678901；"
            + "流水号138123412345。"));
    List<Problem> found = Checks.found(site, "personal-mobile");
    assertEquals(1, found.size(), found::toString);
    assertTrue(found.get(0).message().in(Lang.EN).contains("13812341234"));
    assertTrue(found.get(0).hint().in(Lang.EN).contains("`138****1234`"), found.get(0).hint().in(Lang.EN));
  }

  @Test
  void bankCardsPassingLuhnAreFoundInTitlesToo() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report(
        "退款账户" + CARD, "2023-12-01", "", "账号6222020200112231不通过校验。"));
    List<Problem> found = Checks.found(site, "personal-bankcard");
    assertEquals(1, found.size(), found::toString);
    assertEquals("content/tzgg/a.md:2:12", found.get(0).location().toString());
    assertTrue(found.get(0).hint().in(Lang.EN).contains("`6222********2230`"), found.get(0).hint().in(Lang.EN));
  }

  @Test
  void anAllowedValueIsListedAsANoteWithItsReason() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("热线",
        "2023-12-01", "allow:\n  - value: \"13812341234\"\n    reason: 公开的政务服务热线\n",
        "咨询电话13812341234。"));
    List<Problem> found = Checks.found(site, "personal-mobile");
    assertEquals(1, found.size());
    assertEquals(Severity.NOTE, found.get(0).severity());
    assertTrue(found.get(0).message().in(Lang.EN).contains("公开的政务服务热线"));
  }

  @Test
  void unpublishedDocumentsAreNotChecked() {
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", Checks.report("草稿",
        "2023-12-01", "draft: true\n", "身份证" + ID));
    assertEquals(List.of(), Checks.found(site, "personal-id"));
  }

  @Test
  void fixMaskingRewritesOnlyTheValuesAndListsEveryChange() {
    String original = Checks.report("名单", "2023-12-01", "", "张三 " + ID + "\r\n李四 "
        + ID + "，电话13812341234。");
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", original);
    BuildResult fixed = site.gongkai(Checks.TODAY, false).fixMasking();
    assertTrue(fixed.written());
    assertEquals(original.replace(ID, "33*************231").replace("13812341234",
        "138****1234"), site.read("content/tzgg/a.md"));
    List<String> changes = fixed.problems().stream().map(Problem::format).toList();
    assertEquals(3, changes.size(), changes::toString);
    assertTrue(changes.get(0).startsWith("content/tzgg/a.md:7:4: note: masked: `" + ID
        + "` → `33*************231`"), changes.get(0));
    assertFalse(Checks.check(site).hasErrors(), "after masking the check is clean");
  }

  /**
   * The review's case: --fix-masking rewrote the digits of an attachment's file name and of URLs,
   * breaking the links. Only text is masked; a file: value, a URL and a link target stay.
   */
  @Test
  void fixMaskingNeverRewritesAFileNameAUrlOrALinkTarget() {
    String phone = "13812341234";
    String original = Checks.report("名单", "2023-12-01", "attachments:\n  - title: 名单\n"
        + "    file: files/" + phone + ".pdf\n", "联系电话" + phone + "。\n\n"
        + "[名单](files/" + phone + ".pdf)，详见 https://www.example.gov.cn/q?tel=" + phone
        + " 。\n\n[ref]: https://www.example.gov.cn/" + phone + ".html\n");
    TestSite site = Checks.site(dir).write("content/tzgg/a.md", original)
        .write("content/tzgg/files/" + phone + ".pdf", "%PDF-1.4\n%%EOF\n");
    BuildResult fixed = site.gongkai(Checks.TODAY, false).fixMasking();
    assertTrue(fixed.written(), () -> fixed.problems().toString());
    String after = site.read("content/tzgg/a.md");
    assertEquals(original.replace("联系电话" + phone, "联系电话138****1234"), after);
    assertEquals(1, fixed.problems().size(), () -> fixed.problems().toString());
  }
}
