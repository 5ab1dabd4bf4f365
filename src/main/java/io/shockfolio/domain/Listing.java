package io.shockfolio.domain;

import java.util.Objects;

/**
 * Where an instrument trades under which ticker.
 *
 * @param venue the venue code, e.g. {@code NASDAQ}, {@code XAMS} (Euronext Amsterdam), {@code XETRA}
 * @param ticker the ticker on that venue, without suffix: {@code ASML}, {@code 8035}
 * @param currency the currency it trades in there
 */
public record Listing(String venue, String ticker, String currency) {

  public Listing {
    Objects.requireNonNull(venue, "venue");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(currency, "currency");
    if (ticker.isBlank()) {
      throw new IllegalArgumentException("A listing needs a ticker");
    }
  }

  @Override
  public String toString() {
    return venue.isEmpty() ? ticker : venue + ":" + ticker;
  }
}
