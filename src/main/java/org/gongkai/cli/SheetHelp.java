package org.gongkai.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;

/**
 * The help of {@code gongkai import} and {@code gongkai export} from the {@code sheet} message
 * bundle, in the language of the run: picocli asks for {@code gongkai.import.usage.description},
 * {@code gongkai.import.out}, …, which are the keys {@code sheet.help.import.usage.description},
 * {@code sheet.help.import.out}, … Public because picocli loads it by name as a resource bundle.
 */
public final class SheetHelp extends java.util.ResourceBundle {

  private static final String PICOCLI = "gongkai.";
  private static final String BUNDLE = "sheet.help.";
  private static final List<String> KEYS = List.of(
      "import.usage.description", "import.files", "import.merge", "import.sheet",
      "import.columns", "import.headings", "import.series", "import.period", "import.title",
      "import.written", "import.published", "import.topic", "import.publisher", "import.out",
      "import.force", "import.site", "import.today", "import.frozen",
      "export.usage.description", "export.list", "export.by-unit", "export.whole", "export.out",
      "export.force", "export.site", "export.today", "export.frozen");

  @Override
  protected Object handleGetObject(String key) {
    if (!key.startsWith(PICOCLI)) {
      return null;
    }
    return Messages.pattern(lang(), BUNDLE + key.substring(PICOCLI.length()));
  }

  @Override
  protected Set<String> handleKeySet() {
    Set<String> out = new LinkedHashSet<>();
    KEYS.forEach(k -> out.add(PICOCLI + k));
    return out;
  }

  @Override
  public Enumeration<String> getKeys() {
    return Collections.enumeration(handleKeySet());
  }

  private static Lang lang() {
    return Main.lang();
  }
}
