package org.gongkai.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * A CSV file as Excel writes it: UTF-8 with or without a byte order mark ("CSV UTF-8"), GBK /
 * GB18030 (plain "CSV" on Chinese Windows) or UTF-16 with a byte order mark ("Unicode text",
 * tab-separated); separated by commas, tabs or semicolons, whichever the first line uses most.
 * One sheet, without a name: cells are located as {@code file.csv!C12}.
 */
final class CsvWorkbook implements WorkbookFile {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private final String text;

  private CsvWorkbook(String text) {
    this.text = text;
  }

  /**
   * Decodes the bytes of a CSV file.
   *
   * @param notes receives a note when the file was not UTF-8
   */
  static CsvWorkbook of(byte[] bytes, CellPlace place, Consumer<Problem> notes)
      throws SheetFailure {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new CsvWorkbook(strict(bytes, 3, StandardCharsets.UTF_8)
          .orElseThrow(() -> notEncoded("UTF-8")));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new CsvWorkbook(strict(bytes, 2, StandardCharsets.UTF_16LE)
          .orElseThrow(() -> notEncoded("UTF-16")));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new CsvWorkbook(strict(bytes, 2, StandardCharsets.UTF_16BE)
          .orElseThrow(() -> notEncoded("UTF-16")));
    }
    java.util.Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return new CsvWorkbook(utf8.get());
    }
    java.util.Optional<String> gbk = strict(bytes, 0, GB18030);
    if (gbk.isPresent()) {
      notes.accept(Problem.note(place.whole(), "sheet-encoding", Text.of("sheet.csv-gbk"),
          Text.of("sheet.csv-gbk-hint")));
      return new CsvWorkbook(gbk.get());
    }
    throw new SheetFailure("sheet-encoding", Text.of("sheet.csv-encoding"),
        Text.of("sheet.csv-encoding-hint"));
  }

  private static SheetFailure notEncoded(String encoding) {
    return new SheetFailure("sheet-encoding", Text.of("sheet.csv-bom-mismatch", encoding),
        Text.of("sheet.csv-encoding-hint"));
  }

  private static java.util.Optional<String> strict(byte[] bytes, int from, Charset charset) {
    try {
      return java.util.Optional.of(charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString());
    } catch (CharacterCodingException e) {
      return java.util.Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public List<Sheet> sheets() {
    return List.of(new Sheet("", false, ""));
  }

  @Override
  public SheetGrid read(Sheet sheet) throws SheetFailure {
    GridBuilder grid = new GridBuilder("");
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter()).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      int row = 0;
      for (CSVRecord record : parser) {
        grid.startRow(row, false);
        for (int c = 0; c < record.size(); c++) {
          grid.cell(c, record.get(c));
        }
        row++;
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.csv-broken"),
          Text.of("sheet.csv-broken-hint"));
    }
    return grid.build();
  }

  /** The separator the first line uses most: comma, tab or semicolon. */
  private char delimiter() {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    long commas = first.chars().filter(c -> c == ',').count();
    long tabs = first.chars().filter(c -> c == '\t').count();
    long semicolons = first.chars().filter(c -> c == ';').count();
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public void close() {
    // nothing is held open
  }
}
