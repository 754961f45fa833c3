package org.gongkai.model;

/** A document with a Markdown text after its front matter: a report or an annual report. */
public interface Prose {

  /** The CommonMark text after the front matter. */
  String body();

  /** The file line the body starts on. */
  int bodyLine();
}
