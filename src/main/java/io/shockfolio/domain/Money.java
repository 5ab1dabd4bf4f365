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

  /**
   * {@code amount × fraction}, rounded to the cent, computed on the decimals as written:
   * 3,276.75 × -10% is -327.675 and rounds to -327.68, where binary doubles would give -327.67.
   */
  public static double times(double amount, double fraction) {
    BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(fraction));
    return exact.setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * Two moves compounded, {@code (1 + a)(1 + b) - 1}, computed as {@code a + b + ab} so that a
   * single move comes back exactly ({@code -0.1}, not {@code -0.09999999999999998}).
   */
  public static double compound(double a, double b) {
    if (b == 0) {
      return a;
    }
    if (a == 0) {
      return b;
    }
    return BigDecimal.valueOf(a).add(BigDecimal.valueOf(b)).add(BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)))
        .doubleValue();
  }

  public static double fromCents(long cents) {
    return BigDecimal.valueOf(cents, 2).doubleValue();
  }
}
