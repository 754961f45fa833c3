package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteWriterTest {

  @TempDir
  Path root;

  private Path site;
  private Path out;

  @BeforeEach
  void folders() throws IOException {
    site = Files.createDirectories(root.resolve("site"));
    out = root.resolve("public");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private List<String> rootEntries() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../x", "../../etc/passwd", "/abs", "/etc/passwd", "a\\b",
      "..\\x", "a/../../x", "", ".", "a/..", "C:x", "a\u0000b"})
  void pathsThatAreNotPlainRelativePathsInsideTheOutputAreRejected(String path)
      throws IOException {
    try (SiteWriter w = SiteWriter.open(out, site)) {
      OutputPathException e = assertThrows(OutputPathException.class,
          () -> w.write(path, bytes("x")));
      assertTrue(e.getMessage().contains("output path"), e.getMessage());
      assertThrows(OutputPathException.class,
          () -> w.copy(TestSites.write(site, "f.txt", "f"), path));
    }
    assertFalse(Files.exists(root.resolve("x")));
    assertFalse(Files.exists(out), "nothing was committed");
  }

  @Test
  void aCommittedSiteReplacesTheOutputAsAWhole() throws IOException {
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.write("index.html", bytes("one"));
      w.write("old/only-in-first.html", bytes("old"));
      w.commit();
    }
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.write("index.html", bytes("two"));
      w.write("zwgk/a/b.html", bytes("b"));
      w.copy(TestSites.write(site, "content/files/a.pdf", "%PDF"), "files/a.pdf");
      w.commit();
    }
    Map<String, String> tree = TestSites.snapshot(out);
    assertEquals(List.of(SiteWriter.MARKER, "files/", "files/a.pdf", "index.html", "zwgk/",
        "zwgk/a/", "zwgk/a/b.html"), List.copyOf(tree.keySet()));
    assertEquals("two", tree.get("index.html"));
    assertEquals(List.of("public", "site"), rootEntries(), "no temporary folders are left");
  }

  @Test
  void closingWithoutCommitLeavesThePreviousOutputByteForByte() throws IOException {
    TestSites.write(out, SiteWriter.MARKER, "");
    TestSites.write(out, "index.html", "上一版");
    TestSites.writeBytes(out, "files/a.bin", new byte[] {0, (byte) 0xFF, 10, 13});
    Map<String, String> before = TestSites.snapshot(out);
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.write("index.html", bytes("新版"));
      w.write("new.html", bytes("new"));
    }
    assertEquals(before, TestSites.snapshot(out));
    assertEquals(List.of("public", "site"), rootEntries(), "the staging folder is removed");
  }

  @Test
  void aNonEmptyFolderGongkaiDidNotWriteIsNeverReplaced() throws IOException {
    TestSites.write(out, "someone-elses.txt", "keep me");
    IOException e = assertThrows(IOException.class, () -> SiteWriter.open(out, site));
    assertTrue(e.getMessage().contains("not empty and was not written by gongkai"),
        e.getMessage());
    assertEquals(Map.of("someone-elses.txt", "keep me"), TestSites.snapshot(out));
    assertEquals(List.of("public", "site"), rootEntries());
  }

  @Test
  void anEmptyFolderOrOneWithTheMarkerIsReplaced() throws IOException {
    Files.createDirectories(out);
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.write("index.html", bytes("x"));
      w.commit();
    }
    assertTrue(Files.isRegularFile(out.resolve(SiteWriter.MARKER)));
    try (SiteWriter w = SiteWriter.open(out, site)) {
      w.commit();
    }
    assertFalse(Files.exists(out.resolve("index.html")));
  }

  @Test
  void anOutputFolderThatContainsTheSiteIsRefused() {
    IOException e = assertThrows(IOException.class, () -> SiteWriter.open(root, site));
    assertTrue(e.getMessage().contains("contains the site itself"), e.getMessage());
    IOException same = assertThrows(IOException.class, () -> SiteWriter.open(site, site));
    assertTrue(same.getMessage().contains("contains the site itself"), same.getMessage());
    IOException dotted = assertThrows(IOException.class,
        () -> SiteWriter.open(site.resolve("content/.."), site));
    assertTrue(dotted.getMessage().contains("contains the site itself"));
    assertTrue(Files.isDirectory(site));
  }

  @Test
  void anOutputInsideTheSiteIsAllowed() throws IOException {
    Path inside = site.resolve("site-output");
    try (SiteWriter w = SiteWriter.open(inside, site)) {
      w.write("index.html", bytes("x"));
      w.commit();
    }
    assertTrue(Files.isRegularFile(inside.resolve("index.html")));
  }

  @Test
  void aFileWhereTheOutputFolderShouldBeIsRefused() throws IOException {
    Files.writeString(out, "a file");
    IOException e = assertThrows(IOException.class, () -> SiteWriter.open(out, site));
    assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    assertEquals("a file", Files.readString(out));
  }
}
