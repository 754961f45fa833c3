package org.gongkai.model;

/** A disclosure document: a prose {@link Report} or a {@link TaskList}. */
public sealed interface Document permits Report, TaskList {

  SourceInfo source();

  Metadata meta();

  /** A copy with another index number. */
  Document withIndex(String index);
}
