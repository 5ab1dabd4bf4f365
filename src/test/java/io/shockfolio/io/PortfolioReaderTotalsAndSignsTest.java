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
  void amountsBeyondTenToTheFifteenAreRefused() {
    assertThatThrownBy(() -> parse("Symbol,Market Value\nNVDA,100000000000000000000\n",
        PortfolioReader.Options.defaults()))
        .isInstanceOf(InputException.class)
        .hasMessage("t.csv:2: found a value of 1.00000e+20, expected an amount below 10^15");
  }
}
