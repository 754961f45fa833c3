package org.gongkai.index;

import java.time.LocalDate;

/**
 * One number in the ledger.
 *
 * @param index the 索引号
 * @param path the document it was issued to (its latest known path), relative to the site
 * @param title the document's title when last seen (for reviewers; not an identity)
 * @param assigned the day the number was first issued
 * @param state active while a document carries it; retired once that document is gone
 * @param imported whether the document came with its number from an older site (its publication
 *     date may then precede {@code assigned})
 * @param line where the entry starts in index-ledger.yaml (0 for a new entry)
 */
public record LedgerEntry(
    String index, String path, String title, LocalDate assigned, State state, boolean imported,
    int line) {

  /** Whether a document carries the number. */
  public enum State {
    ACTIVE("active"),
    RETIRED("retired");

    private final String key;

    State(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  public boolean active() {
    return state == State.ACTIVE;
  }

  public LedgerEntry withPath(String newPath) {
    return new LedgerEntry(index, newPath, title, assigned, state, imported, line);
  }

  public LedgerEntry withTitle(String newTitle) {
    return new LedgerEntry(index, path, newTitle, assigned, state, imported, line);
  }

  public LedgerEntry retired() {
    return new LedgerEntry(index, path, title, assigned, State.RETIRED, imported, line);
  }

  public LedgerEntry asImported() {
    return new LedgerEntry(index, path, title, assigned, state, true, line);
  }
}
