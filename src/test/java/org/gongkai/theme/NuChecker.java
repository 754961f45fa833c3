package org.gongkai.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (vnu), run in-process the way its command-line client runs it: the
 * {@code html5-all} schema plus the HTML5 parser and the assertion checkers, on files read from
 * disk. One instance checks many files one after the other (not thread-safe).
 */
final class NuChecker {

  /** One message: where and what. {@code level} is "error", "fatal" or "warning". */
  record Message(String level, String file, int line, int column, String text) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + level + ": " + text;
    }

    boolean isError() {
      return !level.equals("warning");
    }
  }

  private final SimpleDocumentValidator validator;
  private final Collector collector = new Collector();

  NuChecker() {
    // as `vnu` does: bad datatypes in attribute values are errors, not just warnings
    System.setProperty("nu.validator.datatype.warn", "true");
    // asciiQuotes=false; no network: no entity loading, no language detection from the web
    validator = new SimpleDocumentValidator(true, false, true);
    try {
      validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
      validator.setUpValidatorAndParsers(collector, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("cannot set up the Nu HTML Checker", e);
    }
  }

  /** Every message for one HTML file, in document order. */
  List<Message> check(Path file) {
    return run(file, false);
  }

  /** Every message for one CSS file, in order (the checker's CSS mode, as {@code vnu --css}). */
  List<Message> checkCss(Path file) {
    return run(file, true);
  }

  private synchronized List<Message> run(Path file, boolean css) {
    // in CSS mode the checker counts one line too many (it checks the sheet as if inside a
    // <style> element); its command-line client corrects this the same way
    collector.start(file.toString(), css ? -1 : 0);
    try {
      if (css) {
        validator.checkCssFile(file.toFile(), true);
      } else {
        validator.checkHtmlFile(file.toFile(), true);
      }
    } catch (SAXException e) {
      // a fatal error has already been reported to the collector; keep anything else
      if (collector.messages.stream().noneMatch(m -> m.level().equals("fatal"))) {
        collector.messages.add(new Message("fatal", file.toString(), -1, -1, e.toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(collector.messages);
  }

  /** Checks HTML given as text (written to a temporary file first). */
  List<Message> check(String html, Path dir) {
    return run(write(html, dir, ".html"), false);
  }

  /** Checks CSS given as text (written to a temporary file first). */
  List<Message> checkCss(String css, Path dir) {
    return run(write(css, dir, ".css"), true);
  }

  private static Path write(String text, Path dir, String suffix) {
    try {
      Path file = Files.createTempFile(dir, "nu-", suffix);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Collector implements ErrorHandler {
    private final List<Message> messages = new ArrayList<>();
    private String file;
    private int lineOffset;

    void start(String file, int lineOffset) {
      this.file = file;
      this.lineOffset = lineOffset;
      messages.clear();
    }

    private void add(String level, SAXParseException e) {
      int line = e.getLineNumber() > 0 ? e.getLineNumber() + lineOffset : e.getLineNumber();
      messages.add(new Message(level, file, line, e.getColumnNumber(),
          e.getMessage()));
    }

    @Override
    public void warning(SAXParseException e) {
      add("warning", e);
    }

    @Override
    public void error(SAXParseException e) {
      add("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      add("fatal", e);
      throw e;
    }
  }
}
