package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * What the preview server adds to every HTML page it serves, between two markers and only there:
 * the script that reloads the page when the site is rebuilt, and, when the site has problems, a
 * panel listing each one ({@code path:line:column}, the message, the hint) in the page's language,
 * Chinese. The panel is a labelled landmark holding a non-modal dialog with a heading; Escape or
 * its button closes it, and a button with the count opens it again. With errors it is open (the
 * page under it is the last good one); with warnings only, just the count shows. Never written to
 * any file: {@code build} output has none of it.
 */
final class Overlay {

  /** The markers around everything the preview adds to a page. */
  static final String START = "<!--gongkai-preview-->";
  static final String END = "<!--/gongkai-preview-->";
  /** Where the preview's own files are served: its script and the event stream. */
  static final String PREFIX = "/__gongkai/";
  /** A page lists at most this many problems (the console has them all). */
  private static final int LISTED = 200;
  private static final Lang PAGE = Lang.ZH;

  private static final String STYLE = "<style>"
      + "#gongkai-preview{all:initial;font:15px/1.6 system-ui,'PingFang SC','Microsoft YaHei',"
      + "sans-serif;color:#1b1b1b}"
      + "#gongkai-preview *{box-sizing:border-box}"
      + "#gongkai-preview .gk-panel{position:fixed;left:0;right:0;bottom:0;z-index:2147483646;"
      + "max-height:55vh;overflow:auto;margin:0;padding:12px 16px 16px;background:#fff;"
      + "color:#1b1b1b;border-top:4px solid #b3261e;box-shadow:0 -2px 12px rgba(0,0,0,.25)}"
      + "#gongkai-preview .gk-panel[hidden]{display:none}"
      + "#gongkai-preview h2{font-size:17px;margin:0 0 4px;color:#1b1b1b}"
      + "#gongkai-preview p{margin:0 0 8px}"
      + "#gongkai-preview ol{margin:0 0 8px;padding-left:24px}"
      + "#gongkai-preview li{margin:0 0 8px}"
      + "#gongkai-preview code{font:14px/1.5 ui-monospace,Consolas,monospace;background:#f1f1f1;"
      + "color:#1b1b1b;padding:0 4px}"
      + "#gongkai-preview .gk-severity{display:inline-block;padding:0 6px;margin-right:4px;"
      + "font-weight:bold;border-radius:3px}"
      + "#gongkai-preview .gk-error .gk-severity{background:#b3261e;color:#fff}"
      + "#gongkai-preview .gk-warning .gk-severity{background:#ffd54f;color:#1b1b1b}"
      + "#gongkai-preview .gk-hint{color:#3d3d3d}"
      + "#gongkai-preview button{font:inherit;cursor:pointer;border-radius:4px;"
      + "border:2px solid #1f4e9c;background:#1f4e9c;color:#fff;padding:2px 12px}"
      + "#gongkai-preview button:focus{outline:3px solid #1b1b1b;outline-offset:2px}"
      + "#gongkai-preview .gk-count{position:fixed;right:16px;bottom:16px;"
      + "z-index:2147483647;background:#ffd54f;color:#1b1b1b;border-color:#1b1b1b}"
      + "#gongkai-preview .gk-count.gk-has-errors{background:#b3261e;color:#fff;"
      + "border-color:#b3261e}"
      + "</style>";

  private Overlay() {}

  /**
   * The block for a page: the script, and the panel when there are errors or warnings.
   *
   * @param build the number of the last rebuild, which the page reloads on when it changes
   */
  static String block(int build, List<Problem> problems) {
    StringBuilder out = new StringBuilder(START);
    List<Problem> listed = problems.stream()
        .filter(p -> p.severity() != Severity.NOTE)
        .sorted(Comparator.comparing(Problem::severity).thenComparing(Comparator.naturalOrder()))
        .toList();
    long errors = listed.stream().filter(Problem::isError).count();
    long warnings = listed.size() - errors;
    if (!listed.isEmpty()) {
      boolean open = errors > 0;
      out.append("<aside id=\"gongkai-preview\" aria-label=\"")
          .append(words("serve.overlay.label")).append("\">").append(STYLE);
      out.append("<button type=\"button\" class=\"gk-count").append(open ? " gk-has-errors" : "")
          .append("\" aria-controls=\"gk-problems\" aria-expanded=\"").append(open)
          .append("\">").append(escape(counts(errors, warnings))).append("</button>");
      out.append("<section id=\"gk-problems\" class=\"gk-panel\" role=\"dialog\" ")
          .append("aria-labelledby=\"gk-problems-title\"").append(open ? "" : " hidden")
          .append(">");
      out.append("<h2 id=\"gk-problems-title\">").append(escape(counts(errors, warnings)))
          .append("</h2>");
      out.append("<p>").append(words(errors > 0 ? "serve.overlay.errors-note"
          : "serve.overlay.warnings-note")).append("</p><ol>");
      for (Problem p : listed.subList(0, Math.min(LISTED, listed.size()))) {
        item(p, out);
      }
      out.append("</ol>");
      if (listed.size() > LISTED) {
        out.append("<p>").append(escape(Messages.get(PAGE, "serve.overlay.more",
            listed.size() - LISTED))).append("</p>");
      }
      out.append("<button type=\"button\" class=\"gk-close\">")
          .append(words("serve.overlay.close")).append("</button></section></aside>");
    }
    out.append("<script src=\"").append(PREFIX).append("preview.js\" data-build=\"")
        .append(build).append("\"></script>").append(END);
    return out.toString();
  }

  private static void item(Problem p, StringBuilder out) {
    boolean error = p.isError();
    out.append("<li class=\"").append(error ? "gk-error" : "gk-warning").append("\">")
        .append("<span class=\"gk-severity\">")
        .append(words(error ? "serve.overlay.error" : "serve.overlay.warning"))
        .append("</span> <code>").append(escape(p.location().toString())).append("</code> ")
        .append("<code>").append(escape(p.ruleId())).append("</code><br>")
        .append(escape(p.message().in(PAGE)));
    if (!p.hint().isEmpty()) {
      out.append("<br><span class=\"gk-hint\">")
          .append(escape(Messages.get(PAGE, "common.hint-line", p.hint()))).append("</span>");
    }
    out.append("</li>");
  }

  private static String counts(long errors, long warnings) {
    if (errors > 0 && warnings > 0) {
      return Messages.get(PAGE, "serve.overlay.errors-and-warnings", errors, warnings);
    }
    return errors > 0 ? Messages.get(PAGE, "serve.overlay.errors", errors)
        : Messages.get(PAGE, "serve.overlay.warnings", warnings);
  }

  private static String words(String key) {
    return escape(Messages.get(PAGE, key));
  }

  /** Adds the block before the page's last {@code </body>} (or at its end when it has none). */
  static byte[] inject(byte[] html, String block) {
    String page = new String(html, StandardCharsets.UTF_8);
    int at = page.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
    String out = at < 0 ? page + block : page.substring(0, at) + block + page.substring(at);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** Removes the block again (tests compare a preview page with a built one this way). */
  static String strip(String page) {
    int start = page.indexOf(START);
    int end = page.indexOf(END);
    return start < 0 || end < start ? page : page.substring(0, start)
        + page.substring(end + END.length());
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
