package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One figure of an annual report's table, as written: the text of its YAML value (or null when the
 * cell was not given) and where it is. Whether it is a valid figure is a check's business
 * (rule {@code annual-report-figure}); sums use only figures that are.
 *
 * @param written the value as written, or null when the cell is missing
 * @param at where the value is (where its row is, when it is missing)
 */
public record Figure(String written, Location at) {

  private static final Pattern COUNT = Pattern.compile("[0-9]+");
  private static final Pattern AMOUNT = Pattern.compile("[0-9]+(\\.[0-9]+)?");
  /** Counts up to this many digits fit a long with room for sums. */
  private static final int MAX_DIGITS = 15;

  /** A missing cell, reported at {@code at}. */
  public static Figure missing(Location at) {
    return new Figure(null, at);
  }

  /** Whether anything but blanks was written. */
  public boolean given() {
    return written != null && !written.isBlank();
  }

  /** The figure as a count: a whole number from 0, written in digits; empty otherwise. */
  public OptionalLong count() {
    if (written == null || !COUNT.matcher(written).matches()) {
      return OptionalLong.empty();
    }
    String digits = written.replaceFirst("^0+(?=.)", "");
    return digits.length() > MAX_DIGITS ? OptionalLong.empty()
        : OptionalLong.of(Long.parseLong(digits));
  }

  /** The figure as an amount: a number from 0 in digits with any decimals; empty otherwise. */
  public Optional<BigDecimal> amount() {
    if (written == null || !AMOUNT.matcher(written).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(written));
  }
}
