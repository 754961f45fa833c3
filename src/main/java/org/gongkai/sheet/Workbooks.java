package org.gongkai.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Opens a spreadsheet by what its first bytes say it is, not by its name: an {@code .xlsx} that is
 * really a web page, a CSV file or an encrypted document is recognised and said so.
 */
final class Workbooks {

  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
      (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

  private Workbooks() {}

  /**
   * Opens a file.
   *
   * @param place the file as the user named it, for messages
   * @param notes receives notes and warnings about how the file was read
   */
  static WorkbookFile open(Path file, CellPlace place, Consumer<Problem> notes)
      throws SheetFailure {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.file-unreadable"),
          Text.of("sheet.file-unreadable-hint"));
    }
    if (size > SheetLimits.MAX_FILE_BYTES) {
      throw new SheetFailure("sheet-too-large", Text.of("sheet.file-too-large",
          size / (1024 * 1024), SheetLimits.MAX_FILE_BYTES / (1024 * 1024)),
          Text.of("sheet.file-too-large-hint"));
    }
    if (size == 0) {
      throw new SheetFailure("sheet-empty", Text.of("sheet.file-empty"), Text.NONE);
    }
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(file)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.file-unreadable"),
          Text.of("sheet.file-unreadable-hint"));
    }
    if (read >= 4 && Arrays.equals(Arrays.copyOf(head, 4), ZIP)) {
      return XlsxWorkbook.open(file.toFile());
    }
    if (read == 8 && Arrays.equals(head, OLE2)) {
      return ole2(file);
    }
    byte[] bytes = readAll(file);
    String kind = textKind(bytes);
    if (kind.equals("html") || kind.equals("xml")) {
      throw new SheetFailure("sheet-unreadable", kind.equals("html")
          ? Text.of("sheet.file-html") : Text.of("sheet.file-xml"),
          Text.of("sheet.file-save-as-xlsx"));
    }
    if (kind.equals("binary")) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.file-unknown"),
          Text.of("sheet.file-save-as-xlsx"));
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
      notes.accept(Problem.warning(place.whole(), "sheet-unreadable",
          Text.of("sheet.file-renamed-csv"), Text.of("sheet.file-renamed-csv-hint")));
    }
    return CsvWorkbook.of(bytes, place, notes);
  }

  private static WorkbookFile ole2(Path file) throws SheetFailure {
    SheetLimits.applyToPoi();
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(new ByteArrayInputStream(readAll(file)));
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
    if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
      throw encrypted();
    }
    if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK")
        && !fs.getRoot().hasEntry("Book")) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.file-not-workbook"),
          Text.of("sheet.file-save-as-xlsx"));
    }
    return XlsWorkbook.open(fs);
  }

  private static byte[] readAll(Path file) throws SheetFailure {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new SheetFailure("sheet-unreadable", Text.of("sheet.file-unreadable"),
          Text.of("sheet.file-unreadable-hint"));
    }
  }

  /** {@code html}, {@code xml}, {@code text} or {@code binary}, from the first kilobytes. */
  static String textKind(byte[] bytes) {
    int first = bytes.length == 0 ? 0 : bytes[0] & 0xff;
    if (bytes.length >= 2 && (first == 0xFF || first == 0xFE)) {
      return "text"; // UTF-16 with a byte order mark, as Excel saves "Unicode text"
    }
    int n = Math.min(bytes.length, 4096);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return "binary";
      }
    }
    String start = new String(bytes, 0, n, StandardCharsets.ISO_8859_1)
        .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
    if (!start.startsWith("<")) {
      return "text";
    }
    return start.startsWith("<!doctype html") || start.contains("<html")
        || start.contains("<table") ? "html" : "xml";
  }

  private static SheetFailure encrypted() {
    return new SheetFailure("sheet-encrypted", Text.of("sheet.file-encrypted"),
        Text.of("sheet.file-encrypted-hint"));
  }

  /** What a library's exception means, in gongkai's words (its own wording never reaches users). */
  static SheetFailure failure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof EncryptedDocumentException) {
        return encrypted();
      }
      if (message.contains("zip bomb")) {
        return new SheetFailure("sheet-unsafe", Text.of("sheet.file-zip-bomb",
            SheetLimits.MAX_ZIP_ENTRY_BYTES / (1024 * 1024)), Text.of("sheet.file-unsafe-hint"));
      }
      if (message.contains("doctype") || message.contains("entity")) {
        return new SheetFailure("sheet-unsafe", Text.of("sheet.file-doctype"),
            Text.of("sheet.file-unsafe-hint"));
      }
      if (message.contains("tried to allocate") || message.contains("maximum length")
          || message.contains("exceed")) {
        return new SheetFailure("sheet-too-large", Text.of("sheet.file-part-too-large",
            SheetLimits.MAX_ZIP_ENTRY_BYTES / (1024 * 1024)), Text.of("sheet.file-unsafe-hint"));
      }
    }
    return new SheetFailure("sheet-unreadable", Text.of("sheet.file-damaged"),
        Text.of("sheet.file-save-as-xlsx"));
  }
}
