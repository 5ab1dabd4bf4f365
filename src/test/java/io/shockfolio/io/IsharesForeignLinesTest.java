package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.TestFiles;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Portfolio;
import org.junit.jupiter.api.Test;

/**
 * iShares files give a line's Market Value in the fund's currency, with an FX Rate from the
 * line's own currency. The fixture follows SOXX's layout with an Amsterdam and a Tokyo line and
 * the USD cash line every iShares file has (FX Rate 1.00, which names the fund's currency).
 */
class IsharesForeignLinesTest {

  private final Portfolio p = PortfolioReader.read(TestFiles.resource("io/shockfolio/io/ishares-foreign-lines.csv"),
      "ishares-foreign-lines.csv", PortfolioReader.Options.defaults());

  @Test
  void foreignLinesKeepTheirOwnValueAndTheFundsValue() {
    Holding asml = p.holdings().get(0);
    // own value: 1,000 shares x 1,000.00 EUR = 1,000,000 EUR; fund value: the Market Value, 1,080,000 USD
    assertThat(asml.currency()).isEqualTo("EUR");
    assertThat(asml.value()).isEqualTo(1_000_000.0);
    assertThat(asml.fileBaseValue()).isEqualTo(1_080_000.0);
    assertThat(asml.fileBaseCurrency()).isEqualTo("USD");

    Holding tel = p.holdings().get(1);
    // 6,667 x 22,500 JPY = 150,007,500 JPY; Market Value 1,000,000 USD
    assertThat(tel.value()).isEqualTo(150_007_500.0);
    assertThat(tel.fileBaseValue()).isEqualTo(1_000_000.0);

    Holding cash = p.holdings().get(2);
    assertThat(cash.cash()).isTrue();
    assertThat(cash.value()).isEqualTo(500.0);
    assertThat(cash.hasFileBaseValue()).isFalse();
    assertThat(p.notes()).anyMatch(n -> n.contains("2 line(s) not in the fund's currency USD"));
  }
}
