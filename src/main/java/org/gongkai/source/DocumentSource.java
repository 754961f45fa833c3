package org.gongkai.source;

import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Document;
import org.gongkai.model.Problem;

/**
 * Gives the document of a file: the {@link DocumentParser} parses it; a cache of parsed documents
 * may answer instead, with the same document and the same problems. Called from many threads.
 */
public interface DocumentSource {

  /**
   * The document of a file, or empty after reporting why there is none.
   *
   * @param relPath the file relative to the site folder, e.g. {@code content/zwgk/a.md}
   * @param columnPath the column folder relative to {@code content/}
   */
  Optional<Document> parse(String relPath, String columnPath, Consumer<Problem> problems);
}
