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

  /** What toCents means: the amount's decimal (as BigDecimal.valueOf reads it) rounded half up to cents. */
  private static long reference(double amount) {
    return java.math.BigDecimal.valueOf(amount).setScale(2, java.math.RoundingMode.HALF_UP).unscaledValue()
        .longValueExact();
  }

  @Test
  void wholeCentsAreCountedWithoutDecimalStringsAndAgreeWithTheDecimalRounding() {
    // every amount from -2,000.00 to 2,000.00, and the same cents at 10^6 and near 2^44 (1.76 × 10^13)
    for (long c = -200_000; c <= 200_000; c++) {
      for (long offset : new long[] {0, 100_000_000L, 1_700_000_000_000_000L}) {
        double amount = (c + offset) / 100.0;
        assertThat(Money.toCents(amount)).as("%s", amount).isEqualTo(reference(amount));
      }
    }
  }

  @Test
  void amountsBetweenCentsAgreeWithTheDecimalRounding() {
    // half cents (2.675 is below 2.675 in binary, yet rounds up as written), products of a quantity
    // and a price as a reader makes them, and random amounts with up to six decimals
    java.util.Random random = new java.util.Random(2025_01_27);
    for (int i = 0; i < 200_000; i++) {
      double halfCent = (random.nextInt(2_000_000) - 1_000_000) / 100.0 + 0.005;
      double product = random.nextInt(5_000) * (random.nextInt(100_000) / 100.0);
      double six = (random.nextLong() % 10_000_000_000_000L) / 1e6;
      double huge = random.nextDouble() * 1e15;
      for (double amount : new double[] {halfCent, product, six, huge, -product, -huge}) {
        assertThat(Money.toCents(amount)).as("%s", amount).isEqualTo(reference(amount));
      }
    }
  }

  @Test
  void timesZeroAndTimesOneAgreeWithTheDecimalProduct() {
    java.util.Random random = new java.util.Random(17);
    for (int i = 0; i < 100_000; i++) {
      double amount = random.nextInt(5_000) * (random.nextInt(100_000) / 100.0) * (random.nextBoolean() ? 1 : -1);
      for (double fraction : new double[] {0.0, 1.0}) {
        double expected = java.math.BigDecimal.valueOf(amount).multiply(java.math.BigDecimal.valueOf(fraction))
            .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
        assertThat(Money.times(amount, fraction)).as("%s x %s", amount, fraction).isEqualTo(expected);
      }
    }
    // 2.675 x 1 is 2.675 as written, 2.68 in cents; -0.004 x 1 is -0.00, which is 0.0
    assertThat(Money.times(2.675, 1.0)).isEqualTo(2.68);
    assertThat(Money.times(-0.004, 1.0)).isEqualTo(0.0);
  }

  /** What times means: the exact product of the two decimals as BigDecimal.valueOf reads them, half up to cents. */
  private static double referenceProduct(double amount, double fraction) {
    return java.math.BigDecimal.valueOf(amount).multiply(java.math.BigDecimal.valueOf(fraction))
        .setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
  }

  @Test
  void halfCentProductsRoundAwayFromZeroAsWritten() {
    // worked by hand on the decimals: 1.45 x 10% = 0.145 -> 0.15, though the double product is
    // 0.14499999999999999000799... and rounding that gives 0.14; 0.29 x 50% = 0.145 -> 0.15 (the
    // double, times 100, is 14.499999999999998); 13.45 x 30% = 4.035 -> 4.04 (the double gives 4.03);
    // 4,002.25 x -17.3% = -692.38925 -> -692.39; 1.01 x 50% = 0.505 -> 0.51 and -1.01 x 50% = -0.505
    // -> -0.51 (half up is away from zero); 1,234.50 x -0.3% = -3.7035 -> -3.70 (not a half cent)
    assertThat(Money.times(1.45, 0.1)).isEqualTo(0.15);
    assertThat(Money.times(0.29, 0.5)).isEqualTo(0.15);
    assertThat(Money.times(13.45, 0.3)).isEqualTo(4.04);
    assertThat(Money.times(4002.25, -0.173)).isEqualTo(-692.39);
    assertThat(Money.times(1.01, 0.5)).isEqualTo(0.51);
    assertThat(Money.times(-1.01, 0.5)).isEqualTo(-0.51);
    assertThat(Money.times(1234.50, -0.003)).isEqualTo(-3.70);
    // a loss smaller than half a cent is 0.00, and 0.0 rather than -0.0, as BigDecimal's zero has no sign
    assertThat(Double.doubleToRawLongBits(Money.times(0.03, -0.1))).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void productsAgreeWithTheExactDecimalProductForRealisticAmountsAndMoves() {
    // whole cents times moves of up to six places are multiplied as whole numbers, the rest in doubles
    // (sector averages, cents up to 10^13, half cents); BigDecimal decides near half a cent.
    // Amounts as a reader makes them (a quantity of up to 5,000 times a price of up to 1,000.00,
    // rounded to cents), cents up to 10^11 and 10^13, and half cents; moves with one to three
    // decimals of a percent, and sector averages with many digits (a sum of moves over 1 to 40)
    java.util.Random random = new java.util.Random(20250127);
    for (int i = 0; i < 100_000; i++) {
      double product = Money.roundToCents(random.nextInt(5_000) * (random.nextInt(100_000) / 100.0));
      double large = (random.nextLong() % 10_000_000_000_000L) / 100.0;
      double huge = (random.nextLong() % 1_000_000_000_000_000L) / 100.0;
      double halfCent = (random.nextInt(2_000_000) - 1_000_000) / 100.0 + 0.005;
      double move = (random.nextInt(200_001) - 100_000) / 100_000.0; // -100.000% to +100.000%
      double pct = (random.nextInt(2_001) - 1_000) / 1_000.0; // whole tenths of a percent
      double sum = 0;
      int n = 1 + random.nextInt(40);
      for (int k = 0; k < n; k++) {
        sum += (random.nextInt(401) - 300) / 1_000.0;
      }
      double average = sum / n;
      for (double amount : new double[] {product, -product, large, huge, halfCent}) {
        for (double fraction : new double[] {move, pct, average, 0.5, -0.1}) {
          assertThat(Money.times(amount, fraction)).as("%s x %s", amount, fraction)
              .isEqualTo(referenceProduct(amount, fraction));
        }
      }
    }
  }

  @Test
  void percentShowsSignAndDropsTrailingZeros() {
    assertThat(Percent.format(-0.17)).isEqualTo("-17%");
    assertThat(Percent.format(-0.089)).isEqualTo("-8.9%");
    assertThat(Percent.format(0.02)).isEqualTo("+2%");
    assertThat(Percent.format(0)).isEqualTo("0%");
  }
}
