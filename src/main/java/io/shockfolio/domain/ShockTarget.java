package io.shockfolio.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * What a shock applies to. In scenario files a target is written as a symbol ({@code NVDA},
 * {@code ASML.AS}), {@code isin:NL0010273215}, {@code sector:Semiconductors},
 * {@code currency:USD} or {@code *}.
 *
 * @param kind what the value identifies
 * @param value the symbol (upper case: tickers ignore case), ISIN, sector or currency code; {@code *}
 *     for {@link Kind#ALL}
 */
public record ShockTarget(Kind kind, String value) {

  /** The kinds of target, from the most specific to the least. */
  public enum Kind {
    /** One instrument by its ISIN. */
    ISIN,
    /** One instrument by a ticker on any venue. */
    SYMBOL,
    /** Every holding of a sector that no instrument shock reached. */
    SECTOR,
    /** An exchange-rate move: every holding priced in that currency, converted to the base currency. */
    CURRENCY,
    /** Every non-cash holding that no other price shock reached. */
    ALL
  }

  public ShockTarget {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("A " + kind + " target needs a value");
    }
  }

  public static ShockTarget symbol(String symbol) {
    return new ShockTarget(Kind.SYMBOL, symbol.trim().toUpperCase(Locale.ROOT));
  }

  public static ShockTarget isin(String isin) {
    return new ShockTarget(Kind.ISIN, isin.trim().toUpperCase(Locale.ROOT));
  }

  public static ShockTarget sector(String sector) {
    return new ShockTarget(Kind.SECTOR, sector.trim());
  }

  public static ShockTarget currency(String currency) {
    return new ShockTarget(Kind.CURRENCY, currency.trim().toUpperCase(Locale.ROOT));
  }

  public static ShockTarget all() {
    return new ShockTarget(Kind.ALL, "*");
  }

  /** Whether this target moves prices (everything but {@link Kind#CURRENCY}). */
  public boolean isPriceTarget() {
    return kind != Kind.CURRENCY;
  }

  /** The form used in scenario files, e.g. {@code isin:NL0010273215}. */
  @Override
  public String toString() {
    return switch (kind) {
      case SYMBOL -> value;
      case ISIN -> "isin:" + value;
      case SECTOR -> "sector:" + value;
      case CURRENCY -> "currency:" + value;
      case ALL -> "*";
    };
  }
}
