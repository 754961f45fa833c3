package org.gongkai.model;

/**
 * A Markdown document: report summaries, notices.
 *
 * @param body the CommonMark text after the front matter
 * @param bodyLine the line of the file the body starts on
 */
public record Report(SourceInfo source, Metadata meta, String body, int bodyLine)
    implements Document, Prose {

  @Override
  public Report withIndex(String index) {
    return new Report(source, meta.withIndex(index), body, bodyLine);
  }

  @Override
  public Report withMeta(Metadata newMeta) {
    return new Report(source, newMeta, body, bodyLine);
  }
}
