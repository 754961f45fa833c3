package org.gongkai.source;

import java.util.Collection;
import java.util.Optional;

/** Suggests the known word a misspelt one was meant to be. */
public final class Spelling {

  private Spelling() {}

  /**
   * The candidate closest to {@code word} by edit distance, if it is close enough to be a likely
   * typo (at most a third of the word's length, and at least one edit allowed).
   */
  public static Optional<String> nearest(String word, Collection<String> candidates) {
    return closest(word, candidates).filter(best -> distance(word, best)
        <= Math.max(1, Math.max(word.length(), best.length()) / 3));
  }

  /** The candidate closest to {@code word}, however far (ties: the first in sorted order). */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(word, candidate);
      if (d < bestDistance || d == bestDistance && candidate.compareTo(best) < 0) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance with transpositions (optimal string alignment), by code point. */
  public static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= y.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[x.length][y.length];
  }
}
