package org.gongkai.model;

/**
 * A disclosure document: a prose {@link Report}, a {@link TaskList}, or an {@link AnnualReport}.
 */
public sealed interface Document permits Report, TaskList, AnnualReport {

  SourceInfo source();

  Metadata meta();

  /** A copy with another index number. */
  Document withIndex(String index);

  /** A copy with other metadata (the preview shows drafts with a marked title). */
  Document withMeta(Metadata meta);
}
