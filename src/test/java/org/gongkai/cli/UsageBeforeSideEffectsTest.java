package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gongkai.TestSite;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A usage error stops a command before it changes anything: no number assigned, no document
 * edited, no personal data masked, no output folder written.
 */
class UsageBeforeSideEffectsTest {

  @TempDir
  Path root;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
  }

  /** A site whose build numbers a document and publishes it. */
  private TestSite site() {
    return TestSite.create(root.resolve("site"))
        .report("content/tzgg/a.md", "通知甲", "2023-03-01");
  }

  /** A site where `check --fix-masking` would mask a mobile number. */
  private TestSite siteWithAMobileNumber() {
    return site().write("content/tzgg/b.md", "---\ntitle: 通知乙\nwritten: 2023-03-02\n"
        + "published: 2023-03-02\ntopic: 综合政务/其他\n---\n联系电话 13812345678。\n");
  }

  /** The review's case: `build --format xml` numbered, edited and published, then exit 2. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--format|xml|--format",
      "--fail-on|never|--fail-on",
      "--base-url|ftp://www.test.gov.cn/|--base-url",
      "--base-url|https://admin:secret@www.test.gov.cn/|--base-url",
      "--base-url|https://www.test.gov.cn/?a=1|--base-url",
      "--base-url|https://www.test.gov.cn/#top|--base-url"})
  void aBuildWithABadOptionChangesNothing(String option, String value, String named) {
    TestSite site = site();
    Map<String, String> before = site.snapshot();
    int code = run("--lang", "en", "build", "--site", site.dir().toString(), "--output",
        root.resolve("out").toString(), "--today", "2023-12-31", option, value);
    assertEquals(2, code, err::toString);
    assertTrue(err.toString().contains(named), err.toString());
    assertEquals(before, site.snapshot(), "no document was numbered");
    assertFalse(site.exists("index-ledger.yaml"));
    assertFalse(Files.exists(root.resolve("out")), "nothing was published");
  }

  @Test
  void checkWithFixMaskingAndABadFormatMasksNothing() {
    TestSite site = siteWithAMobileNumber();
    Map<String, String> before = site.snapshot();
    int code = run("check", "--site", site.dir().toString(), "--fix-masking", "--format",
        "xml");
    assertEquals(2, code, err::toString);
    assertEquals(before, site.snapshot(), "no personal data was masked");
  }

  @Test
  void aGoodBaseUrlStillWorks() {
    TestSite site = site();
    assertEquals(0, run("build", "--site", site.dir().toString(), "--output",
        root.resolve("out").toString(), "--today", "2023-12-31", "--base-url",
        "https://staging.test.gov.cn/gk"), err::toString);
    assertTrue(TestSites.read(root.resolve("out/index.html"))
        .contains("https://staging.test.gov.cn/gk/"));
  }
}
