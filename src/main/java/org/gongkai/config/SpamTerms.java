package org.gongkai.config;

import java.util.List;

/**
 * The built-in lists of the injected-content checks: the gambling, casino and lottery-spam terms
 * that hacked government pages are found carrying ({@code spam-terms.txt}; legitimate words of
 * government work such as 福利彩票, 体育彩票, 打击赌博 are deliberately not in it), and the
 * government platforms and apps whose names official text puts before 登录, 入口, APP …
 * ({@code known-platforms.txt}).
 */
public final class SpamTerms {

  private static final List<String> BUILT_IN = WordList.load("/org/gongkai/spam-terms.txt");
  private static final List<String> PLATFORMS =
      WordList.load("/org/gongkai/known-platforms.txt");

  private SpamTerms() {}

  public static List<String> builtIn() {
    return BUILT_IN;
  }

  /** The built-in known platforms (国家政务服务平台, 浙里办, 12345 …). */
  public static List<String> knownPlatforms() {
    return PLATFORMS;
  }
}
