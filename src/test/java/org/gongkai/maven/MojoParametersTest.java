package org.gongkai.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.gongkai.TestSite;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A wrong parameter stops a goal before it changes anything: the build goal with a report format
 * it does not know, or a base URL with a password in it, numbers no document and writes no site.
 */
class MojoParametersTest {

  @TempDir
  Path root;

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "xml|-|reportFormat",
      "-|https://admin:secret@www.test.gov.cn/|baseUrl",
      "-|https://www.test.gov.cn/?from=ci|baseUrl"})
  void aBadParameterStopsTheBuildGoalBeforeItChangesAnything(
      String reportFormat, String baseUrl, String named) {
    TestSite site = TestSite.create(root.resolve("site"))
        .report("content/tzgg/a.md", "通知甲", "2023-03-01");
    Map<String, String> before = site.snapshot();
    BuildMojo mojo = new BuildMojo();
    mojo.siteDirectory = site.dir().toFile();
    mojo.outputDirectory = root.resolve("out").toFile();
    mojo.frozen = "false";
    mojo.failOnWarnings = "false";
    mojo.skip = "false";
    mojo.useCache = "true";
    mojo.reportFormat = reportFormat;
    mojo.reportFile = root.resolve("report.txt").toFile();
    mojo.baseUrl = baseUrl;
    mojo.lang = "en";

    MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(e.getMessage().contains(named), e.getMessage());
    assertEquals(before, site.snapshot(), "no document was numbered");
    assertFalse(Files.exists(root.resolve("out")), "no site was written");
    assertFalse(Files.exists(root.resolve("report.txt")));
  }
}
