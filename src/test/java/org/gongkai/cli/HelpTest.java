package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Lang;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/**
 * Every command, option and parameter of the command line has its help in both languages, from
 * the bundles: nothing falls back to the English of an annotation or of picocli itself.
 */
class HelpTest {

  /** The help picocli shows for each command, option and parameter, in a language. */
  static List<String> helpTexts(Lang lang) {
    CommandLine cli = new CommandLine(new Main());
    cli.setResourceBundle(Main.help(lang));
    List<String> out = new ArrayList<>();
    collect(cli, out);
    return out;
  }

  private static void collect(CommandLine cli, List<String> out) {
    CommandSpec spec = cli.getCommandSpec();
    String description = String.join(" ", spec.usageMessage().description());
    out.add(spec.qualifiedName() + ": " + description);
    for (ArgSpec arg : spec.args()) {
      if (!arg.hidden()) {
        out.add(spec.qualifiedName() + " " + arg + ": " + String.join(" ", arg.description()));
      }
    }
    out.add(spec.qualifiedName() + " headings: " + spec.usageMessage().synopsisHeading()
        + spec.usageMessage().optionListHeading() + spec.usageMessage().commandListHeading());
    cli.getSubcommands().values().forEach(sub -> collect(sub, out));
  }

  @Test
  void everyCommandOptionAndParameterIsDescribedInBothLanguages() {
    List<String> zh = helpTexts(Lang.ZH);
    List<String> en = helpTexts(Lang.EN);
    assertEquals(zh.size(), en.size());
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < zh.size(); i++) {
      String chinese = zh.get(i).substring(zh.get(i).indexOf(": ") + 2);
      String english = en.get(i).substring(en.get(i).indexOf(": ") + 2);
      if (chinese.isBlank() || english.isBlank()) {
        wrong.add("no help: " + zh.get(i));
      } else if (chinese.equals(english)) {
        wrong.add("the same in both languages (not from the bundles?): " + zh.get(i));
      } else if (!chinese.codePoints().anyMatch(c ->
          Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        wrong.add("not Chinese: " + zh.get(i));
      }
    }
    assertEquals(List.of(), wrong);
    assertNotEquals(0, zh.size());
  }
}
