package org.gongkai.model;

import java.util.Optional;

/** 公开方式: how a document is disclosed. Only {@link #ACTIVE} documents are ever published. */
public enum Disclosure {
  /** 主动公开: proactively published; the only kind a website shows. */
  ACTIVE("主动公开"),
  /** 依申请公开: disclosed on application only; never written to the output. */
  ON_REQUEST("依申请公开"),
  /** 不予公开: not disclosed; never written to the output. */
  NOT_DISCLOSED("不予公开");

  private final String label;

  Disclosure(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The value for a label as written in a document, if it is one of the three. */
  public static Optional<Disclosure> fromLabel(String text) {
    for (Disclosure d : values()) {
      if (d.label.equals(text)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
