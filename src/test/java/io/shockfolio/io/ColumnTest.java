package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Stück            | stuck
      STUECK           | stueck
      market value($)  | market value
      Weight (%)       | weight
      Symbool/ISIN     | symbool isin
      Währung          | wahrung
      Größe            | grosse
      '  Ticker  '     | ticker
      \uFEFFsymbol     | symbol
      Clôture          | cloture
      """)
  void normalizesCaseAccentsAndPunctuation(String header, String normalized) {
    assertThat(Column.normalize(header)).isEqualTo(normalized);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Ticker           | SYMBOL
      Kürzel           | SYMBOL
      Symbool/ISIN     | ISIN
      Symbol/ISIN      | ISIN
      Symbole/ISIN     | ISIN
      Product          | NAME
      Produkt          | NAME
      Produit          | NAME
      Bezeichnung      | NAME
      Aantal           | QUANTITY
      Anzahl           | QUANTITY
      Stück            | QUANTITY
      Quantité         | QUANTITY
      shares           | QUANTITY
      Slotkoers        | PRICE
      Closing          | PRICE
      Schlusskurs      | PRICE
      Clôture          | PRICE
      Current Price    | PRICE
      Lokale waarde    | VALUE
      Local value      | VALUE
      Lokaler Wert     | VALUE
      Valeur locale    | VALUE
      market value($)  | VALUE
      cv               | VALUE
      Kurswert         | VALUE
      weight(%)        | WEIGHT
      Weight (%)       | WEIGHT
      Währung          | CURRENCY
      Asset Class      | ASSET_CLASS
      Location         | COUNTRY
      """)
  void knowsTheHeadersOfRealExports(String header, Column column) {
    assertThat(Column.ofHeader(header)).contains(column);
  }

  @Test
  void unknownAndEmptyHeadersAreNoColumn() {
    assertThat(Column.ofHeader("")).isEmpty();
    assertThat(Column.ofHeader("Purchase Price")).isEmpty();
    assertThat(Column.ofHeader("Notional Value")).isEmpty();
    assertThat(Column.ofHeader("Waarde in EUR")).as("a second value, not the value").isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Waarde in EUR      | EUR
      Value in EUR       | EUR
      Wert in EUR        | EUR
      Valeur en EUR      | EUR
      Kurswert in EUR    | EUR
      Market Value (USD) | USD
      Value (CHF)        | CHF
      market value($)    | USD
      Marktwert (€)      | EUR
      Market Value (£)   | GBP
      """)
  void readsTheCurrencyAValueHeaderNames(String header, String currency) {
    assertThat(Column.valueCurrency(header)).contains(currency);
  }

  @Test
  void headersWithoutCurrencyNameNone() {
    assertThat(Column.valueCurrency("Market Value")).isEmpty();
    assertThat(Column.valueCurrency("Price ($)")).as("a price, not a value").isEmpty();
    assertThat(Column.valueCurrency("")).isEmpty();
  }

  @Test
  void keysForTheColumnsOption() {
    for (Column c : Column.values()) {
      assertThat(Column.ofKey(c.key())).contains(c);
    }
    assertThat(Column.ofKey("Quantity")).contains(Column.QUANTITY);
    assertThat(Column.ofKey("asset_class")).contains(Column.ASSET_CLASS);
    assertThat(Column.ofKey("asset class")).contains(Column.ASSET_CLASS);
    assertThat(Column.ofKey("shares")).isEqualTo(Optional.empty());
  }

  @Test
  void noAliasBelongsToTwoColumns() {
    for (Column a : Column.values()) {
      for (Column b : Column.values()) {
        if (a != b) {
          assertThat(a.aliases()).as("%s and %s", a, b).doesNotContainAnyElementsOf(b.aliases());
        }
      }
      assertThat(a.aliases()).allMatch(alias -> Column.normalize(alias).equals(alias), "aliases are normalized");
    }
    assertThat(Arrays.stream(Column.values()).map(Column::key)).doesNotHaveDuplicates();
  }
}
