package org.gongkai.serve;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Document;
import org.gongkai.model.Lang;
import org.gongkai.model.Messages;
import org.gongkai.model.Metadata;
import org.gongkai.model.Site;

/**
 * What only the preview shows: drafts (with {@code --drafts}) and documents scheduled after the
 * real now but due by the preview's day (with {@code --today}), their titles marked 草稿 or 定时发布
 * wherever they appear; and 待分配 as the index number of a document that has none yet (the
 * preview never assigns one). The words are the page's, Chinese, whatever the console's language.
 */
final class PreviewMarks {

  private PreviewMarks() {}

  /**
   * The site as the preview shows it.
   *
   * @param now the time the preview is as of ({@code --today}, else now)
   * @param realNow the time it really is: documents due after it are scheduled
   * @param drafts whether drafts are shown
   */
  static Site apply(Site site, LocalDateTime now, LocalDateTime realNow, boolean drafts) {
    List<Document> out = new ArrayList<>(site.documents().size());
    String pending = Messages.get(Lang.ZH, "serve.mark.pending-index");
    for (Document doc : site.documents()) {
      Metadata m = doc.meta();
      Document shown = doc;
      if (m.title() != null && m.published() != null) {
        if (drafts && m.draft()) {
          shown = doc.withMeta(m.withTitle(mark("serve.mark.draft", m.title()), false));
        } else if (!m.draft() && m.published().value().isAfter(realNow)
            && !m.published().value().isAfter(now)) {
          shown = doc.withMeta(m.withTitle(mark("serve.mark.scheduled", m.title()), false));
        }
      }
      if (shown.meta().index() == null) {
        shown = shown.withIndex(pending);
      }
      out.add(shown);
    }
    return site.withDocuments(out);
  }

  private static String mark(String key, String title) {
    return Messages.get(Lang.ZH, "serve.mark.title", Messages.get(Lang.ZH, key), title);
  }
}
