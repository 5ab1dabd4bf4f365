package io.shockfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats a fraction as a signed percentage for messages: {@code -0.17} gives {@code -17%}. */
public final class Percent {

  private Percent() {}

  /** {@code -0.17} gives {@code "-17%"}, {@code 0.0213} gives {@code "+2.13%"}. */
  public static String format(double fraction) {
    if (!Double.isFinite(fraction)) {
      return String.valueOf(fraction);
    }
    BigDecimal pct = BigDecimal.valueOf(fraction).movePointRight(2).setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    String text = pct.scale() < 0 ? pct.setScale(0).toPlainString() : pct.toPlainString();
    return (pct.signum() > 0 ? "+" : "") + text + "%";
  }
}
