package io.shockfolio.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatTest {

  private final Format us = new Format(Locale.US);
  private final Format de = new Format(Locale.GERMANY);

  @Test
  void moneyHasTwoDecimalsGroupingAndARealMinus() {
    assertThat(us.money(1234.5)).isEqualTo("1,234.50");
    assertThat(us.money(-2000)).isEqualTo("\u22122,000.00");
    assertThat(us.signedMoney(340)).isEqualTo("+340.00");
    assertThat(us.signedMoney(-1510)).isEqualTo("\u22121,510.00");
    assertThat(de.money(-1234.5, "EUR")).isEqualTo("\u22121.234,50 EUR");
  }

  @Test
  void moneyRoundsHalfUpOnTheDecimalsAsWritten() {
    // 2.675 is 2.67499999… as a binary double; written as 2.675 it rounds up
    assertThat(us.money(2.675)).isEqualTo("2.68");
    assertThat(us.money(-2.675)).isEqualTo("\u22122.68");
  }

  @Test
  void aNumberThatRoundsToZeroHasNoSign() {
    assertThat(us.signedMoney(-0.004)).isEqualTo("0.00");
    assertThat(us.signedMoney(0)).isEqualTo("0.00");
    assertThat(us.percent(-0.00004)).isEqualTo("0.00%");
  }

  @Test
  void percentagesAreSignedWithTwoDecimals() {
    assertThat(us.percent(-0.0888)).isEqualTo("\u22128.88%");
    assertThat(us.percent(0.0213)).isEqualTo("+2.13%");
    // -0.02675 → -2.675% → -2.68%, half up on the decimal
    assertThat(us.percent(-0.02675)).isEqualTo("\u22122.68%");
    assertThat(us.unsignedPercent(0.1)).isEqualTo("10.00%");
    // German: decimal comma and a no-break space before %
    assertThat(de.percent(-0.0888)).isEqualTo("\u22128,88\u00a0%");
  }

  @Test
  void numbersAndCounts() {
    assertThat(us.number(0.9529, 4)).isEqualTo("0.9529");
    assertThat(de.number(1.28, 2)).isEqualTo("1,28");
    assertThat(us.count(100_000)).isEqualTo("100,000");
    assertThat(us.plain(2)).isEqualTo("2");
    assertThat(de.plain(0.5)).isEqualTo("0,5");
    assertThat(us.plain(1.255)).isEqualTo("1.26");
  }
}
