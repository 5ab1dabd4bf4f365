package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Holdings kept in columns give back the holdings they were given, field for field. */
class HoldingsTest {

  private static Holding holding(String symbol, String isin, String currency, String sector, double value, int line) {
    return Holding.of(new Instrument(symbol, isin, "", currency, sector, "", ""), 10, value / 10, value, line);
  }

  @Test
  void givesBackEveryHoldingAsAdded() {
    // every kind of column: texts that differ from the first row on (a second ISIN, a name), codes that
    // change (currency, sector, country), a second value in a base currency, cash, and summed lines
    List<Holding> given = List.of(
        holding("NVDA", "", "USD", "Semiconductors", 1_000, 2),
        new Holding(new Instrument("ASML.AS", "NL0010273215", "ASML HOLDING NV", "EUR", "", "NL", "Equity"),
            8, 1657.80, 13_262.40, 13_262.40, "EUR", false, List.of(3)),
        new Holding(new Instrument("", "", "CASH & CASH FUND (EUR)", "EUR", "", "", "Cash"),
            Double.NaN, Double.NaN, 260.04, Double.NaN, "", true, List.of(4)),
        new Holding(new Instrument("MSFT", "", "", "USD", "Software", "", ""), 5, 400, 2_000, Double.NaN, "",
            false, List.of(5, 9)),
        new Holding(new Instrument("SHORT", "", "", "USD", "", "", ""), -3, 10, -30, Double.NaN, "", false, List.of()));

    Holdings columns = Holdings.of(given);

    assertThat(columns).containsExactlyElementsOf(given);
    assertThat(columns.get(3).lines()).containsExactly(5, 9);
    assertThat(columns.get(4).lines()).isEmpty();
    assertThat(columns.currencies()).containsExactly("USD", "EUR");
    assertThat(columns.value(1)).isEqualTo(13_262.40);
    assertThat(columns.fileBaseValue(0)).isNaN();
    assertThat(columns.fileBaseCurrency(1)).isEqualTo("EUR");
    assertThat(columns.isCash(2)).isTrue();
    assertThat(columns.isCash(0)).isFalse();
    assertThat(columns.sector(0)).isEqualTo("Semiconductors");
    assertThat(columns.isin(1)).isEqualTo("NL0010273215");
    assertThat(columns.line(3)).isEqualTo(5);
  }

  @Test
  void aColumnThatStaysAlikeAndThenDiffersKeepsEveryRow() {
    // 1,000 rows without ISIN, then one with: the ISIN column turns from one value into one per row
    List<Holding> given = new ArrayList<>();
    for (int k = 0; k < 1_000; k++) {
      given.add(holding("T" + k, "", "USD", k % 3 == 0 ? "A" : "B", k + 1, k + 2));
    }
    given.add(holding("", "US0378331005", "CHF", "", 7, 1_002));

    Holdings columns = Holdings.of(given);

    assertThat(columns).hasSize(1_001).containsExactlyElementsOf(given);
    assertThat(columns.symbol(999)).isEqualTo("T999");
    assertThat(columns.symbol(1_000)).isEmpty();
    assertThat(columns.currencies()).containsExactly("USD", "CHF");
  }

  @Test
  void isAnUnmodifiableListThatAPortfolioKeeps() {
    Holdings columns = Holdings.of(List.of(holding("A", "", "USD", "", 1, 2)));
    Portfolio p = new Portfolio("p", "p.csv", columns, List.of());

    assertThat(p.holdings()).isSameAs(columns);
    assertThat(p.columns()).isSameAs(columns);
    assertThat(Holdings.of(columns)).isSameAs(columns);
    assertThatThrownBy(() -> columns.add(holding("B", "", "USD", "", 1, 3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> columns.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
