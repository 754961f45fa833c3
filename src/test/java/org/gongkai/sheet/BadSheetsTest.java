package org.gongkai.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.SheetResult;
import org.gongkai.Sheets;
import org.gongkai.model.Lang;
import org.gongkai.model.Problem;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet arrives by e-mail: each kind of bad file gets a located error in gongkai's words
 * (never a library's), within bounded memory and time, and nothing is written.
 */
class BadSheetsTest {

  static final String SHEET = "xl/worksheets/sheet1.xml";
  static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String WORKSHEET = "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
      + "spreadsheetml/2006/main\"><sheetData>";

  @TempDir
  Path dir;
  Path site;
  Map<String, String> before;

  @BeforeEach
  void site() {
    site = SheetSites.sample(dir.resolve("site"));
    before = TestSites.snapshot(site);
  }

  /** Imports a file and returns the one problem it gives, after checking nothing was written. */
  private Problem onlyProblem(Path file) {
    SheetResult result = SheetImportTest.sheets(site).importSheet(new Sheets.ImportRequest(file,
        null, null, null, null, null, "标题", "2023-07-10", "2023-07-12", "综合政务/政务公开", null,
        site.resolve("content/zwgk/zdgz/bad.yaml"), false));
    assertTrue(result.hasErrors(), result.problems().toString());
    assertEquals(1, result.problems().size(), result.problems().toString());
    assertEquals(before, TestSites.snapshot(site), "nothing may be written");
    assertEquals(List.of(), result.written());
    Problem p = result.problems().get(0);
    assertFalse(p.hint().isEmpty() && p.ruleId().startsWith("sheet-file"), p.format());
    return p;
  }

  private Path goodXlsx(String name) {
    return Book.xlsx().sheet("Sheet1").row("序号", "内容", "责任单位").row(1, "任务。", "发改局")
        .write(dir.resolve(name));
  }

  /** The workbook with its first sheet's XML replaced by what {@code sheet} writes. */
  private Path withSheet(Path xlsx, String name, SheetXml sheet) throws IOException {
    Path out = dir.resolve(name);
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(xlsx));
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(SHEET)) {
          Writer w = new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8);
          sheet.write(w);
          w.flush();
        } else {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return out;
  }

  interface SheetXml {
    void write(Writer w) throws IOException;
  }

  @Test
  void aZipBombIsRefusedBeforeItIsUnpacked() throws Exception {
    Path bomb = withSheet(goodXlsx("good.xlsx"), "bomb.xlsx", w -> {
      w.write(HEAD + WORKSHEET);
      char[] spaces = new char[1 << 20];
      java.util.Arrays.fill(spaces, ' ');
      for (int i = 0; i < 80; i++) {
        w.write(spaces);
      }
      w.write("</sheetData></worksheet>");
    });
    assertTrue(Files.size(bomb) < 1_000_000, "80 MiB of XML packed into " + Files.size(bomb));
    Problem p = onlyProblem(bomb);
    assertEquals(bomb + "!Sheet1: error: sheet-unsafe: 文件中有一部分解压后异常巨大（超过 50 MiB 或压缩比异常），"
        + "疑似“压缩炸弹”，已拒绝读取", p.headline(Lang.ZH));
  }

  @Test
  void aMillionRowsAreCountedWhileStreamingAndRefusedAtTheLimit() throws Exception {
    Path big = withSheet(goodXlsx("good.xlsx"), "million.xlsx", w -> {
      w.write(HEAD + WORKSHEET);
      for (int r = 1; r <= 1_000_000; r++) {
        w.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
      }
      w.write("</sheetData></worksheet>");
    });
    Problem p = onlyProblem(big);
    assertEquals(big + "!Sheet1: error: sheet-too-large: 工作表超过 20000 行，已停止读取",
        p.headline(Lang.ZH));
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-PASSWORD");
    Path xxe = withSheet(goodXlsx("good.xlsx"), "xxe.xlsx", w -> w.write(HEAD
        + "<!DOCTYPE worksheet [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>" + WORKSHEET
        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>序号</t></is></c>"
        + "<c r=\"B1\" t=\"inlineStr\"><is><t>内容 &e;</t></is></c></row>"
        + "</sheetData></worksheet>"));
    Problem p = onlyProblem(xxe);
    assertEquals("sheet-unsafe", p.ruleId(), p.format());
    assertTrue(p.message().in(Lang.ZH).contains("DOCTYPE"), p.format());
    assertFalse(p.format().contains("TOP-SECRET"), p.format());
  }

  @Test
  void aPasswordProtectedWorkbookIsNamedSo() throws Exception {
    Path plain = goodXlsx("plain.xlsx");
    Path locked = dir.resolve("locked.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword("密码123");
      try (OutputStream os = enc.getDataStream(fs)) {
        os.write(Files.readAllBytes(plain));
      }
      try (OutputStream out = Files.newOutputStream(locked)) {
        fs.writeFilesystem(out);
      }
    }
    Problem p = onlyProblem(locked);
    assertEquals(locked + ": error: sheet-encrypted: 该文件设置了打开密码，gongkai 无法读取",
        p.headline(Lang.ZH));
    assertTrue(p.hint().in(Lang.ZH).contains("取消密码"), p.format());
  }

  @Test
  void damagedFilesWebPagesAndEmptyFiles() throws Exception {
    byte[] good = Files.readAllBytes(goodXlsx("good.xlsx"));
    Path truncated = Files.write(dir.resolve("truncated.xlsx"),
        java.util.Arrays.copyOf(good, good.length / 2));
    assertEquals(truncated + ": error: sheet-unreadable: 文件已损坏，或不是表格文件",
        onlyProblem(truncated).headline(Lang.ZH));

    Path html = dir.resolve("从网站导出.xls");
    Files.writeString(html, "<html><body><table><tr><td>序号</td><td>内容</td></tr></table>"
        + "</body></html>");
    Problem page = onlyProblem(html);
    assertEquals(html + ": error: sheet-unreadable: 该文件实际是网页（HTML），只是用了表格文件的扩展名"
        + "（常见于从网站导出的 .xls）", page.headline(Lang.ZH));
    assertTrue(page.hint().in(Lang.ZH).contains("另存为"), page.format());

    Path binary = Files.write(dir.resolve("image.xlsx"), new byte[] {(byte) 0x89, 'P', 'N', 'G',
        0, 0, 0, 13});
    assertEquals("sheet-unreadable", onlyProblem(binary).ruleId());

    Path zero = Files.write(dir.resolve("zero.xlsx"), new byte[0]);
    assertEquals(zero + ": error: sheet-empty: 文件是空的（0 字节）", onlyProblem(zero).headline(Lang.ZH));

    Path empty = Book.xlsx().sheet("Sheet1").write(dir.resolve("empty.xlsx"));
    assertEquals(empty + "!Sheet1: error: sheet-empty: 工作表是空的",
        onlyProblem(empty).headline(Lang.ZH));

    Path docx = dir.resolve("a.xlsx");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals("sheet-unreadable", onlyProblem(docx).ruleId());
  }

  @Test
  void aFormulaWithoutASavedResultIsAnErrorAtItsCell() throws Exception {
    Path file = Book.xlsx().sheet("Sheet1").row("序号", "内容", "进展", "责任单位")
        .row(1, "任务。", new Book.Formula("CONCATENATE(\"完成\",\"一半\")", null), "发改局")
        .write(dir.resolve("formula.xlsx"));
    Problem p = onlyProblem(file);
    assertEquals(file + "!Sheet1!C2: error: sheet-formula: 该单元格是公式，但文件中没有保存计算结果"
        + "（gongkai 不计算公式）", p.headline(Lang.ZH));
  }

  @Test
  void csvInAnEncodingThatIsNeitherUtf8NorGbkSaysWhichToSaveAs() throws Exception {
    Path file = Files.write(dir.resolve("latin.csv"), new byte[] {'a', ',', (byte) 0xFF,
        (byte) 0xFE, (byte) 0x80, '\n'});
    Problem p = onlyProblem(file);
    assertEquals(file + ": error: sheet-encoding: CSV 文件既不是 UTF-8 也不是 GBK（GB18030）编码，无法读取",
        p.headline(Lang.ZH));
    assertTrue(p.hint().in(Lang.ZH).contains("CSV UTF-8"), p.format());
  }

  @Test
  void aFileOverTheSizeLimitIsNotRead() throws Exception {
    Path file = dir.resolve("huge.csv");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] line = "1,任务,发改局\n".getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written <= SheetLimits.MAX_FILE_BYTES; written += line.length) {
        out.write(line);
      }
    }
    Problem p = onlyProblem(file);
    assertEquals(file + ": error: sheet-too-large: 文件有 20 MiB，超过表格导入的上限 20 MiB",
        p.headline(Lang.ZH));
  }

  /** Keeps the writer from closing the zip stream under it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
