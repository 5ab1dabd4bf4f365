package io.shockfolio.model;

import io.shockfolio.domain.Venue;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticker with its venue set apart, so that {@code ASML}, {@code ASML.AS}, {@code ASML NA},
 * {@code NASDAQ:ASML} and {@code "ASML NA Equity"} all have the root {@code ASML}.
 *
 * <p>Only known suffixes are split off: {@code BRK.B} keeps its {@code .B} and {@code BTC-USD}
 * stays {@code BTC-USD}, so the Bitcoin pair never meets the {@code BTC} ETF.
 *
 * @param root the ticker without venue, upper case
 * @param venue the venue the spelling names, if any
 */
public record SymbolKey(String root, Optional<Venue> venue) {

  private static final Pattern PREFIXED = Pattern.compile("([A-Z][A-Z ]*?)\\s*:\\s*(\\S+)");
  private static final Pattern BLOOMBERG = Pattern.compile("(\\S+)\\s+([A-Z]{2})(?:\\s+EQUITY)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern YAHOO = Pattern.compile("(.+)\\.([A-Z]{1,2})");

  /** Parses a ticker as written in a file or scenario; empty for blank input. */
  public static Optional<SymbolKey> parse(String text) {
    if (isBare(text)) {
      return Optional.of(new SymbolKey(text, Optional.empty())); // NVDA, 8035, BTC-USD: nothing to split off
    }
    String s = SPACES.matcher(text.trim().toUpperCase(Locale.ROOT)).replaceAll(" ");
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PREFIXED.matcher(s);
    if (m.matches()) {
      Optional<Venue> v = Venue.ofPrefix(m.group(1).trim());
      if (v.isPresent()) {
        return Optional.of(new SymbolKey(m.group(2), v));
      }
    }
    m = BLOOMBERG.matcher(s);
    if (m.matches()) {
      Optional<Venue> v = Venue.ofBloombergCode(m.group(2));
      if (v.isPresent()) {
        return Optional.of(new SymbolKey(m.group(1), v));
      }
    }
    if (s.endsWith(" EQUITY")) {
      s = s.substring(0, s.length() - " EQUITY".length()).trim();
    }
    m = YAHOO.matcher(s);
    if (m.matches()) {
      Optional<Venue> v = Venue.ofYahooSuffix(m.group(2));
      if (v.isPresent()) {
        return Optional.of(new SymbolKey(m.group(1), v));
      }
    }
    return Optional.of(new SymbolKey(s, Optional.empty()));
  }

  /**
   * Whether the text is a ticker without venue already in upper case: ASCII with no lower-case
   * letter, space, point or colon, which every spelling with a venue needs. Such text is its own
   * root, without the regular expressions below.
   */
  private static boolean isBare(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || c >= 127 || (c >= 'a' && c <= 'z') || c == '.' || c == ':') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether this ticker, as a scenario wrote it, names a holding's line: same root, and where
   * both give a venue the venues agree (NASDAQ and NYSE count as one US market). A bare scenario
   * ticker is a US ticker, so {@code SU} names Suncor ({@code SU}, {@code SU UN}) but not
   * Schneider Electric ({@code SU.PA}); a bare holding ticker is named when its currency is the
   * scenario venue's ({@code SAP} in EUR is {@code SAP.DE}).
   */
  public boolean canName(SymbolKey holding, String holdingCurrency) {
    if (!root.equals(holding.root)) {
      return false;
    }
    if (venue.isPresent() && holding.venue.isPresent()) {
      return venue.get().sameMarket(holding.venue.get());
    }
    if (venue.isPresent()) {
      return venue.get().currency().map(holdingCurrency::equals).orElse(true);
    }
    return holding.venue.map(Venue::isUs).orElse(true);
  }

  @Override
  public String toString() {
    return venue.map(v -> v.name() + ":" + root).orElse(root);
  }
}
