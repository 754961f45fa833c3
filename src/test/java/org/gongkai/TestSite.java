package org.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A small site written into a folder for one test. */
public final class TestSite {

  public static final String SITE_YAML = """
      name: 测试网站
      siteCode: "3306000001"
      baseUrl: https://www.test.gov.cn/
      publisher: 测试市人民政府办公室
      organCode: 11330600002577014T
      sponsor: 测试市人民政府办公室
      organizer: 测试市大数据发展管理局
      phone: 0575-12345678
      address: 测试市测试路 1 号
      icp: 浙ICP备12345678号-1
      policeRecord: 浙公网安备 33060202001234号
      partyGovMark: none
      """;

  private final Path dir;

  private TestSite(Path dir) {
    this.dir = dir;
  }

  /** A site with site.yaml, a units.yaml and one column, {@code content/tzgg}. */
  public static TestSite create(Path dir) {
    TestSite site = new TestSite(dir);
    site.write("site.yaml", SITE_YAML);
    site.write("units.yaml", "- name: 市发改委\n- name: 市财政局\n");
    site.write("content/tzgg/_column.yaml", "title: 通知公告\ntype: 政策文件\n");
    return site;
  }

  public Path dir() {
    return dir;
  }

  public TestSite write(String path, String text) {
    return writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public TestSite writeBytes(String path, byte[] bytes) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A report with the given title and publication date and no index number. */
  public TestSite report(String path, String title, String published) {
    return write(path, "---\ntitle: " + title + "\nwritten: " + published.substring(0, 10)
        + "\npublished: " + published + "\ntopic: 综合政务/其他\n---\n" + title + "的正文。\n");
  }

  public String read(String path) {
    try {
      return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] bytes(String path) {
    try {
      return Files.readAllBytes(dir.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean exists(String path) {
    return Files.exists(dir.resolve(path));
  }

  public void move(String from, String to) {
    try {
      Files.createDirectories(dir.resolve(to).getParent());
      Files.move(dir.resolve(from), dir.resolve(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String path) {
    try {
      Files.delete(dir.resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file of the site (not its output) with its bytes, to compare before and after. */
  public Map<String, String> snapshot() {
    Map<String, String> out = new TreeMap<>();
    for (String f : SampleSite.files(dir)) {
      if (!f.startsWith("site-output/") && !f.startsWith("out/")
          && !f.startsWith(".gongkai-cache/")) {
        out.put(f, java.util.HexFormat.of().formatHex(bytes(f)));
      }
    }
    return out;
  }

  /** A facade on this site, as of a fixed day. */
  public Gongkai gongkai(LocalDate today, boolean frozen) {
    return Gongkai.builder().siteDirectory(dir).outputDirectory(dir.resolve("out")).today(today)
        .frozen(frozen).build();
  }
}
