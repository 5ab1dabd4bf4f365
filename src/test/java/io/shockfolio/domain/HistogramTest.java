package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

  @Test
  void tenValuesInFiveBinsGiveTwoPerBin() {
    // 0..9 from 0 to 9 in 5 bins: width 9 / 5 = 1.8, edges 0, 1.8, 3.6, 5.4, 7.2, 9:
    // {0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}
    Analysis.Histogram h = Analysis.Histogram.of(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 5);

    assertThat(h.start()).isZero();
    assertThat(h.width()).isCloseTo(1.8, within(1e-12));
    assertThat(h.counts()).containsExactly(2, 2, 2, 2, 2);
    assertThat(h.total()).isEqualTo(10);
  }

  @Test
  void theLargestValueLandsInTheLastBinAndAnInnerEdgeInTheBinAbove() {
    // 0..4 in 2 bins: width 4 / 2 = 2, bins [0, 2) and [2, 4]:
    // 2 sits on the inner edge, so bin 1; 4 is the upper end, (4 - 0) / 2 = 2 is past the last
    // bin's index, so it is counted in bin 1 too: {0, 1} and {2, 3, 4}
    Analysis.Histogram h = Analysis.Histogram.of(new double[] {0, 1, 2, 3, 4}, 2);

    assertThat(h.width()).isEqualTo(2.0);
    assertThat(h.counts()).containsExactly(2, 3);
  }

  @Test
  void negativeValuesStartAtTheSmallest() {
    // -10..10 in 4 bins: width 20 / 4 = 5, bins from -10: [-10, -5), [-5, 0), [0, 5), [5, 10]:
    // -10 → 0, -5 → 1, 0 → 2, 5 and 10 → 3
    Analysis.Histogram h = Analysis.Histogram.of(new double[] {-10, -5, 0, 5, 10}, 4);

    assertThat(h.start()).isEqualTo(-10.0);
    assertThat(h.width()).isEqualTo(5.0);
    assertThat(h.counts()).containsExactly(1, 1, 1, 2);
  }

  @Test
  void equalValuesFillOneBinOfWidthOneCentredOnThem() {
    // every value is 5: no spread to cut, so one bin from 5 - 0.5 = 4.5 to 5.5 holding all 3
    Analysis.Histogram h = Analysis.Histogram.of(new double[] {5, 5, 5}, 4);

    assertThat(h.counts()).containsExactly(3);
    assertThat(h.start()).isEqualTo(4.5);
    assertThat(h.width()).isEqualTo(1.0);
    assertThat(h.start() + h.width() / 2).as("the bin's centre").isEqualTo(5.0);
  }

  @Test
  void oneBinHoldsEveryValue() {
    // 1..4 in 1 bin: width 3, and all 4 values in it
    Analysis.Histogram h = Analysis.Histogram.of(new double[] {1, 2, 3, 4}, 1);

    assertThat(h.start()).isEqualTo(1.0);
    assertThat(h.width()).isEqualTo(3.0);
    assertThat(h.counts()).containsExactly(4);
  }

  @Test
  void rejectsNoValuesNoBinsAndABadWidth() {
    assertThatThrownBy(() -> Analysis.Histogram.of(new double[0], 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Analysis.Histogram.of(new double[] {1, 2}, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Analysis.Histogram(0, 0, List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Analysis.Histogram(Double.NaN, 1, List.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
