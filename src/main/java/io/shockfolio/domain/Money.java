package io.shockfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place that says how amounts are rounded. Base-currency amounts of a result are rounded
 * to the cent, half up (as a person rounds {@code 2.675} to {@code 2.68}), and totals are sums of
 * those rounded amounts, so a table of holdings always adds up to its total to the cent.
 */
public final class Money {

  private Money() {}

  /** The amount rounded to whole cents, half up, as a count of cents. */
  public static long toCents(double amount) {
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("Expected a finite amount, but found " + amount);
    }
    return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** The amount rounded to whole cents, half up. */
  public static double roundToCents(double amount) {
    return fromCents(toCents(amount));
  }

  public static double fromCents(long cents) {
    return BigDecimal.valueOf(cents, 2).doubleValue();
  }
}
