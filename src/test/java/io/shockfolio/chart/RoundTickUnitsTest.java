package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.junit.jupiter.api.Test;

class RoundTickUnitsTest {

  private static final NumberFormat WHOLE = ChartTheme.of(Locale.US).decimalFormat(0);

  @Test
  void stepsAreRoundAndNeverFinerThanTheSmallest() {
    RoundTickUnits units = new RoundTickUnits(250, WHOLE);

    // below the smallest: the smallest; above it: the next of 1, 2, 2.5, 5 × 10^k
    assertThat(units.getCeilingTickUnit(100).getSize()).isEqualTo(250);
    assertThat(units.getCeilingTickUnit(300).getSize()).isEqualTo(500);
    assertThat(units.getCeilingTickUnit(1_100).getSize()).isEqualTo(2_000);
    assertThat(units.getLargerTickUnit(new NumberTickUnit(250)).getSize()).isEqualTo(500);
    assertThat(units.getLargerTickUnit(new NumberTickUnit(500)).getSize()).isEqualTo(1_000);
    assertThat(units.getLargerTickUnit(new NumberTickUnit(2_000)).getSize()).isEqualTo(2_500);
  }

  @Test
  void countsSkipTheHalfStep() {
    RoundTickUnits counts = new RoundTickUnits(1, WHOLE, true);

    // 2 → 2.5 is not a whole number of paths, so 5
    assertThat(counts.getLargerTickUnit(new NumberTickUnit(2)).getSize()).isEqualTo(5);
    assertThat(counts.getCeilingTickUnit(0.3).getSize()).isEqualTo(1);
    // 25 is whole
    assertThat(counts.getCeilingTickUnit(21).getSize()).isEqualTo(25);
  }

  @Test
  void amountTicksCapTheCountAndLeaveTheAxisToThinThemWhenDrawnSmall() {
    NumberAxis axis = new NumberAxis();
    // data 0..9,000 with the default 5% margins: 9,900 long; in at most 10 steps: 990, so 1,000
    ChartTheme.of(Locale.US).amountTicks(axis, 0, 9_000, 10);

    assertThat(axis.getTickUnit().getSize()).isEqualTo(1_000);
    assertThat(axis.isAutoTickUnitSelection()).isTrue();
    assertThat(axis.getStandardTickUnits().getCeilingTickUnit(10).getSize()).isEqualTo(1_000);
    assertThat(axis.getNumberFormatOverride().format(-2_000)).isEqualTo("-2,000");
  }
}
