package org.gongkai.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file with the same bytes as in the previous output keeps its modification time; a build that
 * changes nothing leaves the output folder untouched.
 */
class SiteWriterReuseTest {

  @TempDir
  Path root;

  static final FileTime OLD = FileTime.fromMillis(1_000_000_000_000L);

  Path build(String... pathAndText) throws Exception {
    Path out = root.resolve("out");
    try (SiteWriter w = SiteWriter.open(out, root.resolve("site"))) {
      for (int i = 0; i < pathAndText.length; i += 2) {
        w.write(pathAndText[i], pathAndText[i + 1].getBytes(StandardCharsets.UTF_8));
      }
      w.commit();
    }
    return out;
  }

  @Test
  void unchangedFilesKeepTheirModificationTimeAndChangedOnesAreNew() throws Exception {
    Path out = build("a.html", "甲", "b/c.html", "乙", "gone.html", "丙");
    for (String f : new String[] {"a.html", "b/c.html", "gone.html"}) {
      Files.setLastModifiedTime(out.resolve(f), OLD);
    }
    build("a.html", "甲", "b/c.html", "乙（改）");
    assertEquals(OLD, Files.getLastModifiedTime(out.resolve("a.html")));
    assertFalse(OLD.equals(Files.getLastModifiedTime(out.resolve("b/c.html"))));
    assertEquals("乙（改）", Files.readString(out.resolve("b/c.html")));
    assertFalse(Files.exists(out.resolve("gone.html")), "a file no longer built is removed");
  }

  @Test
  void aBuildThatChangesNothingLeavesTheFolderAsItWas() throws Exception {
    Path out = build("a.html", "甲", "b/c.html", "乙");
    Files.setLastModifiedTime(out, OLD);
    Files.setLastModifiedTime(out.resolve("a.html"), OLD);
    Path out2;
    try (SiteWriter w = SiteWriter.open(root.resolve("out"), root.resolve("site"))) {
      w.write("a.html", "甲".getBytes(StandardCharsets.UTF_8));
      w.write("b/c.html", "乙".getBytes(StandardCharsets.UTF_8));
      assertFalse(w.commit(), "nothing changed");
      assertEquals(0, w.changedFiles());
      out2 = w.output();
    }
    assertEquals(OLD, Files.getLastModifiedTime(out2), "the folder itself was not replaced");
    assertEquals(OLD, Files.getLastModifiedTime(out2.resolve("a.html")));
    try (var siblings = Files.list(root)) {
      assertTrue(siblings.noneMatch(p -> p.getFileName().toString().startsWith(".out.")),
          "no staging folder is left behind");
    }
  }
}
