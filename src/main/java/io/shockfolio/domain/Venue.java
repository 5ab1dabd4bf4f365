package io.shockfolio.domain;

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
  LSE(null, List.of("L"), List.of("LN"), List.of("LON", "LSE")),
  HKEX("HKD", List.of("HK"), List.of("HK"), List.of("HKG", "HKEX")),
  XMIL("EUR", List.of("MI"), List.of("IM"), List.of("BIT", "XMIL")),
  XMAD("EUR", List.of("MC"), List.of("SM"), List.of("BME", "XMAD")),
  XBRU("EUR", List.of("BR"), List.of("BB"), List.of("EBR", "XBRU")),
  XLIS("EUR", List.of("LS"), List.of("PL"), List.of("ELI", "XLIS")),
  XHEL("EUR", List.of("HE"), List.of("FH"), List.of("HEL", "XHEL")),
  XWBO("EUR", List.of("VI"), List.of("AV"), List.of("VIE", "XWBO")),
  XDUB("EUR", List.of("IR"), List.of("ID"), List.of("ISE", "XDUB")),
  TSX("CAD", List.of("TO"), List.of("CN", "CT"), List.of("TSX", "TSE:CA")),
  ASX("AUD", List.of("AX"), List.of("AU", "AT"), List.of("ASX")),
  XSTO("SEK", List.of("ST"), List.of("SS"), List.of("STO", "XSTO")),
  XCSE("DKK", List.of("CO"), List.of("DC"), List.of("CPH", "XCSE")),
  XOSL("NOK", List.of("OL"), List.of("NO"), List.of("OSL", "XOSL"));

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

  /** The currency instruments trade in there; empty for London, where prices are often in pence. */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /** The Yahoo suffix price files use for this venue ({@code AS} for Amsterdam), or empty for US venues. */
  public Optional<String> yahooSuffix() {
    return yahooSuffixes.isEmpty() ? Optional.empty() : Optional.of(yahooSuffixes.get(0));
  }

  /** Whether a US composite code ({@code US}) or the same US venue family applies to both. */
  public boolean sameMarket(Venue other) {
    return this == other || (isUs() && other.isUs());
  }

  public boolean isUs() {
    return this == NASDAQ || this == NYSE;
  }

  /** The venue named by a venue code as used in the reference list ({@code XAMS}, {@code NASDAQ}). */
  public static Optional<Venue> ofCode(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    return find(v -> v.name().equals(c) || v.prefixes.contains(c));
  }

  public static Optional<Venue> ofYahooSuffix(String suffix) {
    return find(v -> v.yahooSuffixes.contains(suffix));
  }

  public static Optional<Venue> ofBloombergCode(String code) {
    return find(v -> v.bloombergCodes.contains(code));
  }

  public static Optional<Venue> ofPrefix(String prefix) {
    return find(v -> v.prefixes.contains(prefix));
  }

  private static Optional<Venue> find(java.util.function.Predicate<Venue> test) {
    return java.util.Arrays.stream(values()).filter(test).findFirst();
  }
}
