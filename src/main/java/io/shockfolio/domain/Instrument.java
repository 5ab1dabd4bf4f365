package io.shockfolio.domain;

import java.util.Objects;

/**
 * What a holding is, as far as its file says. Missing text is the empty string, never null.
 *
 * @param symbol the ticker as written in the file ({@code ASML.AS}, {@code "TREE UW"}), or empty
 * @param isin the ISIN, upper case, or empty
 * @param name the name as written in the file, or empty
 * @param currency ISO 4217 code of the price and value, e.g. {@code EUR}
 * @param sector the sector, or empty
 * @param country the country, or empty
 * @param assetClass the asset class as the file calls it ({@code Equity}, {@code Cash}), or empty
 */
public record Instrument(
    String symbol, String isin, String name, String currency, String sector, String country, String assetClass) {

  public Instrument {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(isin, "isin");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(assetClass, "assetClass");
    if (!isCurrencyCode(currency)) {
      throw new IllegalArgumentException(
          "Expected a three-letter currency code such as EUR, but found '" + currency + "'");
    }
  }

  /** Three capital letters, checked without a regular expression: a file of a million lines makes as many. */
  private static boolean isCurrencyCode(String s) {
    return s.length() == 3 && isCapital(s.charAt(0)) && isCapital(s.charAt(1)) && isCapital(s.charAt(2));
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** A short label for tables and charts: the symbol, else the name, else the ISIN. */
  public String label() {
    if (!symbol.isEmpty()) {
      return symbol;
    }
    if (!name.isEmpty()) {
      return name;
    }
    return isin.isEmpty() ? "(unnamed)" : isin;
  }

  /** The same instrument with the sector filled in. */
  public Instrument withSector(String newSector) {
    return new Instrument(symbol, isin, name, currency, newSector, country, assetClass);
  }
}
