package org.gongkai.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Which attachments may be published: an allow-list of file types a browser shows or downloads
 * but never runs as part of the site (documents, spreadsheets, archives, images, audio, video),
 * each recognised by its first bytes as well as its name, so that an HTML page named {@code
 * .pdf} is refused as HTML. An SVG image is a program as much as a picture (it may hold scripts
 * and event handlers that run on the government's own origin), so it is allowed only when it
 * holds none of them and refers to nothing outside itself. docs/security.md lists the types.
 */
final class AttachmentTypes {

  /** What a file's first bytes say it is. */
  enum Kind {
    PDF, ZIP, OLE, RAR, SEVEN_ZIP, JPEG, PNG, GIF, WEBP, BMP, TIFF, MP3, MP4, WAV, AVI, ASF,
    RTF, TEXT, SVG
  }

  /** The extensions that may be published, each with the kinds of content it may hold. */
  static final Map<String, Set<Kind>> ALLOWED = Map.ofEntries(
      Map.entry("pdf", EnumSet.of(Kind.PDF)),
      Map.entry("ofd", EnumSet.of(Kind.ZIP)),
      Map.entry("doc", EnumSet.of(Kind.OLE, Kind.ZIP, Kind.RTF)),
      Map.entry("docx", EnumSet.of(Kind.ZIP)),
      Map.entry("xls", EnumSet.of(Kind.OLE, Kind.ZIP)),
      Map.entry("xlsx", EnumSet.of(Kind.ZIP)),
      Map.entry("ppt", EnumSet.of(Kind.OLE, Kind.ZIP)),
      Map.entry("pptx", EnumSet.of(Kind.ZIP)),
      Map.entry("wps", EnumSet.of(Kind.OLE, Kind.ZIP)),
      Map.entry("et", EnumSet.of(Kind.OLE, Kind.ZIP)),
      Map.entry("dps", EnumSet.of(Kind.OLE, Kind.ZIP)),
      Map.entry("odt", EnumSet.of(Kind.ZIP)),
      Map.entry("ods", EnumSet.of(Kind.ZIP)),
      Map.entry("odp", EnumSet.of(Kind.ZIP)),
      Map.entry("rtf", EnumSet.of(Kind.RTF)),
      Map.entry("txt", EnumSet.of(Kind.TEXT)),
      Map.entry("csv", EnumSet.of(Kind.TEXT)),
      Map.entry("zip", EnumSet.of(Kind.ZIP)),
      Map.entry("rar", EnumSet.of(Kind.RAR)),
      Map.entry("7z", EnumSet.of(Kind.SEVEN_ZIP)),
      Map.entry("jpg", EnumSet.of(Kind.JPEG)),
      Map.entry("jpeg", EnumSet.of(Kind.JPEG)),
      Map.entry("png", EnumSet.of(Kind.PNG)),
      Map.entry("gif", EnumSet.of(Kind.GIF)),
      Map.entry("webp", EnumSet.of(Kind.WEBP)),
      Map.entry("bmp", EnumSet.of(Kind.BMP)),
      Map.entry("tif", EnumSet.of(Kind.TIFF)),
      Map.entry("tiff", EnumSet.of(Kind.TIFF)),
      Map.entry("mp3", EnumSet.of(Kind.MP3)),
      Map.entry("mp4", EnumSet.of(Kind.MP4)),
      Map.entry("m4a", EnumSet.of(Kind.MP4)),
      Map.entry("mov", EnumSet.of(Kind.MP4)),
      Map.entry("wav", EnumSet.of(Kind.WAV)),
      Map.entry("avi", EnumSet.of(Kind.AVI)),
      Map.entry("wmv", EnumSet.of(Kind.ASF)),
      Map.entry("wma", EnumSet.of(Kind.ASF)),
      Map.entry("svg", EnumSet.of(Kind.SVG)));

  /** How much of a file decides its kind. */
  private static final int HEAD = 8192;

  private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe",
      "frame", "frameset", "embed", "object", "applet", "handler", "listener", "link", "meta",
      "base");
  private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatemotion",
      "animatetransform", "animatecolor");
  private static final Pattern URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)",
      Pattern.CASE_INSENSITIVE);

  private AttachmentTypes() {}

  /**
   * Why an attachment may not be published, if it may not.
   *
   * @param source the file relative to the site, for the problem's location
   * @param file the file itself
   */
  static Optional<Problem> check(String source, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(HEAD);
      return check(source, head, () -> Files.newInputStream(file));
    } catch (IOException e) {
      return Optional.empty(); // reported by the copy itself
    }
  }

  /** {@link #check(String, Path)} for a file whose bytes are at hand. */
  static Optional<Problem> check(String source, byte[] bytes) {
    try {
      return check(source, bytes.length > HEAD ? java.util.Arrays.copyOf(bytes, HEAD) : bytes,
          () -> new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // bytes in memory are always readable
    }
  }

  private interface Opener {
    InputStream open() throws IOException;
  }

  private static Optional<Problem> check(String source, byte[] head, Opener whole)
      throws IOException {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String ext = dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    Set<Kind> allowed = ALLOWED.get(ext);
    if (allowed == null) {
      return Optional.of(Problem.error(Location.of(source), "attachment-type",
          Text.of("check.attachment-type", name, ext.isEmpty()
              ? Text.of("check.attachment-no-extension") : Text.literal("." + ext)),
          Text.of("check.attachment-type-hint")));
    }
    if (allowed.contains(Kind.SVG)) {
      try (InputStream in = whole.open()) {
        return Svg.check(source, in.readAllBytes());
      }
    }
    Optional<Kind> kind = kind(head);
    if (kind.isPresent() && allowed.contains(kind.get())) {
      return Optional.empty();
    }
    return Optional.of(Problem.error(Location.of(source), "attachment-type",
        Text.of("check.attachment-content", name, "." + ext, looksLikeMarkup(head)
            ? Text.of("check.attachment-markup") : Text.of("check.attachment-unknown")),
        Text.of("check.attachment-content-hint", "." + ext)));
  }

  /** What the first bytes of a file say it is; empty when they say nothing gongkai allows. */
  static Optional<Kind> kind(byte[] b) {
    if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return Optional.of(Kind.OLE);
    }
    if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6)
        || startsWith(b, 0, 'P', 'K', 7, 8)) {
      return Optional.of(Kind.ZIP);
    }
    if (startsWith(b, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
      return Optional.of(Kind.RAR);
    }
    if (startsWith(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
      return Optional.of(Kind.SEVEN_ZIP);
    }
    if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(Kind.JPEG);
    }
    if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(Kind.PNG);
    }
    if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
      return Optional.of(Kind.GIF);
    }
    if (startsWith(b, 0, 'R', 'I', 'F', 'F')) {
      if (startsWith(b, 8, 'W', 'E', 'B', 'P')) {
        return Optional.of(Kind.WEBP);
      }
      if (startsWith(b, 8, 'W', 'A', 'V', 'E')) {
        return Optional.of(Kind.WAV);
      }
      if (startsWith(b, 8, 'A', 'V', 'I', ' ')) {
        return Optional.of(Kind.AVI);
      }
    }
    if (startsWith(b, 0, 'B', 'M')) {
      return Optional.of(Kind.BMP);
    }
    if (startsWith(b, 0, 'I', 'I', '*', 0) || startsWith(b, 0, 'M', 'M', 0, '*')) {
      return Optional.of(Kind.TIFF);
    }
    if (startsWith(b, 0, 'I', 'D', '3')
        || b.length > 1 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0) {
      return Optional.of(Kind.MP3);
    }
    for (String box : List.of("ftyp", "moov", "mdat", "wide", "free")) {
      if (startsWith(b, 4, box.charAt(0), box.charAt(1), box.charAt(2), box.charAt(3))) {
        return Optional.of(Kind.MP4);
      }
    }
    if (startsWith(b, 0, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
      return Optional.of(Kind.ASF);
    }
    if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) {
      return Optional.of(Kind.RTF);
    }
    if (looksLikeMarkup(b)) {
      return Optional.empty();
    }
    // a PDF reader finds the header within the first kilobyte
    String start = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1);
    if (start.contains("%PDF-")) {
      return Optional.of(Kind.PDF);
    }
    for (byte x : b) {
      if (x == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(Kind.TEXT);
  }

  /**
   * Whether a file starts (after a byte-order mark and white space) with {@code <}: HTML, XML or
   * SVG, which a browser may run whatever the file is called.
   */
  static boolean looksLikeMarkup(byte[] b) {
    int i = startsWith(b, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    if (startsWith(b, 0, 0xFE, 0xFF) || startsWith(b, 0, 0xFF, 0xFE)) {
      // UTF-16: look at every other byte
      for (int k = 2; k + 1 < b.length; k += 2) {
        int c = b[0] == (byte) 0xFE ? b[k + 1] : b[k];
        if (!Character.isWhitespace(c)) {
          return c == '<';
        }
      }
      return false;
    }
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r'
        || b[i] == '\f')) {
      i++;
    }
    return i < b.length && b[i] == '<';
  }

  private static boolean startsWith(byte[] b, int at, int... prefix) {
    if (b.length < at + prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if ((b[at + k] & 0xFF) != (prefix[k] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  /** The checks of an SVG image: a picture and nothing else. */
  static final class Svg {

    private Svg() {}

    static Optional<Problem> check(String source, byte[] bytes) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
      factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      XMLStreamReader r = null;
      try {
        r = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
        String styleOf = null;
        int styleLine = 0;
        while (r.hasNext()) {
          int event = r.next();
          int line = r.getLocation().getLineNumber();
          switch (event) {
            case XMLStreamConstants.DTD -> {
              return active(source, lines, line, "<!DOCTYPE", Text.literal("<!DOCTYPE>"));
            }
            case XMLStreamConstants.ENTITY_REFERENCE -> {
              return active(source, lines, line, "&", Text.literal("&" + r.getLocalName()
                  + ";"));
            }
            case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
              return active(source, lines, line, "<?" + r.getPITarget(),
                  Text.literal("<?" + r.getPITarget() + "?>"));
            }
            case XMLStreamConstants.START_ELEMENT -> {
              Optional<Problem> p = element(source, lines, line, r);
              if (p.isPresent()) {
                return p;
              }
              if (r.getLocalName().equalsIgnoreCase("style")) {
                styleOf = "";
                styleLine = line;
              }
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
              if (styleOf != null) {
                styleOf += r.getText();
              }
            }
            case XMLStreamConstants.END_ELEMENT -> {
              if (styleOf != null && r.getLocalName().equalsIgnoreCase("style")) {
                if (!cssIsLocal(styleOf)) {
                  return active(source, lines, styleLine, "<style",
                      Text.of("check.svg-style", excerpt(styleOf)));
                }
                styleOf = null;
              }
            }
            default -> {
              // text, comments, white space: a picture's
            }
          }
        }
        return Optional.empty();
      } catch (XMLStreamException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        return Optional.of(Problem.error(new Location(source, Math.max(line, 0), 0),
            "attachment-active", Text.of("check.svg-unreadable", name(source)),
            Text.of("check.svg-hint")));
      } finally {
        if (r != null) {
          try {
            r.close();
          } catch (XMLStreamException e) {
            // nothing held
          }
        }
      }
    }

    private static Optional<Problem> element(
        String source, String[] lines, int line, XMLStreamReader r) {
      String tag = r.getLocalName();
      String lower = tag.toLowerCase(Locale.ROOT);
      String at = "<" + (r.getPrefix() == null || r.getPrefix().isEmpty() ? ""
          : r.getPrefix() + ":") + tag;
      if (ACTIVE_ELEMENTS.contains(lower)) {
        return active(source, lines, line, at, Text.literal("<" + tag + ">"));
      }
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String value = r.getAttributeValue(i);
        // browsers ignore white space and control characters inside a scheme
        String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (squeezed.contains("javascript:") || squeezed.contains("vbscript:")
            || squeezed.contains("data:text/html")) {
          return active(source, lines, line, at, Text.of("check.svg-address", value));
        }
      }
      for (int i = 0; i < r.getAttributeCount(); i++) {
        String attr = r.getAttributeLocalName(i);
        String value = r.getAttributeValue(i);
        String a = attr.toLowerCase(Locale.ROOT);
        String squeezed = value.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        if (a.startsWith("on")) {
          return active(source, lines, line, at, Text.of("check.svg-handler", attr));
        }
        if ((a.equals("href") || a.equals("src")) && !value.strip().startsWith("#")) {
          return active(source, lines, line, at, Text.of("check.svg-external", value));
        }
        if (a.equals("style") && !cssIsLocal(value)) {
          return active(source, lines, line, at, Text.of("check.svg-style", excerpt(value)));
        }
        if (ANIMATIONS.contains(lower) && a.equals("attributename")
            && (squeezed.endsWith("href") || squeezed.startsWith("on"))) {
          return active(source, lines, line, at, Text.of("check.svg-animation", value));
        }
      }
      return Optional.empty();
    }

    /** CSS that loads nothing: no {@code @import}, no {@code url()} but to a fragment. */
    private static boolean cssIsLocal(String css) {
      String lower = css.toLowerCase(Locale.ROOT);
      if (lower.contains("@import") || lower.contains("expression(")) {
        return false;
      }
      Matcher m = URL.matcher(css);
      while (m.find()) {
        if (!m.group(1).startsWith("#")) {
          return false;
        }
      }
      return true;
    }

    /**
     * The problem at the tag that holds it: the parser says on which line a start tag ends, and
     * the tag's own text, found on that line or the lines before it, gives its column.
     */
    private static Optional<Problem> active(
        String source, String[] lines, int line, String needle, Text what) {
      int at = Math.max(1, Math.min(line, lines.length));
      for (int l = at; l >= Math.max(1, at - 20); l--) {
        int col = lines[l - 1].lastIndexOf(needle);
        if (col >= 0) {
          return Optional.of(problem(new Location(source, l, col + 1), source, what));
        }
      }
      return Optional.of(problem(new Location(source, Math.max(line, 0), 0), source, what));
    }

    private static Problem problem(Location at, String source, Text what) {
      return Problem.error(at, "attachment-active", Text.of("check.svg-active", name(source),
          what), Text.of("check.svg-hint"));
    }

    private static String name(String source) {
      return source.substring(source.lastIndexOf('/') + 1);
    }

    private static String excerpt(String s) {
      String one = s.strip().replaceAll("\\s+", " ");
      return one.length() > 60 ? one.substring(0, 60) + "…" : one;
    }
  }
}
