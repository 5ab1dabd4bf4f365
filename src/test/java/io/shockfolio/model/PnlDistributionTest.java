package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class PnlDistributionTest {

  /*
   * One holding of 1,000,000 with log-return mean 0.001 and sd 0.02: P&L (linear) ~ N(1000, 20000²).
   * From scipy.stats.norm:
   *   z_0.95 = 1.6448536269514722, φ(z_0.95) = 0.10313564037537139
   *   z_0.99 = 2.3263478740408408, φ(z_0.99) = 0.02665214220345808
   *   VaR_0.95 = 1.6448536 × 20000 − 1000            = 31897.072539029446
   *   ES_0.95  = 20000 × 0.10313564 / 0.05 − 1000     = 40254.25615014852
   *   VaR_0.99 = 2.3263479 × 20000 − 1000             = 45526.95748081682
   *   ES_0.99  = 20000 × 0.02665214 / 0.01 − 1000     = 52304.28440691611
   */
  private static final double[] W1 = {1_000_000};
  private static final double[] MU1 = {0.001};
  private static final RealMatrix C1 = new Array2DRowRealMatrix(new double[][] {{0.0004}});

  @Test
  void analyticNormalFiguresFromTheQuantile() {
    PnlDistribution.Summary a = PnlDistribution.analytic(W1, MU1, C1);
    assertThat(a.mean()).isCloseTo(1000, within(1e-9));
    assertThat(a.standardDeviation()).isCloseTo(20000, within(1e-9));
    assertThat(a.var95()).isCloseTo(31897.072539029446, within(1e-4));
    assertThat(a.es95()).isCloseTo(40254.25615014852, within(1e-4));
    assertThat(a.var99()).isCloseTo(45526.95748081682, within(1e-4));
    assertThat(a.es99()).isCloseTo(52304.28440691611, within(1e-4));
  }

  @Test
  void normalHelpersAtOtherLevels() {
    // ES factor φ(z)/(1 − α) at α = 0.975: z = 1.959963984540054, φ(z) = 0.05844506980503538 (scipy)
    assertThat(PnlDistribution.normalVar(0, 1, 0.975)).isCloseTo(1.959963984540054, within(1e-9));
    assertThat(PnlDistribution.normalEs(0, 1, 0.975)).isCloseTo(0.05844506980503538 / 0.025, within(1e-8));
    assertThatThrownBy(() -> PnlDistribution.normalVar(0, 1, 1.0)).isInstanceOf(IllegalArgumentException.class);
  }

  /*
   * Two holdings, w = [100000, −50000] (a short), μ = [0.002, −0.001],
   * C = [[0.0004, 0.0003], [0.0003, 0.0009]]:
   *   mean = 100000 × 0.002 + (−50000) × (−0.001) = 200 + 50 = 250
   *   var  = 1e10 × 0.0004 + 2 × 100000 × (−50000) × 0.0003 + 2.5e9 × 0.0009
   *        = 4e6 − 3e6 + 2.25e6 = 3.25e6,   sd = 1802.7756377319947
   */
  @Test
  void analyticTwoHoldingsByHand() {
    double[] w = {100_000, -50_000};
    double[] mu = {0.002, -0.001};
    RealMatrix c = new Array2DRowRealMatrix(new double[][] {{0.0004, 0.0003}, {0.0003, 0.0009}});
    PnlDistribution.Summary a = PnlDistribution.analytic(w, mu, c);
    assertThat(a.mean()).isCloseTo(250, within(1e-9));
    assertThat(a.standardDeviation()).isCloseTo(1802.7756377319947, within(1e-9));
    assertThat(a.var95()).isCloseTo(1.6448536269514722 * 1802.7756377319947 - 250, within(1e-6));
  }

  @Test
  void monteCarloAgreesWithAnalyticWithinMonteCarloError() {
    double[] w = {400_000, 250_000, -100_000};
    double[] mu = {-0.02, 0.005, -0.01};
    RealMatrix c = new Array2DRowRealMatrix(new double[][] {
        {0.0004, 0.0002, 0.0001},
        {0.0002, 0.0009, 0.0003},
        {0.0001, 0.0003, 0.0016},
    });
    int n = 200_000;
    PnlDistribution.Summary a = PnlDistribution.analytic(w, mu, c);
    PnlDistribution.Simulation mc = PnlDistribution.monteCarlo(w, mu, c, n, 20240611L, Optional.empty(),
        PnlDistribution.Revaluation.LINEAR);
    PnlDistribution.Summary s = mc.summary();

    assertThat(Math.abs(s.mean() - a.mean())).isLessThan(4 * a.standardDeviation() / Math.sqrt(n));
    assertThat(mc.standardErrorOfMean()).isCloseTo(s.standardDeviation() / Math.sqrt(n), within(1e-9));
    assertThat(s.standardDeviation()).isCloseTo(a.standardDeviation(), withinPercentage(1));
    assertThat(s.var95()).isCloseTo(a.var95(), withinPercentage(2));
    assertThat(s.es95()).isCloseTo(a.es95(), withinPercentage(2));
    assertThat(s.var99()).isCloseTo(a.var99(), withinPercentage(3));
    assertThat(s.es99()).isCloseTo(a.es99(), withinPercentage(3));
    assertThat(mc.paths()).isEqualTo(n);
  }

  @Test
  void sortedSampleAndTailDefinitions() {
    PnlDistribution.Simulation mc = PnlDistribution.monteCarlo(W1, MU1, C1, 1000, 7L, Optional.empty());
    double[] x = mc.sortedPnl();
    assertThat(x).hasSize(1000).isSorted();
    // 5% of 1000 paths = 50: VaR is the 50th worst P&L, ES the mean of the 50 worst
    double tail = 0;
    for (int i = 0; i < 50; i++) {
      tail += x[i];
    }
    assertThat(mc.summary().var95()).isEqualTo(-x[49]);
    assertThat(mc.summary().es95()).isCloseTo(-tail / 50, within(1e-9));
    assertThat(mc.summary().var99()).isEqualTo(-x[9]);
    x[0] = 1e12; // the record hands out copies
    assertThat(mc.sortedPnl()[0]).isNotEqualTo(1e12);
  }

  /*
   * Exact revaluation, one holding: P&L = w (exp(r) − 1), r ~ N(0.001, 0.02²).
   *   mean   = w (exp(μ + σ²/2) − 1) = 1200.7202880863765
   *   VaR_α  = −w (exp(μ − z_α σ) − 1):  VaR_0.95 = 31393.72686699022,  VaR_0.99 = 44506.15548221428
   * (numpy/scipy), slightly below the linear 31897 and 45527: exp(r) − 1 > r.
   */
  @Test
  void exponentialRevaluationMatchesTheLognormal() {
    int n = 200_000;
    PnlDistribution.Simulation mc = PnlDistribution.monteCarlo(W1, MU1, C1, n, 99L, Optional.empty());
    PnlDistribution.Summary s = mc.summary();
    assertThat(Math.abs(s.mean() - 1200.7202880863765)).isLessThan(4 * mc.standardErrorOfMean());
    assertThat(s.var95()).isCloseTo(31393.72686699022, withinPercentage(2));
    assertThat(s.var99()).isCloseTo(44506.15548221428, withinPercentage(3));
  }

  /*
   * Student t with ν = 5, scaled to the same covariance: the P&L of one holding is
   * m + σ √((ν−2)/ν) t_ν, so VaR_α = σ √(3/5) t_{α,5} − m with t_{0.99,5} = 3.3649299989072174 and
   * t_{0.95,5} = 2.0150483733330233 (scipy.stats.t.ppf):
   *   VaR_0.99 = 20000 × 2.606463569384279 − 1000 = 51129.27
   *   VaR_0.95 = 20000 × 1.5608497583442291 − 1000 = 30217.00
   * Fatter tail than the normal at 99% (45527), thinner shoulder at 95% (31897).
   */
  @Test
  void studentTKeepsTheCovarianceAndFattensTheTail() {
    int n = 200_000;
    PnlDistribution.Simulation mc = PnlDistribution.monteCarlo(W1, MU1, C1, n, 5L, Optional.of(5),
        PnlDistribution.Revaluation.LINEAR);
    PnlDistribution.Summary s = mc.summary();
    assertThat(s.standardDeviation()).isCloseTo(20000, withinPercentage(2));
    assertThat(Math.abs(s.mean() - 1000)).isLessThan(4 * mc.standardErrorOfMean());
    assertThat(s.var99()).isCloseTo(51129.27, withinPercentage(3));
    assertThat(s.var95()).isCloseTo(30217.00, withinPercentage(3));
    assertThat(s.var99()).isGreaterThan(PnlDistribution.analytic(W1, MU1, C1).var99());
  }

  @Test
  void sameSeedSameSampleOtherSeedOtherSample() {
    PnlDistribution.Simulation a = PnlDistribution.monteCarlo(W1, MU1, C1, 500, 1L, Optional.of(4));
    PnlDistribution.Simulation b = PnlDistribution.monteCarlo(W1, MU1, C1, 500, 1L, Optional.of(4));
    PnlDistribution.Simulation c = PnlDistribution.monteCarlo(W1, MU1, C1, 500, 2L, Optional.of(4));
    assertThat(a.sortedPnl()).containsExactly(b.sortedPnl());
    assertThat(a.sortedPnl()).isNotEqualTo(c.sortedPnl());
  }

  @Test
  void singularCovarianceStillSimulates() {
    // two holdings of the same stock: C = [[1, 1], [1, 1]] × 0.0004 has rank one; same as one holding of 2 × 500k
    double[] w = {500_000, 500_000};
    double[] mu = {0.001, 0.001};
    RealMatrix c = new Array2DRowRealMatrix(new double[][] {{0.0004, 0.0004}, {0.0004, 0.0004}});
    PnlDistribution.Summary a = PnlDistribution.analytic(w, mu, c);
    assertThat(a.standardDeviation()).isCloseTo(20000, within(1e-6));
    PnlDistribution.Simulation mc = PnlDistribution.monteCarlo(w, mu, c, 100_000, 3L, Optional.empty(),
        PnlDistribution.Revaluation.LINEAR);
    assertThat(mc.summary().standardDeviation()).isCloseTo(20000, withinPercentage(1.5));
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> PnlDistribution.monteCarlo(W1, MU1, C1, 99, 1L, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    assertThatThrownBy(() -> PnlDistribution.monteCarlo(W1, MU1, C1, 1000, 1L, Optional.of(2)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("degrees of freedom");
    assertThatThrownBy(() -> PnlDistribution.analytic(new double[] {1, 2}, MU1, C1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 exposures");
  }
}
