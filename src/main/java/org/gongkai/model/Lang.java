package org.gongkai.model;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of every human-facing message: problems, hints, summaries, help. Chinese is the
 * default, because gongkai's users are Chinese government web teams and a CI machine's locale
 * (often {@code C} or {@code en_US}) says nothing about who reads its log; English is there for
 * whoever asks for it. Rule ids and machine formats (JSON, SARIF, JUnit) do not change with it.
 */
public enum Lang {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  /** The environment variable that chooses the language when no option does. */
  public static final String ENV = "GONGKAI_LANG";

  private final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** The short code: {@code zh} or {@code en}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a language as a user writes it: {@code zh}, {@code zh-CN}, {@code zh_CN}, {@code 中文},
   * {@code en}, {@code en-US}, … (case does not matter), or {@code auto} for the system locale.
   */
  public static Optional<Lang> parse(String written) {
    if (written == null || written.isBlank()) {
      return Optional.empty();
    }
    String w = written.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    if (w.equals("auto")) {
      return Optional.of(of(Locale.getDefault()));
    }
    if (w.equals("zh") || w.startsWith("zh-") || w.equals("cn") || w.equals("中文")) {
      return Optional.of(ZH);
    }
    if (w.equals("en") || w.startsWith("en-") || w.equals("english")) {
      return Optional.of(EN);
    }
    return Optional.empty();
  }

  /** The language of a locale: English for English locales, Chinese for everything else. */
  public static Lang of(Locale locale) {
    return "en".equals(locale.getLanguage()) ? EN : ZH;
  }

  /**
   * The language an option asks for, else the environment's {@value #ENV}, else Chinese.
   *
   * @throws TextException when the option (or the variable) names no known language
   */
  public static Lang choose(String option, Map<String, String> env) {
    for (String written : new String[] {option, env == null ? null : env.get(ENV)}) {
      if (written != null && !written.isBlank()) {
        return parse(written).orElseThrow(() -> new TextException(
            Text.of("common.lang-unknown", written.strip()), Text.of("common.lang-hint")));
      }
    }
    return ZH;
  }
}
