package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class ReverseStressTest {

  @Test
  void scaleOfALinearLoss() {
    // loss(k) = 25000 k: a loss of 60000 needs k = 60000 / 25000 = 2.4
    assertThat(ReverseStress.scaleForLoss(k -> 25_000 * k, 60_000)).isCloseTo(2.4, within(1e-10));
    // with a gain at k = 0: loss(k) = −1000 + 25000 k = 60000 → k = 61000 / 25000 = 2.44
    assertThat(ReverseStress.scaleForLoss(k -> -1_000 + 25_000 * k, 60_000)).isCloseTo(2.44, within(1e-10));
  }

  @Test
  void scaleOfANonLinearLoss() {
    // loss(k) = 10000 k², target 40000 → k = 2
    assertThat(ReverseStress.scaleForLoss(k -> 10_000 * k * k, 40_000)).isCloseTo(2.0, within(1e-10));
    // ends of the interval are returned exactly
    assertThat(ReverseStress.scaleForLoss(k -> 10_000 * k, 0)).isZero();
    assertThat(ReverseStress.scaleForLoss(k -> 10_000 * k, 30_000, 3.0)).isEqualTo(3.0);
  }

  @Test
  void unreachableTargetIsAClearError() {
    // the most this scenario can lose within [0, 10] is 250000
    assertThatThrownBy(() -> ReverseStress.scaleForLoss(k -> 25_000 * k, 1_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not reachable")
        .hasMessageContaining("250000");
    // a scenario that only gains never reaches a loss
    assertThatThrownBy(() -> ReverseStress.scaleForLoss(k -> -5_000 * k, 1_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not reachable");
    assertThatThrownBy(() -> ReverseStress.scaleForLoss(k -> Double.NaN, 1_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    assertThatThrownBy(() -> ReverseStress.scaleForLoss(k -> k, 1, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximum scale");
  }

  /*
   * Σ = [[0.04, 0.02], [0.02, 0.09]], exposures e = [1,000,000, 500,000], target loss L = 100,000.
   *   Σe     = [0.04·1e6 + 0.02·5e5, 0.02·1e6 + 0.09·5e5] = [50000, 65000]
   *   eᵀΣe   = 1e6·50000 + 5e5·65000 = 5e10 + 3.25e10 = 8.25e10
   *   s*     = −L Σe / eᵀΣe = −1e5 · [50000, 65000] / 8.25e10 = [−0.060606060606..., −0.078787878787...]
   *   check  e·s* = −60606.06 − 39393.94 = −100000
   *   s*ᵀΣ⁻¹s* = L² / eᵀΣe = 1e10 / 8.25e10 = 0.121212..., distance = √0.121212 = 0.348155311911...
   * Independently with Σ⁻¹ = (1/0.0032)[[0.09, −0.02], [−0.02, 0.04]] (det = 0.0036 − 0.0004 = 0.0032).
   * Putting the whole loss on name 0 instead, s = [−0.1, 0], costs 0.01 × 0.09/0.0032 = 0.28125: less plausible.
   */
  @Test
  void mostPlausibleMovesTwoNamesByHand() {
    RealMatrix sigma = new Array2DRowRealMatrix(new double[][] {{0.04, 0.02}, {0.02, 0.09}});
    double[] e = {1_000_000, 500_000};
    ReverseStress.PlausibleMoves pm = ReverseStress.mostPlausibleMoves(sigma, e, 100_000);

    double[] s = pm.moves();
    assertThat(s).containsExactly(new double[] {-100_000.0 * 50_000 / 8.25e10, -100_000.0 * 65_000 / 8.25e10},
        within(1e-15));
    assertThat(s[0]).isCloseTo(-0.0606060606, within(1e-10));
    assertThat(s[1]).isCloseTo(-0.0787878788, within(1e-10));
    assertThat(e[0] * s[0] + e[1] * s[1]).isCloseTo(-100_000, within(1e-8));
    assertThat(pm.mahalanobisSquared()).isCloseTo(1e10 / 8.25e10, within(1e-14));
    assertThat(pm.mahalanobisDistance()).isCloseTo(0.348155311911, within(1e-11));

    // the distance recomputed with the hand inverse
    double q = (0.09 * s[0] * s[0] - 2 * 0.02 * s[0] * s[1] + 0.04 * s[1] * s[1]) / 0.0032;
    assertThat(q).isCloseTo(pm.mahalanobisSquared(), within(1e-14));
    double alternative = (0.09 * 0.01) / 0.0032;
    assertThat(alternative).isCloseTo(0.28125, within(1e-15)).isGreaterThan(pm.mahalanobisSquared());
  }

  @Test
  void mostPlausibleMovesWorkWithASingularCovariance() {
    // two names that always move together: Σ = 0.04 [[1, 1], [1, 1]], e = [1, 1], L = 0.2
    // Σe = [0.08, 0.08], eᵀΣe = 0.16, s* = −0.2 × [0.08, 0.08] / 0.16 = [−0.1, −0.1], distance 0.2 / 0.4 = 0.5
    RealMatrix sigma = new Array2DRowRealMatrix(new double[][] {{0.04, 0.04}, {0.04, 0.04}});
    ReverseStress.PlausibleMoves pm = ReverseStress.mostPlausibleMoves(sigma, new double[] {1, 1}, 0.2);
    assertThat(pm.moves()).containsExactly(new double[] {-0.1, -0.1}, within(1e-15));
    assertThat(pm.mahalanobisDistance()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void exposuresWithoutRiskAreRejected() {
    // long one, short the same amount of its twin: eᵀΣe = 0
    RealMatrix sigma = new Array2DRowRealMatrix(new double[][] {{0.04, 0.04}, {0.04, 0.04}});
    assertThatThrownBy(() -> ReverseStress.mostPlausibleMoves(sigma, new double[] {1, -1}, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("risk");
    assertThatThrownBy(() -> ReverseStress.mostPlausibleMoves(sigma, new double[] {1}, 0.2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 x 2");
  }
}
