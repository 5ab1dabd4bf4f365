package io.shockfolio.io;

import io.shockfolio.domain.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns a portfolio file can have, each with the header names it goes by in English,
 * German, Dutch and French exports. Headers are compared after {@link #normalize}: lower case,
 * accents and punctuation removed, so {@code "Stück"}, {@code "STUECK"} and {@code "stuck"} agree,
 * and {@code "market value($)"} is {@code "market value"}. DEGIRO's portfolio export is known in
 * Dutch ({@code Product,Symbool/ISIN,Aantal,Slotkoers,Lokale waarde,,Waarde in EUR}), English
 * ({@code Product,Symbol/ISIN,Quantity,Closing,Local value,,Value in EUR}), German ({@code
 * Produkt,Symbol/ISIN,Anzahl,Schlusskurs,Lokaler Wert,,Wert in EUR}) and French ({@code
 * Produit,Symbole/ISIN,Quantité,Clôture,Valeur locale,,Valeur en EUR}).
 */
public enum Column {
  SYMBOL("symbol", "symbol", "ticker", "kurzel", "kuerzel", "symbool", "ticker symbol", "tickersymbol",
      "code", "instrument symbol", "symbole"),
  ISIN("isin", "isin", "symbool isin", "symbol isin", "symbole isin", "isin code", "isin wkn", "code isin"),
  NAME("name", "name", "bezeichnung", "product", "produkt", "company", "description", "security",
      "security name", "security description", "instrument", "naam", "nom", "libelle", "wertpapier",
      "wertpapiername", "holding", "holding name", "titel", "designation", "company name", "asset name",
      "produit"),
  QUANTITY("quantity", "quantity", "shares", "stuck", "stueck", "stk", "anzahl", "aantal", "quantite", "qty",
      "units", "position", "nominal", "bestand", "shares held", "number of shares", "menge", "stucke"),
  PRICE("price", "price", "kurs", "slotkoers", "current price", "last price", "cours", "prix", "koers",
      "market price", "aktueller kurs", "akt kurs", "kurs akt", "last", "close price", "closing price", "kurs aktuell", "dernier cours",
      "closing", "schlusskurs", "cloture"),
  VALUE("value", "market value", "marktwert", "wert", "lokale waarde", "cv", "value", "current value",
      "valeur", "waarde", "positionswert", "kurswert", "valeur de marche", "total value", "position value",
      "marketvalue", "market val", "valeur actuelle", "aktueller wert", "local value", "lokaler wert",
      "valeur locale"),
  WEIGHT("weight", "weight", "gewichtung", "gewicht", "of fund", "allocation", "poids", "weging",
      "of net assets", "anteil", "weight of fund", "portfolio weight"),
  CURRENCY("currency", "currency", "wahrung", "waehrung", "market currency", "valuta", "devise", "ccy",
      "currency code", "whg", "munt", "monnaie"),
  SECTOR("sector", "sector", "sektor", "branche", "industry", "gics sector", "secteur"),
  COUNTRY("country", "country", "location", "land", "pays", "country of risk"),
  ASSET_CLASS("assetclass", "asset class", "assetclass", "anlageklasse", "asset type", "security type",
      "type d actif"),
  /** iShares: the rate from the line's currency to the fund's, in which its Market Value is given. */
  FX_RATE("fxrate", "fx rate");

  private static final Pattern BASE_VALUE = Pattern.compile(
      "(?:market value|marktwert|wert|waarde|value|valeur|current value|positionswert|kurswert)"
          + " (?:in |en )?(eur|usd|chf|gbp|jpy|hkd|cad|aud|sek|nok|dkk)");

  /** Each alias's column, the first in declaration order where two columns share one. */
  private static final Map<String, Column> BY_ALIAS = new HashMap<>();

  static {
    for (Column c : values()) {
      for (String alias : c.aliases) {
        BY_ALIAS.putIfAbsent(alias, c);
      }
    }
  }

  private final String key;
  private final List<String> aliases;

  Column(String key, String... aliases) {
    this.key = key;
    this.aliases = List.of(aliases);
  }

  /** The name used with {@code --columns}, e.g. {@code quantity}. */
  public String key() {
    return key;
  }

  public List<String> aliases() {
    return aliases;
  }

  /** The column a {@code --columns} key names. */
  public static Optional<Column> ofKey(String key) {
    String k = normalize(key).replace(" ", "");
    for (Column c : values()) {
      if (c.key.equals(k)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The column a header names, if it is one of the known aliases. */
  public static Optional<Column> ofHeader(String header) {
    String h = normalize(header);
    if (h.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_ALIAS.get(h));
  }

  /**
   * The currency of a header that names a value in one currency, such as DEGIRO's {@code "Waarde
   * in EUR"} or {@code "Value (EUR)"}; {@code "market value($)"} gives {@code USD}.
   */
  public static Optional<String> valueCurrency(String header) {
    String folded = normalize(header);
    // every header the pattern names is words, a space and a currency: a cell without a space is none
    if (folded.indexOf(' ') >= 0) {
      Matcher m = BASE_VALUE.matcher(folded);
      if (m.matches()) {
        return Optional.of(m.group(1).toUpperCase(Locale.ROOT));
      }
    }
    if (BY_ALIAS.get(folded) == VALUE) { // ofHeader(header), folded once
      String raw = header.toLowerCase(Locale.ROOT);
      if (raw.contains("$")) {
        return Optional.of("USD");
      }
      if (raw.contains("€")) {
        return Optional.of("EUR");
      }
      if (raw.contains("£")) {
        return Optional.of("GBP");
      }
    }
    return Optional.empty();
  }

  /** Lower case, without accents, punctuation or repeated spaces. */
  public static String normalize(String header) {
    return Text.fold(header);
  }
}
