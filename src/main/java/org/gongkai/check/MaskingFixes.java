package org.gongkai.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * {@code gongkai check --fix-masking}: the personal data the checks report (allowed values
 * excepted), replaced in the source files by its masked form. Only the values change; every other
 * byte of the file stays.
 */
public final class MaskingFixes {

  /** The new content of the changed files, and one note per change made. */
  public record Plan(Map<String, byte[]> files, List<Problem> changes) {}

  private MaskingFixes() {}

  public static Plan plan(CheckContext context, Path siteDir) throws IOException {
    Map<String, Map<String, String>> byFile = new TreeMap<>();
    for (Document doc : context.site().documents()) {
      if (!doc.meta().isPublicAt(context.now())) {
        continue;
      }
      for (DocumentTexts.Text text : DocumentTexts.of(doc)) {
        for (PersonalData.Finding f : PersonalData.find(text.value(),
            context.now().toLocalDate())) {
          boolean allowed = doc.meta().allow().stream().anyMatch(a ->
              PersonalData.normalized(a.value()).equals(PersonalData.normalized(f.value())));
          if (!allowed) {
            byFile.computeIfAbsent(doc.source().path(), k -> new LinkedHashMap<>())
                .put(f.value(), f.masked());
          }
        }
      }
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<Problem> changes = new ArrayList<>();
    for (var file : byFile.entrySet()) {
      String text = Files.readString(siteDir.resolve(file.getKey()), StandardCharsets.UTF_8);
      StringBuilder out = new StringBuilder(text);
      List<int[]> spans = new ArrayList<>();
      List<int[]> kept = addresses(text);
      for (var replacement : file.getValue().entrySet()) {
        int from = 0;
        int at;
        while ((at = text.indexOf(replacement.getKey(), from)) >= 0) {
          int start = at;
          int end = at + replacement.getKey().length();
          if (kept.stream().anyMatch(k -> start < k[1] && end > k[0])) {
            from = end; // a file name, URL or link target: masking it would break the link
            continue;
          }
          spans.add(new int[] {at, replacement.getKey().length()});
          changes.add(Problem.note(location(file.getKey(), text, at), "masked",
              Text.of("check.masked", replacement.getKey(), replacement.getValue()), Text.NONE));
          from = at + replacement.getKey().length();
        }
      }
      spans.sort((a, b) -> Integer.compare(b[0], a[0]));
      for (int[] span : spans) {
        String value = text.substring(span[0], span[0] + span[1]);
        out.replace(span[0], span[0] + span[1], file.getValue().get(value));
      }
      files.put(file.getKey(), out.toString().getBytes(StandardCharsets.UTF_8));
    }
    return new Plan(files, changes);
  }

  /**
   * Where the text names a file or an address rather than saying something: the value of a
   * {@code file:} (文件) key, a URL, a Markdown link or image target, a reference definition's
   * target. Digits there are part of a name; changing them would break the link, so they are
   * never masked (the finding stays for a person to judge).
   */
  static List<int[]> addresses(String text) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : ADDRESSES) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        out.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return out;
  }

  private static final List<Pattern> ADDRESSES = List.of(
      Pattern.compile("(?m)^[ \\t]*(?:-[ \\t]+)?(?:file|文件)[ \\t]*[:：][ \\t]*(.*)$"),
      Pattern.compile("(?i)((?:https?|ftp)://[^\\s<>\"'）)\\]]+|mailto:[^\\s<>)]+)"),
      Pattern.compile("\\]\\(\\s*(<[^>\\n]*>|[^)\\s]*)"),
      Pattern.compile("(?m)^[ \\t]{0,3}\\[[^\\]\\n]+\\]:[ \\t]*(\\S+)"));

  private static Location location(String path, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(path, line, text.codePointCount(lineStart, offset) + 1);
  }
}
