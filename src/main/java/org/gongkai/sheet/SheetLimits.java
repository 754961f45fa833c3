package org.gongkai.sheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * The bounds within which a spreadsheet from e-mail is read, so that no file can take unbounded
 * memory or time. A task table has hundreds of rows; every limit is far above that and far below
 * what would strain a laptop. README ("Spreadsheets in and out") states them for users.
 */
public final class SheetLimits {

  /** The largest file read: a real task table is well under 1 MiB. */
  public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
  /** Rows of one sheet, counted while reading (a larger sheet is refused, not loaded). */
  public static final int MAX_ROWS = 20_000;
  /** Columns read; cells beyond are reported and ignored. */
  public static final int MAX_COLUMNS = 100;
  /** Merged ranges of one sheet (a task table has a few hundred at most). */
  public static final int MAX_MERGED = 10_000;
  /** Characters of one cell: Excel's own limit. */
  public static final int MAX_CELL_CHARS = 32_767;
  /** The largest part of an .xlsx once unzipped (its sheet, its shared strings). */
  public static final long MAX_ZIP_ENTRY_BYTES = 50L * 1024 * 1024;
  /**
   * The smallest ratio of compressed to uncompressed size of a part: below it the part is a zip
   * bomb (POI's default, kept explicit).
   */
  public static final double MIN_INFLATE_RATIO = 0.01;
  /** Header rows are looked for among the first rows with content. */
  public static final int HEADER_SEARCH_ROWS = 30;

  private SheetLimits() {}

  /** Sets POI's global safeguards to these limits; idempotent. */
  static synchronized void applyToPoi() {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    ZipSecureFile.setMaxTextSize(MAX_ZIP_ENTRY_BYTES);
    IOUtils.setByteArrayMaxOverride((int) MAX_ZIP_ENTRY_BYTES);
  }
}
