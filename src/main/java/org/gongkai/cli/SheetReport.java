package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.SheetResult;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/** Prints what an import, merge or export did, and picks the exit code. */
final class SheetReport {

  private SheetReport() {}

  static int print(SheetResult result, Lang lang, PrintWriter out, PrintWriter err) {
    for (Problem p : result.problems()) {
      (p.severity() == Severity.NOTE ? out : err).println(p.format(lang));
    }
    if (result.hasErrors()) {
      err.println(Messages.get(lang, "sheet.cli-failed", result.summary(lang)));
      return Main.CONTENT_ERRORS;
    }
    for (String file : result.written()) {
      out.println(Messages.get(lang, "sheet.cli-wrote", file));
    }
    out.println(Messages.get(lang, "sheet.cli-done", result.summary(lang)));
    return 0;
  }
}
