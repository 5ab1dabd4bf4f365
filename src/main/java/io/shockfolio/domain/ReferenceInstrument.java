package io.shockfolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * An entry of the bundled instrument reference list: one company (or index, or coin) with its
 * identifiers, so a holding known only by ISIN meets a shock given by ticker, and the other way
 * round.
 *
 * @param name the usual name, e.g. {@code Siemens Energy}
 * @param isin the ISIN of the primary line, or empty (indices, crypto)
 * @param aliases other names it appears under in files ({@code SIEMENS ENERGY AG})
 * @param listings its tickers per venue
 * @param currency the primary line's currency
 * @param sector the sector
 * @param country the country
 * @param kind {@code equity}, {@code index}, {@code future} or {@code crypto}
 * @param proxy the ticker of a tradable series that stands in for it in price histories (QQQ for
 *     the Nasdaq Composite), or empty
 */
public record ReferenceInstrument(
    String name,
    String isin,
    List<String> aliases,
    List<Listing> listings,
    String currency,
    String sector,
    String country,
    String kind,
    String proxy) {

  public ReferenceInstrument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(isin, "isin");
    aliases = List.copyOf(aliases);
    listings = List.copyOf(listings);
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(sector, "sector");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(proxy, "proxy");
    if (listings.isEmpty()) {
      throw new IllegalArgumentException("Reference instrument '" + name + "' needs at least one listing");
    }
  }
}
