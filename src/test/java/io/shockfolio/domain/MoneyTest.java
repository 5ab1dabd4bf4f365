package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void roundsHalfUpAsAPersonReadsTheDecimal() {
    // 2.675 is stored as 2.67499999999999982236431605997495353221893310546875; a person
    // reading "2.675" rounds it to 2.68, and so does Money.
    assertThat(Money.roundToCents(2.675)).isEqualTo(2.68);
    assertThat(Money.roundToCents(-3851.376)).isEqualTo(-3851.38);
    assertThat(Money.toCents(-0.005)).isEqualTo(-1);
    assertThat(Money.toCents(1_000_000.004)).isEqualTo(100_000_000);
  }

  @Test
  void productsRoundHalfUpOnTheDecimalsAsWritten() {
    // 80.05 x -10% = -8.005 -> -8.01 (away from zero, as +8.005 -> +8.01);
    // 3,276.75 x -10% = -327.675 -> -327.68; 0.05 x -10% = -0.005 -> -0.01
    assertThat(Money.times(80.05, -0.10)).isEqualTo(-8.01);
    assertThat(Money.times(80.05, 0.10)).isEqualTo(8.01);
    assertThat(Money.times(3276.75, -0.10)).isEqualTo(-327.68);
    assertThat(Money.times(0.05, -0.10)).isEqualTo(-0.01);
    // (1 - 10%)(1 + 0%) - 1 is exactly -10%, not -0.09999999999999998
    assertThat(Money.compound(-0.10, 0)).isEqualTo(-0.10);
    // (1 - 17%)(1 - 2%) - 1 = 0.83 x 0.98 - 1 = -0.1866
    assertThat(Money.compound(-0.17, -0.02)).isEqualTo(-0.1866);
  }

  @Test
  void percentShowsSignAndDropsTrailingZeros() {
    assertThat(Percent.format(-0.17)).isEqualTo("-17%");
    assertThat(Percent.format(-0.089)).isEqualTo("-8.9%");
    assertThat(Percent.format(0.02)).isEqualTo("+2%");
    assertThat(Percent.format(0)).isEqualTo("0%");
  }
}
