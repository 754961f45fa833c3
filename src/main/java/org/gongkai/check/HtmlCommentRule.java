package org.gongkai.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Prose;
import org.gongkai.model.Text;

/**
 * Text hidden in HTML comments in a Markdown body. gongkai shows raw HTML as text, so the comment
 * appears on the page instead of hiding anything (a warning, not an error); it is reported as what
 * it usually is: text someone meant to hide, or a spliced injection.
 */
final class HtmlCommentRule implements Rule {

  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)(-->|$)", Pattern.DOTALL);

  @Override
  public String id() {
    return "html-comment";
  }

  @Override
  public String source() {
    return "国办秘函〔2019〕19号 (hidden or injected content)";
  }

  @Override
  public Text description() {
    return Text.of("rule.html-comment");
  }

  @Override
  public void check(CheckContext context, Consumer<Problem> problems) {
    for (Document doc : context.site().documents()) {
      if (!(doc instanceof Prose prose) || !doc.meta().isPublicAt(context.now())) {
        continue;
      }
      Matcher m = COMMENT.matcher(prose.body());
      while (m.find()) {
        String hidden = m.group(1).strip().replaceAll("\\s+", " ");
        Location at = context.locator().find(new Location(doc.source().path(),
            prose.bodyLine(), 1), m.group().substring(0, Math.min(m.group().length(), 40)));
        problems.accept(Problem.warning(at, id(), Text.of("check.html-comment",
            hidden.length() > 60 ? hidden.substring(0, 60) + "…" : hidden),
            Text.of("check.html-comment-hint")));
      }
    }
  }
}
