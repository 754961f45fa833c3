package org.gongkai.assemble;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Site paths and the links between pages. Pages link to each other with relative URLs, so a site
 * works from any folder of any server and straight from disk; non-ASCII characters are
 * percent-encoded.
 */
public final class Urls {

  private static final String SAFE = "-._~!$&'()*+,;=:@";

  private Urls() {}

  /**
   * The relative URL from the page at output path {@code fromPath} (e.g. {@code a/b/c.html}) to
   * the site path {@code to} (e.g. {@code /a/index.html#x}).
   */
  public static String relative(String fromPath, String to) {
    String fragment = "";
    int hash = to.indexOf('#');
    if (hash >= 0) {
      fragment = to.substring(hash);
      to = to.substring(0, hash);
    }
    List<String> from = new ArrayList<>(Arrays.asList(fromPath.split("/", -1)));
    from.remove(from.size() - 1);
    List<String> target = new ArrayList<>(Arrays.asList(strip(to).split("/", -1)));
    int common = 0;
    while (common < from.size() && common < target.size() - 1
        && from.get(common).equals(target.get(common))) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < from.size(); i++) {
      out.append("../");
    }
    for (int i = common; i < target.size(); i++) {
      out.append(encodeSegment(target.get(i)));
      if (i < target.size() - 1) {
        out.append('/');
      }
    }
    if (out.length() == 0) {
      out.append("./");
    }
    return out + encodeFragment(fragment);
  }

  /** The URL of a site path under a root path such as {@code /} or {@code /gk/}. */
  public static String rooted(String rootPath, String to) {
    StringBuilder out = new StringBuilder(rootPath.endsWith("/") ? rootPath : rootPath + "/");
    String fragment = "";
    int hash = to.indexOf('#');
    if (hash >= 0) {
      fragment = to.substring(hash);
      to = to.substring(0, hash);
    }
    String[] segments = strip(to).split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      out.append(encodeSegment(segments[i]));
      if (i < segments.length - 1) {
        out.append('/');
      }
    }
    return out + encodeFragment(fragment);
  }

  /** The absolute URL of a site path. */
  public static String absolute(String baseUrl, String to) {
    return rooted(baseUrl, to);
  }

  /** The output file of a site path: {@code /a/} is {@code a/index.html}. */
  public static String outputPath(String sitePath) {
    String p = strip(sitePath);
    return p.isEmpty() || p.endsWith("/") ? p + "index.html" : p;
  }

  private static String strip(String path) {
    return path.startsWith("/") ? path.substring(1) : path;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  static String encodeSegment(String segment) {
    if (isSafe(segment)) {
      return segment;
    }
    StringBuilder out = new StringBuilder(segment.length() * 3);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (safe(c)) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }

  private static boolean isSafe(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if (!safe(segment.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean safe(int c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
        || c < 0x80 && SAFE.indexOf(c) >= 0;
  }

  private static String encodeFragment(String fragment) {
    return fragment.isEmpty() ? "" : "#" + encodeSegment(fragment.substring(1));
  }
}
