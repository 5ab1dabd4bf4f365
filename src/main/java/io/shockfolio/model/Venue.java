package io.shockfolio.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The trading venues whose ticker spellings Shockfolio understands, with the suffixes and
 * prefixes that name them: Yahoo style ({@code ASML.AS}), Bloomberg style ({@code ASML NA}) and
 * exchange prefixes ({@code NASDAQ:ASML}).
 */
public enum Venue {
  NASDAQ("USD", List.of(), List.of("UW", "UQ", "UR", "US"), List.of("NASDAQ", "NASDAQGS", "NASDAQGM", "NMS")),
  NYSE("USD", List.of(), List.of("UN", "US"), List.of("NYSE", "NYQ")),
  XAMS("EUR", List.of("AS"), List.of("NA"), List.of("AMS", "EURONEXT AMSTERDAM", "XAMS")),
  XETRA("EUR", List.of("DE", "F"), List.of("GY", "GR", "GF"), List.of("XETRA", "ETR", "FRA")),
  XPAR("EUR", List.of("PA"), List.of("FP"), List.of("EPA", "XPAR")),
  SIX("CHF", List.of("SW"), List.of("SE", "SW"), List.of("SWX", "SIX", "VTX")),
  TOKYO("JPY", List.of("T"), List.of("JT", "JP"), List.of("TYO", "TSE")),
  LSE("GBP", List.of("L"), List.of("LN"), List.of("LON", "LSE")),
  HKEX("HKD", List.of("HK"), List.of("HK"), List.of("HKG", "HKEX"));

  private final String currency;
  private final List<String> yahooSuffixes;
  private final List<String> bloombergCodes;
  private final List<String> prefixes;

  Venue(String currency, List<String> yahooSuffixes, List<String> bloombergCodes, List<String> prefixes) {
    this.currency = currency;
    this.yahooSuffixes = yahooSuffixes;
    this.bloombergCodes = bloombergCodes;
    this.prefixes = prefixes;
  }

  /** The currency instruments usually trade in there. */
  public String currency() {
    return currency;
  }

  /** Whether a US composite code ({@code US}) or the same US venue family applies to both. */
  boolean sameMarket(Venue other) {
    return this == other || (isUs() && other.isUs());
  }

  boolean isUs() {
    return this == NASDAQ || this == NYSE;
  }

  /** The venue named by a venue code as used in the reference list ({@code XAMS}, {@code NASDAQ}). */
  public static Optional<Venue> ofCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    return find(v -> v.name().equals(c) || v.prefixes.contains(c));
  }

  static Optional<Venue> ofYahooSuffix(String suffix) {
    return find(v -> v.yahooSuffixes.contains(suffix));
  }

  static Optional<Venue> ofBloombergCode(String code) {
    return find(v -> v.bloombergCodes.contains(code));
  }

  static Optional<Venue> ofPrefix(String prefix) {
    return find(v -> v.prefixes.contains(prefix));
  }

  private static Optional<Venue> find(java.util.function.Predicate<Venue> test) {
    return java.util.Arrays.stream(values()).filter(test).findFirst();
  }
}
