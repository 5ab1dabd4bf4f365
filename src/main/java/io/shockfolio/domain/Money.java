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

  /**
   * Below this magnitude a double is less than 2^-9 (0.002) from its neighbours, so a decimal
   * that reads back as it lies within 0.002 of any other such decimal.
   */
  private static final double FAST_LIMIT = 0x1p44;

  /** The amount rounded to whole cents, half up, as a count of cents. */
  public static long toCents(double amount) {
    if (!Double.isFinite(amount)) {
      throw new IllegalArgumentException("Expected a finite amount, but found " + amount);
    }
    if (Math.abs(amount) < FAST_LIMIT) {
      // Most amounts are already whole cents (sums and products rounded here). When c / 100 reads
      // back as the amount, the decimal BigDecimal.valueOf takes (Double.toString's, which also
      // reads back as the amount) is within one unit in the last place, under 0.002, of c / 100,
      // so rounding it to cents gives c: no decimal string needs to be made.
      long c = Math.round(amount * 100);
      if (c / 100.0 == amount) {
        return c;
      }
      // Else (a quantity times a price, 70066.52000000001): the decimal BigDecimal.valueOf takes lies
      // within half an ulp of the amount, and amount × 100 rounds once more, so the double is off
      // from the decimal's cents by at most 2 × 2^-53 of itself. Away from a half cent by more than
      // PRODUCT_SLACK of it, both round alike; nearer, BigDecimal decides.
      double cents = amount * 100;
      double magnitude = Math.abs(cents);
      double below = Math.floor(magnitude);
      double rest = magnitude - below;
      if (Math.abs(rest - 0.5) > magnitude * PRODUCT_SLACK + Double.MIN_NORMAL) {
        long whole = (long) below + (rest > 0.5 ? 1 : 0);
        return cents < 0 ? -whole : whole;
      }
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
   *
   * <p>Precision: the result is always that of the exact product of the two decimals, rounded half
   * up. Whole cents times a move of up to six decimal places are multiplied as whole numbers, exactly.
   * Other products are computed in doubles, which are off from that exact product by at most 4 × 2^-53
   * (5 × 10^-16) of it; only when the double product lies within 10^-14 of itself of a half cent
   * (about one in a million such products of a million cents) or beyond 10^13 in money does
   * {@link BigDecimal} decide, as it did for every product before.
   */
  public static double times(double amount, double fraction) {
    if (fraction == 0 && Double.isFinite(amount)) {
      return 0.0; // any amount × 0 is 0.00, and BigDecimal's zero has no sign
    }
    if (fraction == 1.0 && Double.isFinite(amount)) {
      return fromCents(toCents(amount)); // amount × 1.0 is the amount: its decimal rounded to cents
    }
    long whole = exactProductCents(amount, fraction);
    if (whole != NOT_EXACT) {
      return whole / 100.0; // c / 100 correctly rounded, as BigDecimal.doubleValue gives it
    }
    double cents = amount * fraction * 100;
    double magnitude = Math.abs(cents);
    if (magnitude < FAST_PRODUCT_LIMIT) {
      // The decimals BigDecimal.valueOf reads (Double.toString's) lie within half an ulp of the
      // doubles, and the two products above round once each, so |cents - exact| <= 4 * 2^-53 * |cents|
      // (under 5e-16 of it). Away from a half cent by more than PRODUCT_SLACK of it, both round alike.
      double below = Math.floor(magnitude);
      double rest = magnitude - below; // exact: both are below 2^50
      if (Math.abs(rest - 0.5) > magnitude * PRODUCT_SLACK + Double.MIN_NORMAL) {
        long c = (long) below + (rest > 0.5 ? 1 : 0);
        return (cents < 0 ? -c : c) / 100.0; // c / 100 correctly rounded, as BigDecimal.doubleValue gives it
      }
    }
    BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(fraction));
    return exact.setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static final long NOT_EXACT = Long.MIN_VALUE;

  /**
   * {@code amount × fraction} rounded half up to cents, in whole numbers, when the amount is whole
   * cents below 9 × 10^9 and the fraction a decimal of at most six places below 10 in magnitude (a
   * move such as -10% or -17.3%, whose products are often exactly half a cent): the cents times the
   * millionths, an exact product below 9 × 10^18, divided by a million. Else {@link #NOT_EXACT}.
   *
   * <p>These are the decimals BigDecimal.valueOf reads: Double.toString's is the shortest that reads
   * back as the double, and another decimal of at most two (six) places cannot read back as the same
   * double, which lies within 2^-53 of itself of both.
   */
  private static long exactProductCents(double amount, double fraction) {
    if (!(Math.abs(amount) < 9e9) || !(Math.abs(fraction) < 10)) {
      return NOT_EXACT;
    }
    long c = Math.round(amount * 100);
    long m = Math.round(fraction * 1e6);
    if (c / 100.0 != amount || m / 1e6 != fraction) {
      return NOT_EXACT;
    }
    long product = c * m; // in units of 10^-8: |c| < 9e11, |m| < 1e7
    long whole = (Math.abs(product) + 500_000) / 1_000_000; // half up, away from zero
    return product < 0 ? -whole : whole;
  }

  /** Products of up to 10^15 cents (10^13 in money) take the double path of {@link #times}. */
  private static final double FAST_PRODUCT_LIMIT = 1e15;

  /**
   * How far from a half cent, relative to the product, the double product of {@link #times} must
   * be to round as the exact decimal product does: 20 times its largest error, 4 × 2^-53.
   */
  private static final double PRODUCT_SLACK = 1e-14;

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
