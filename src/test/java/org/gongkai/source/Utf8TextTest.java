package org.gongkai.source;

import org.gongkai.model.Lang;
import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8TextTest {

  @TempDir
  Path dir;

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void readsUtf8AndDropsTheByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "标题: 通知\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    Path f = TestSites.writeBytes(dir, "a.md", all);
    assertEquals(Optional.of("标题: 通知\n"), Utf8Text.read(f, "a.md", problems::add));
    assertTrue(problems.isEmpty());
  }

  @Test
  void aGbkFileIsAnErrorAtTheLineAndColumnOfTheFirstBadByte() {
    // line 1 is ASCII; line 2 has three ASCII characters, then GBK bytes (政 is D5 FE, and FE
    // never occurs in UTF-8). Some GBK pairs happen to be valid UTF-8 (通 is CD A8), so the
    // first bad byte is what counts.
    byte[] gbk = "---\nt: 政务公开\n".getBytes(Charset.forName("GBK"));
    Path f = TestSites.writeBytes(dir, "content/tzgg/gbk.md", gbk);
    assertEquals(Optional.empty(), Utf8Text.read(f, "content/tzgg/gbk.md", problems::add));
    Problem p = assertProblem(problems, "content/tzgg/gbk.md:2:4", Severity.ERROR, "encoding",
        "not valid UTF-8", "GBK");
    assertTrue(p.message().in(Lang.EN).contains("byte 0xD5 at offset 7"), p.message().in(Lang.EN));
  }

  @Test
  void theColumnCountsCharactersNotBytes() {
    byte[] head = "标题: 通知\n摘要: ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "政务".getBytes(Charset.forName("GBK"));
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    assertEquals(Optional.empty(), Utf8Text.decode(all, "x.md", problems::add));
    assertProblem(problems, "x.md:2:5", Severity.ERROR, "encoding");
  }

  @Test
  void aMissingFileIsReportedNotThrown() {
    assertEquals(Optional.empty(),
        Utf8Text.read(dir.resolve("nope.md"), "nope.md", problems::add));
    assertProblem(problems, "nope.md", Severity.ERROR, "file-unreadable");
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAnError() {
    byte[] text = "ab\n好".getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);
    assertEquals(Optional.empty(), Utf8Text.decode(cut, "t.yaml", problems::add));
    assertProblem(problems, "t.yaml:2:1", Severity.ERROR, "encoding");
  }
}
