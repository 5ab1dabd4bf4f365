package io.shockfolio.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the report shows them: the locale's grouping and decimal mark, two decimals for money
 * and percentages, rounded half up, and a real minus sign (U+2212) before negative numbers. A
 * number that rounds to zero has no sign. Not thread-safe.
 */
final class Format {

  /** The minus sign of every negative number in a report. */
  static final char MINUS = '\u2212';

  private final NumberFormat money;
  private final NumberFormat percent;
  private final Locale locale;

  Format(Locale locale) {
    this.locale = locale;
    money = decimals(NumberFormat.getNumberInstance(locale), 2, 2);
    percent = decimals(NumberFormat.getPercentInstance(locale), 2, 2);
  }

  private static NumberFormat decimals(NumberFormat f, int min, int max) {
    f.setGroupingUsed(true);
    f.setMinimumFractionDigits(min);
    f.setMaximumFractionDigits(max);
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f;
  }

  /** An amount with a sign only when negative: {@code 1,234.56}, {@code −2,000.00}. */
  String money(double amount) {
    return sign(amount, money, false);
  }

  /** An amount with its sign: {@code +340.00}, {@code −1,000.00}, {@code 0.00}. */
  String signedMoney(double amount) {
    return sign(amount, money, true);
  }

  /** An amount and its currency: {@code 1,234.56 EUR}. */
  String money(double amount, String currency) {
    return money(amount) + " " + currency;
  }

  /** A signed amount and its currency: {@code −1,510.00 EUR}. */
  String signedMoney(double amount, String currency) {
    return signedMoney(amount) + " " + currency;
  }

  /** A fraction as a signed percentage with 2 decimals: {@code −0.0888} gives {@code −8.88%} (en), {@code −8,88 %} (de). */
  String percent(double fraction) {
    return sign(fraction, percent, true);
  }

  /** A fraction as a percentage without a plus sign: {@code 0.1} gives {@code 10.00%}. */
  String unsignedPercent(double fraction) {
    return sign(fraction, percent, false);
  }

  /** A plain number with {@code decimals} decimals, signed only when negative: a scale, a rate. */
  String number(double value, int decimals) {
    return sign(value, decimals(NumberFormat.getNumberInstance(locale), decimals, decimals), false);
  }

  /** A plain number with up to 2 decimals and no trailing zeros: a severity {@code 2}, {@code 0.5}. */
  String plain(double value) {
    return sign(value, decimals(NumberFormat.getNumberInstance(locale), 0, 2), false);
  }

  /** A count with grouping: {@code 100,000}. */
  String count(long n) {
    return NumberFormat.getIntegerInstance(locale).format(n);
  }

  private static String sign(double value, NumberFormat format, boolean plus) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal exact = BigDecimal.valueOf(value);
    String body = format.format(exact.abs());
    if (body.equals(format.format(BigDecimal.ZERO))) {
      return body;
    }
    if (exact.signum() < 0) {
      return MINUS + body;
    }
    return plus ? "+" + body : body;
  }
}
