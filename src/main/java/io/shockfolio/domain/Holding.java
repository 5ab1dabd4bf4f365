package io.shockfolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * A position in a portfolio.
 *
 * <p>The value is in the instrument's currency and is negative for a short position. Quantity and
 * price are {@code NaN} when the file does not give them (a value-only file, a cash line).
 *
 * @param instrument what is held
 * @param quantity number of units, negative when short, or {@code NaN}
 * @param price price per unit in the instrument's currency, or {@code NaN}
 * @param value market value in the instrument's currency
 * @param fileBaseValue the value in {@code fileBaseCurrency} when the file gives one too (DEGIRO's
 *     "Waarde in EUR"), else {@code NaN}
 * @param fileBaseCurrency the currency of {@code fileBaseValue}, or empty
 * @param cash whether this is cash or a money-market line, which scenarios move only when they
 *     say so (a currency shock, or a shock aimed at it by name)
 * @param lines the file lines this holding was read from; several when repeated lines were summed
 */
public record Holding(
    Instrument instrument,
    double quantity,
    double price,
    double value,
    double fileBaseValue,
    String fileBaseCurrency,
    boolean cash,
    List<Integer> lines) {

  public Holding {
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(fileBaseCurrency, "fileBaseCurrency");
    lines = List.copyOf(lines);
    check(value, fileBaseValue, fileBaseCurrency);
  }

  /**
   * The rules a holding's amounts follow, for those who keep them without a {@code Holding}.
   *
   * @throws IllegalArgumentException for a value that is not finite, or a second value without
   *     its currency or the other way round
   */
  public static void check(double value, double fileBaseValue, String fileBaseCurrency) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("Expected a finite value, but found " + value);
    }
    if (Double.isNaN(fileBaseValue) != fileBaseCurrency.isEmpty()) {
      throw new IllegalArgumentException(
          "A file base value needs its currency and the other way round, but found "
              + fileBaseValue + " '" + fileBaseCurrency + "'");
    }
  }

  /** A security line read from one file line, with no second value. */
  public static Holding of(Instrument instrument, double quantity, double price, double value, int line) {
    return new Holding(instrument, quantity, price, value, Double.NaN, "", false, List.of(line));
  }

  public String currency() {
    return instrument.currency();
  }

  public boolean hasFileBaseValue() {
    return !Double.isNaN(fileBaseValue);
  }

  /**
   * A short label for tables and charts: the instrument's label, except that a cash line without
   * a ticker reads {@code Cash EUR} instead of a broker's long fund name.
   */
  public String label() {
    if (cash && instrument.symbol().isEmpty()) {
      return "Cash " + instrument.currency();
    }
    return instrument.label();
  }

  /** The first file line, for messages. */
  public int line() {
    return lines.isEmpty() ? 0 : lines.get(0);
  }
}
