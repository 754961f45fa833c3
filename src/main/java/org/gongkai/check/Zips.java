package org.gongkai.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The entries of a zip archive as text, for the leak guard: office files (docx, xlsx, pptx, odt,
 * ofd) are zip archives of XML, so withheld text in them is compressed. Reading is bounded, so
 * that an archive built to inflate without end (a zip bomb) cannot exhaust memory: at most
 * {@value #MAX_ENTRY} bytes of an entry and {@value #MAX_TOTAL} in all are read.
 */
final class Zips {

  static final int MAX_ENTRY = 16 * 1024 * 1024;
  static final long MAX_TOTAL = 256L * 1024 * 1024;

  private Zips() {}

  static boolean isZip(byte[] bytes) {
    return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3
        && bytes[3] == 4;
  }

  /** Hands each entry's name and text (UTF-8, read leniently) to {@code entry}. */
  static void entries(InputStream in, BiConsumer<String, String> entry) {
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null && total < MAX_TOTAL;
          e = zip.getNextEntry()) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] bytes = zip.readNBytes((int) Math.min(MAX_ENTRY, MAX_TOTAL - total));
        total += bytes.length;
        entry.accept(e.getName(), new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (IOException | IllegalArgumentException e) {
      // not a readable archive after all: its bytes were read as text already
    }
  }
}
