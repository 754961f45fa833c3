package org.gongkai.check;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/**
 * What the text rules found in a document before, so that a run checks again only the documents
 * that changed: a document's findings depend only on its file (its key) and on the settings the
 * rules read ({@link Rules#settingsKey}). Called from many threads.
 */
public interface Findings {

  /** The findings of all text rules in this document under these settings, if known. */
  Optional<List<Problem>> get(Document doc, String settings);

  /** Remembers a document's findings under these settings. */
  void put(Document doc, String settings, List<Problem> found);

  /** Remembers nothing: every document is checked. */
  Findings NONE = new Findings() {
    @Override
    public Optional<List<Problem>> get(Document doc, String settings) {
      return Optional.empty();
    }

    @Override
    public void put(Document doc, String settings, List<Problem> found) {
      // nothing to remember
    }
  };
}
