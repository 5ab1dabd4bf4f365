package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class ConditionalGaussianTest {

  private static RealMatrix m(double[][] a) {
    return new Array2DRowRealMatrix(a);
  }

  /*
   * Two names, Σ = [[0.04, 0.02], [0.02, 0.09]]; name 0 reported down 17%: s = ln(0.83) = -0.18632957819149348.
   *   weight   = Σ_10 / Σ_00 = 0.02 / 0.04 = 0.5
   *   mean     = 0.5 × s = -0.09316478909574674
   *   variance = 0.09 − 0.02² / 0.04 = 0.09 − 0.01 = 0.08,  sd = √0.08 = 0.282842712474619
   *   90% band = mean ± z σ with z = Φ⁻¹(0.95) = 1.6448536269514722 (scipy.stats.norm.ppf(0.95)):
   *              [-0.5583996505664163, 0.37207007237492273]
   */
  @Test
  void twoNamesByHand() {
    RealMatrix sigma = m(new double[][] {{0.04, 0.02}, {0.02, 0.09}});
    double s = Math.log(0.83);
    ConditionalGaussian cg = new ConditionalGaussian(sigma, new int[] {0}, new int[] {1}, new double[] {s});

    assertThat(cg.mean(1)).isCloseTo(-0.09316478909574674, within(1e-15));
    assertThat(cg.mean(1)).isCloseTo(-0.0931648, within(1e-7));
    assertThat(cg.variance(1)).isCloseTo(0.08, within(1e-15));
    assertThat(cg.standardDeviation(1)).isCloseTo(0.282842712474619, within(1e-15));
    assertThat(cg.weights(1)).containsExactly(new double[] {0.5}, within(1e-15));
    assertThat(cg.attribution(1)).containsExactly(new double[] {-0.09316478909574674}, within(1e-15));
    assertThat(cg.solvedByCholesky()).isTrue();

    ConditionalGaussian.Band band = cg.band(1, 0.90);
    assertThat(band.lower()).isCloseTo(-0.5583996505664163, within(1e-9));
    assertThat(band.upper()).isCloseTo(0.37207007237492273, within(1e-9));
    assertThat(band.level()).isEqualTo(0.90);
    assertThat(band.lowerMove()).isCloseTo(Math.exp(-0.5583996505664163) - 1, within(1e-9));
    assertThat(band.upperMove()).isCloseTo(Math.exp(0.37207007237492273) - 1, within(1e-9));
  }

  /*
   * Four names, 0 and 1 reported, 2 and 3 estimated:
   *       Σ = [[0.04, 0.01, 0.02,   0.01 ],
   *            [0.01, 0.09, 0.03,   0    ],
   *            [0.02, 0.03, 0.0625, 0.015],
   *            [0.01, 0,    0.015,  0.05 ]]            (eigenvalues 0.027, 0.035, 0.064, 0.116: positive definite)
   *   Σ_SS = [[0.04, 0.01], [0.01, 0.09]], det = 0.0036 − 0.0001 = 0.0035,
   *   Σ_SS⁻¹ = (1/0.0035) [[0.09, −0.01], [−0.01, 0.04]]
   *   name 2: Σ_2S = [0.02, 0.03]
   *     W_2 = (1/0.0035) [0.02·0.09 − 0.03·0.01, −0.02·0.01 + 0.03·0.04] = (1/0.0035)[0.0015, 0.0010] = [3/7, 2/7]
   *     s = [ln 0.90, ln 1.05] = [−0.10536051565782628, 0.04879016416943204]
   *     attribution = [3/7 · −0.1053605, 2/7 · 0.0487902] = [−0.04515450671049698, 0.01394004690555201]
   *     mean = −0.03121445980494496
   *     var  = 0.0625 − (3/7 · 0.02 + 2/7 · 0.03) = 0.0625 − 0.12/7 = 0.04535714285714286
   *   name 3: Σ_3S = [0.01, 0]
   *     W_3 = (1/0.0035) [0.01·0.09, −0.01·0.01] = [9/35, −1/35]
   *     mean = 9/35 · −0.1053605 − 1/35 · 0.0487902 = −0.02848670871685339
   *     var  = 0.05 − 9/35 · 0.01 = 0.04742857142857143
   *   cov(2, 3 | S) = 0.015 − W_2 · Σ_S3 = 0.015 − 3/7 · 0.01 = 0.01071428571428571
   */
  private static final double[][] FOUR = {
      {0.04, 0.01, 0.02, 0.01},
      {0.01, 0.09, 0.03, 0},
      {0.02, 0.03, 0.0625, 0.015},
      {0.01, 0, 0.015, 0.05},
  };

  @Test
  void twoReportedNamesWithAttributionByHand() {
    double[] s = {Math.log(0.90), Math.log(1.05)};
    ConditionalGaussian cg = new ConditionalGaussian(m(FOUR), new int[] {0, 1}, new int[] {2, 3}, s);

    assertThat(cg.weights(2)).containsExactly(new double[] {3.0 / 7, 2.0 / 7}, within(1e-14));
    assertThat(cg.attribution(2))
        .containsExactly(new double[] {-0.04515450671049698, 0.01394004690555201}, within(1e-15));
    assertThat(cg.mean(2)).isCloseTo(-0.03121445980494496, within(1e-15));
    assertThat(cg.attribution(2)[0] + cg.attribution(2)[1]).isCloseTo(cg.mean(2), within(1e-16));
    assertThat(cg.variance(2)).isCloseTo(0.04535714285714286, within(1e-15));

    assertThat(cg.weights(3)).containsExactly(new double[] {9.0 / 35, -1.0 / 35}, within(1e-14));
    assertThat(cg.mean(3)).isCloseTo(-0.02848670871685339, within(1e-15));
    assertThat(cg.variance(3)).isCloseTo(0.04742857142857143, within(1e-15));

    assertThat(cg.means()).containsExactly(new double[] {-0.03121445980494496, -0.02848670871685339},
        within(1e-15));
    assertThat(cg.standardDeviations()).containsExactly(
        new double[] {Math.sqrt(0.04535714285714286), Math.sqrt(0.04742857142857143)}, within(1e-15));
  }

  @Test
  void conditionalCovarianceOfASubsetForAPortfolio() {
    double[] s = {Math.log(0.90), Math.log(1.05)};
    ConditionalGaussian cg = new ConditionalGaussian(m(FOUR), new int[] {0, 1}, new int[] {2, 3}, s);

    RealMatrix c = cg.conditionalCovariance(new int[] {3, 2}); // in the order asked for
    assertThat(c.getEntry(0, 0)).isCloseTo(0.04742857142857143, within(1e-15));
    assertThat(c.getEntry(1, 1)).isCloseTo(0.04535714285714286, within(1e-15));
    assertThat(c.getEntry(0, 1)).isCloseTo(0.01071428571428571, within(1e-15));
    assertThat(c.getEntry(1, 0)).isCloseTo(0.01071428571428571, within(1e-15));

    assertThat(cg.conditionalCovariance(new int[] {2}).getEntry(0, 0)).isCloseTo(0.04535714285714286, within(1e-15));
  }

  @Test
  void nothingReportedLeavesTheUnconditionalDistribution() {
    ConditionalGaussian cg = new ConditionalGaussian(m(FOUR), new int[0], new int[] {1, 3}, new double[0]);
    assertThat(cg.mean(1)).isZero();
    assertThat(cg.variance(1)).isEqualTo(0.09);
    assertThat(cg.weights(3)).isEmpty();
    assertThat(cg.conditionalCovariance(new int[] {1, 3}).getEntry(0, 1)).isZero();
  }

  /*
   * Σ_SS = [[0.04, 0.05], [0.05, 0.04]] is not positive definite (det = 0.0016 − 0.0025 = −0.0009) but invertible:
   *   Σ_SS⁻¹ = (1/−0.0009) [[0.04, −0.05], [−0.05, 0.04]]
   *   with Σ_US = [0.01, 0.02]: W = (1/−0.0009)[0.01·0.04 − 0.02·0.05, −0.01·0.05 + 0.02·0.04]
   *                               = (1/−0.0009)[−0.0006, 0.0003] = [2/3, −1/3]
   */
  @Test
  void fallsBackToLuWhenTheReportedBlockIsNotPositiveDefinite() {
    RealMatrix sigma = m(new double[][] {{0.04, 0.05, 0.01}, {0.05, 0.04, 0.02}, {0.01, 0.02, 0.09}});
    ConditionalGaussian cg = new ConditionalGaussian(sigma, new int[] {0, 1}, new int[] {2}, new double[] {0.03, 0.06});
    assertThat(cg.solvedByCholesky()).isFalse();
    assertThat(cg.weights(2)).containsExactly(new double[] {2.0 / 3, -1.0 / 3}, within(1e-13));
    assertThat(cg.mean(2)).isCloseTo(2.0 / 3 * 0.03 - 1.0 / 3 * 0.06, within(1e-15));
  }

  @Test
  void singularReportedBlockIsAClearError() {
    // names 0 and 1 are the same stock: Σ_SS = [[0.04, 0.04], [0.04, 0.04]]
    RealMatrix sigma = m(new double[][] {{0.04, 0.04, 0.01}, {0.04, 0.04, 0.01}, {0.01, 0.01, 0.09}});
    assertThatThrownBy(() -> new ConditionalGaussian(sigma, new int[] {0, 1}, new int[] {2}, new double[] {0.1, 0.1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("singular")
        .hasMessageContaining("[0, 1]");
  }

  @Test
  void nameExactlyExplainedByTheReportedOnesHasZeroSpread() {
    // name 1 = 2 × name 0: Σ = [[0.01, 0.02], [0.02, 0.04]]; given s, name 1 moves 2s for sure
    RealMatrix sigma = m(new double[][] {{0.01, 0.02}, {0.02, 0.04}});
    ConditionalGaussian cg = new ConditionalGaussian(sigma, new int[] {0}, new int[] {1}, new double[] {-0.05});
    assertThat(cg.mean(1)).isCloseTo(-0.10, within(1e-15));
    assertThat(cg.standardDeviation(1)).isCloseTo(0.0, within(1e-8));
    assertThat(cg.band(1, 0.9).lower()).isCloseTo(-0.10, within(1e-7));
  }

  @Test
  void bandWidthFollowsTheLevel() {
    RealMatrix sigma = m(new double[][] {{0.04, 0.02}, {0.02, 0.09}});
    ConditionalGaussian cg = new ConditionalGaussian(sigma, new int[] {0}, new int[] {1}, new double[] {0.0});
    // z_0.975 = 1.959963984540054 (scipy.stats.norm.ppf(0.975))
    ConditionalGaussian.Band b95 = cg.band(1, 0.95);
    assertThat(b95.upper()).isCloseTo(1.959963984540054 * Math.sqrt(0.08), within(1e-9));
    assertThat(b95.lower()).isCloseTo(-b95.upper(), within(1e-15));
  }

  @Test
  void rejectsBadArguments() {
    RealMatrix sigma = m(FOUR);
    assertThatThrownBy(() -> new ConditionalGaussian(sigma, new int[] {0}, new int[] {0, 1}, new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name 0 appears twice");
    assertThatThrownBy(() -> new ConditionalGaussian(sigma, new int[] {0}, new int[] {4}, new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 4");
    assertThatThrownBy(() -> new ConditionalGaussian(sigma, new int[] {0, 1}, new int[] {2}, new double[] {0.1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one reported move");
    assertThatThrownBy(() -> new ConditionalGaussian(sigma, new int[] {0}, new int[] {2}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    ConditionalGaussian cg = new ConditionalGaussian(sigma, new int[] {0}, new int[] {2}, new double[] {0.1});
    assertThatThrownBy(() -> cg.mean(1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("estimated names [2]");
    assertThatThrownBy(() -> cg.band(2, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }
}
