package org.gongkai.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wording of message keys, read from the bundles {@code
 * /org/gongkai/messages/<bundle>_<lang>.properties} (UTF-8) on first use. See {@link Text} for
 * the key and pattern syntax.
 */
public final class Messages {

  /** Where the bundles are on the class path. */
  public static final String FOLDER = "org/gongkai/messages/";

  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private Messages() {}

  /** The text of a key in a language, its arguments filled in. */
  public static String get(Lang lang, String key, Object... args) {
    return Text.of(key, args).in(lang);
  }

  /** The pattern of a key, or null when the bundle lacks it. */
  public static String pattern(Lang lang, String key) {
    int dot = key.indexOf('.');
    String bundle = dot < 0 ? key : key.substring(0, dot);
    return bundle(bundle, lang).getProperty(key);
  }

  static String format(Lang lang, String key, List<Object> args) {
    String pattern = pattern(lang, key);
    if (pattern == null) {
      // a missing key is a bug that MessagesTest catches; show what there is rather than nothing
      return key + (args.isEmpty() ? "" : " " + args);
    }
    return fill(lang, pattern, args);
  }

  /** A pattern with its arguments filled in (see {@link Text}). */
  static String fill(Lang lang, String pattern, List<Object> args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && Character.isDigit(pattern.charAt(i + 1))) {
        String inside = pattern.substring(i + 1, close);
        int bar = inside.indexOf('|');
        String number = bar < 0 ? inside : inside.substring(0, bar);
        if (number.chars().allMatch(Character::isDigit)) {
          int n = Integer.parseInt(number);
          if (n >= args.size()) {
            out.append(pattern, i, close + 1);
            i = close + 1;
            continue;
          }
          Object arg = args.get(n);
          if (bar < 0) {
            out.append(arg instanceof Text t ? t.in(lang) : arg.toString());
          } else {
            String[] forms = inside.substring(bar + 1).split("\\|", -1);
            boolean one = arg instanceof Number num && num.longValue() == 1
                && num.doubleValue() == 1;
            out.append(one || forms.length == 1 ? forms[0] : forms[1]);
          }
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Properties bundle(String name, Lang lang) {
    return BUNDLES.computeIfAbsent(name + "_" + lang.code(), file -> {
      Properties p = new Properties();
      try (InputStream in = Messages.class.getClassLoader()
          .getResourceAsStream(FOLDER + file + ".properties")) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p;
    });
  }
}
