package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Portfolio;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows that would count money twice or with the wrong sign. Expected values are the cells themselves. */
class PortfolioReaderTotalsAndSignsTest {

  private static Portfolio parse(String text, PortfolioReader.Options options) {
    return PortfolioReader.parse(text, "t.csv", "t", options);
  }

  @Test
  void aTotalsRowLabelledInTheSymbolColumnIsSkipped() {
    Portfolio p = parse("Symbol,Market Value\nNVDA,1000\nAAPL,1000\nTotal,2000\n", PortfolioReader.Options.defaults());
    assertThat(p.holdings()).extracting(h -> h.instrument().symbol()).containsExactly("NVDA", "AAPL");
    Portfolio schwab = parse("Symbol,Market Value\nNVDA,1000\n\"Account Total\",1000\n", PortfolioReader.Options.defaults());
    assertThat(schwab.holdings()).hasSize(1);
  }

  @Test
  void aShortLineWithPositiveCellsIsNegativeInBothCurrencies() {
    Portfolio p = parse("Symbol,Quantity,Price,Currency,Market Value,Value in EUR\nNVDA,-10,100,USD,1000,950\n",
        PortfolioReader.Options.defaults());
    Holding h = p.holdings().get(0);
    assertThat(h.value()).isEqualTo(-1000.0);
    assertThat(h.fileBaseValue()).isEqualTo(-950.0);
  }

  @Test
  void weightsAreSharesOfTheTotalInTheBaseCurrency() {
    String text = "Symbol,Currency,Weight (%)\nNVDA,USD,50\n8035.T,JPY,50\n";
    assertThatThrownBy(() -> parse(text, new PortfolioReader.Options(Map.of(), 100_000, "", false)))
        .isInstanceOf(InputException.class)
        .hasMessage("t.csv: the weighted rows are in USD, JPY; say which currency --total is in with --base");
    Portfolio p = parse(text, new PortfolioReader.Options(Map.of(), 100_000, "", false, "USD"));
    // 50% of 100,000 USD each, both in USD
    assertThat(p.holdings()).extracting(Holding::value).containsExactly(50_000.0, 50_000.0);
    assertThat(p.holdings()).extracting(Holding::currency).containsExactly("USD", "USD");
    assertThat(p.notes()).anyMatch(n -> n.contains("1 weighted row(s) valued in USD as their share of --total"));
  }

  @Test
  void aValueColumnThatNamesItsCurrencyWinsOverTheLinesCurrency() {
    // comdirect: "Akt. Kurs" is the price in USD, "Wert in EUR" the value in EUR
    Portfolio p = parse("Bezeichnung;ISIN;Stück;Akt. Kurs;Währung;Wert in EUR\n"
        + "NVIDIA CORP;US67066G1040;60;142,62;USD;8154,16\n", PortfolioReader.Options.defaults());
    Holding h = p.holdings().get(0);
    assertThat(h.price()).isEqualTo(142.62);
    // 60 x 142.62 = 8,557.20 USD, with 8,154.16 EUR given beside it
    assertThat(h.value()).isEqualTo(8557.2, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(h.fileBaseValue()).isEqualTo(8154.16);
    assertThat(h.fileBaseCurrency()).isEqualTo("EUR");

    Portfolio valueOnly = parse("Name;Währung;Wert in EUR\nNVIDIA CORP;USD;8154,16\n",
        PortfolioReader.Options.defaults());
    assertThat(valueOnly.holdings().get(0).currency()).isEqualTo("EUR");
    assertThat(valueOnly.notes()).anyMatch(n -> n.contains("valued in the currency the value column names"));
  }

  @Test
  void totalsThatDoNotFitAreNoted() {
    Portfolio partial = parse("Symbol,Weight (%)\nNVDA,40\nAAPL,30\n",
        new PortfolioReader.Options(Map.of(), 10_000, "", false));
    // 40% + 30% = 70% of 10,000
    assertThat(partial.holdings()).extracting(Holding::value).containsExactly(4_000.0, 3_000.0);
    assertThat(partial.notes()).anyMatch(n -> n.contains("the weights add up to 70.00%"));
    Portfolio valued = parse("Symbol,Market Value\nNVDA,1000\n", new PortfolioReader.Options(Map.of(), 10_000, "", false));
    assertThat(valued.notes()).anyMatch(n -> n.contains("--total was not used: the file gives values"));
  }

  @Test
  void amountsBeyondTenToTheThirteenAreRefused() {
    assertThatThrownBy(() -> parse("Symbol,Market Value\nNVDA,100000000000000000000\n",
        PortfolioReader.Options.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("t.csv:2: found a value of 1.00000e+20, expected an amount below 10^13");
  }
}
