package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CovarianceEstimatorTest {

  private static final double NAN = Double.NaN;

  /** Three names, six days, no gaps. */
  private static final double[][] SMALL = {
      {0.010, -0.020, 0.015, 0.003, -0.007, 0.012},
      {0.008, -0.015, 0.020, -0.002, -0.010, 0.009},
      {-0.005, 0.010, 0.002, 0.004, -0.003, -0.001},
  };

  /*
   * Expected numbers for SMALL, from this independent python3 (numpy) script, which follows the papers
   * literally (explicit sums over days, not the algebraic shortcuts of the code under test):
   *
   *   import numpy as np
   *   X = np.array([[0.010, -0.020, 0.015, 0.003, -0.007, 0.012],
   *                 [0.008, -0.015, 0.020, -0.002, -0.010, 0.009],
   *                 [-0.005, 0.010, 0.002, 0.004, -0.003, -0.001]])
   *   p, n = X.shape
   *   S = np.cov(X, ddof=1)
   *   # Ledoit-Wolf 2004, norm ||A||^2 = tr(AA')/p
   *   Xc = X - X.mean(axis=1, keepdims=True)
   *   Sn = Xc @ Xc.T / n
   *   nrm = lambda A: np.trace(A @ A.T) / p
   *   m = np.trace(Sn) / p
   *   d2 = nrm(Sn - m*np.eye(p))
   *   bbar2 = sum(nrm(np.outer(Xc[:,k], Xc[:,k]) - Sn) for k in range(n)) / n**2
   *   delta = min(bbar2, d2) / d2
   *   mu = np.trace(S)/p
   *   lw = delta*mu*np.eye(p) + (1-delta)*S
   *   # Schafer-Strimmer target D on standardised data
   *   Z = Xc / X.std(axis=1, ddof=1, keepdims=True)
   *   num = den = 0.0
   *   for i in range(p):
   *     for j in range(p):
   *       if i == j: continue
   *       w = Z[i]*Z[j]; wbar = w.mean(); r = n/(n-1)*wbar
   *       num += n/(n-1)**3 * ((w - wbar)**2).sum(); den += r*r
   *   dd = min(1, max(0, num/den))
   */
  private static final double[][] SMALL_S = {
      {1.7976666666666668e-04, 1.6606666666666667e-04, -4.2833333333333335e-05},
      {1.6606666666666667e-04, 1.7146666666666667e-04, -2.9733333333333332e-05},
      {-4.2833333333333335e-05, -2.9733333333333332e-05, 2.9366666666666671e-05},
  };
  private static final double SMALL_LW_DELTA = 0.297195691606909;
  private static final double[][] SMALL_LW = {
      {1.6404501458066120e-04, 1.1671236881381266e-04, -3.0103451209504069e-05},
      {1.1671236881381266e-04, 1.5821173882099853e-04, -2.0896714769554574e-05},
      {-3.0103451209504069e-05, -2.0896714769554574e-05, 5.8343246598340299e-05},
  };
  private static final double SMALL_DIAGONAL_DELTA = 0.48143195577915987;
  private static final double[][] SMALL_DIAGONAL = {
      {1.7976666666666668e-04, 8.6116866543607527e-05, -2.2211997894125985e-05},
      {8.6116866543607527e-05, 1.7146666666666667e-04, -1.5418756514832980e-05},
      {-2.2211997894125985e-05, -1.5418756514832980e-05, 2.9366666666666671e-05},
  };

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "none, NONE",
      "ledoit-wolf, LEDOIT_WOLF",
      "diagonal, DIAGONAL",
      "' Ledoit-Wolf ', LEDOIT_WOLF",
      "DIAGONAL, DIAGONAL",
  })
  void parsesShrinkageNames(String text, Shrinkage expected) {
    assertThat(Shrinkage.parse(text)).isEqualTo(expected);
    assertThat(Shrinkage.parse(expected.label())).isEqualTo(expected);
  }

  @Test
  void rejectsUnknownShrinkageNamingTheChoices() {
    assertThatThrownBy(() -> Shrinkage.parse("oas"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("none, ledoit-wolf or diagonal")
        .hasMessageContaining("'oas'");
    assertThatThrownBy(() -> Shrinkage.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sampleCovarianceDividesByNMinusOne() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(SMALL, Shrinkage.NONE);
    assertMatrix(e.covariance(), SMALL_S, 1e-18);
    assertThat(e.intensity()).isZero();
    assertThat(e.shrinkage()).isEqualTo(Shrinkage.NONE);
    assertThat(e.repaired()).isFalse();
    assertThat(e.days()).isEqualTo(6);
    assertThat(e.minimumOverlap()).isEqualTo(6);
    assertThat(e.pairsWithoutOverlap()).isZero();
  }

  @Test
  void sampleVarianceOfOneNameByHand() {
    // x = 1, 2, 3, 4 (in units of 1%): mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / (4 − 1)
    double[][] one = {{0.01, 0.02, 0.03, 0.04}};
    assertThat(CovarianceEstimator.estimate(one, Shrinkage.NONE).covariance().getEntry(0, 0))
        .isCloseTo(5.0 / 3 * 1e-4, within(1e-18));
  }

  @Test
  void ledoitWolfIntensityMatchesThePaper() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(SMALL, Shrinkage.LEDOIT_WOLF);
    assertThat(e.intensity()).isCloseTo(SMALL_LW_DELTA, within(1e-12));
    assertMatrix(e.covariance(), SMALL_LW, 1e-17);
    // the target μI keeps the average variance: tr(Σ) = tr(S)
    assertThat(e.covariance().getTrace()).isCloseTo(trace(SMALL_S), within(1e-17));
  }

  @Test
  void diagonalShrinkageKeepsTheVariancesAndScalesCorrelations() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(SMALL, Shrinkage.DIAGONAL);
    assertThat(e.intensity()).isCloseTo(SMALL_DIAGONAL_DELTA, within(1e-12));
    assertMatrix(e.covariance(), SMALL_DIAGONAL, 1e-17);
    for (int i = 0; i < 3; i++) {
      assertThat(e.covariance().getEntry(i, i)).isCloseTo(SMALL_S[i][i], within(1e-18));
    }
  }

  @Test
  void pairwiseCompleteCovarianceByHand() {
    // a: days 0-3 only; b: all 6 days. Overlap {0,1,2,3}: a = 1,2,3,4 and b = 2,4,6,8 (units of 1%),
    // so cov(a, b) = 2 var(a) = 2 × 5/3 × 1e-4. var(b) uses all of b's days: 2,4,6,8,0,10 (mean 5):
    // squared deviations 9+1+1+9+25+25 = 70, / 5 = 14 → 14e-4.
    double[][] r = {
        {0.01, 0.02, 0.03, 0.04, NAN, NAN},
        {0.02, 0.04, 0.06, 0.08, 0.00, 0.10},
    };
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(r, Shrinkage.NONE);
    assertThat(e.covariance().getEntry(0, 0)).isCloseTo(5.0 / 3 * 1e-4, within(1e-17));
    assertThat(e.covariance().getEntry(0, 1)).isCloseTo(10.0 / 3 * 1e-4, within(1e-17));
    assertThat(e.covariance().getEntry(1, 0)).isCloseTo(10.0 / 3 * 1e-4, within(1e-17));
    assertThat(e.covariance().getEntry(1, 1)).isCloseTo(14e-4, within(1e-17));
    assertThat(e.minimumOverlap()).isEqualTo(4);
    assertThat(e.repaired()).isFalse();
  }

  /*
   * Gaps, with shrinkage: python3 (numpy), pairwise covariance by explicit selection of common days, and
   * the documented approximation for the intensity (centre on own mean, missing -> 0):
   *
   *   Y = np.array([[0.010, -0.020, 0.015, nan, -0.007, 0.012, 0.004],
   *                 [0.008, -0.015, 0.020, -0.002, -0.010, 0.009, 0.001],
   *                 [nan, 0.010, 0.002, 0.004, -0.003, -0.001, nan]])
   *   C[i,j] = np.cov(Y[i,ok], Y[j,ok], ddof=1)[0,1]   with ok = both present
   *   X = np.nan_to_num(Y - np.nanmean(Y, axis=1, keepdims=True)); T = 7
   *   ... Ledoit-Wolf formulas as above on X with n = T; target mu = trace(C)/p
   *   Z = X / np.nanstd(Y, axis=1, ddof=1, keepdims=True); Schafer-Strimmer as above with n = T
   *
   * Pairwise C has eigenvalues (-1.49e-05, 2.41e-05, 3.39e-04): not a covariance. Both shrunk matrices are.
   */
  private static final double[][] GAPS = {
      {0.010, -0.020, 0.015, NAN, -0.007, 0.012, 0.004},
      {0.008, -0.015, 0.020, -0.002, -0.010, 0.009, 0.001},
      {NAN, 0.010, 0.002, 0.004, -0.003, -0.001, NAN},
  };
  private static final double[][] GAPS_PAIRWISE = {
      {1.8026666666666667e-04, 1.6633333333333333e-04, -5.3666666666666666e-05},
      {1.6633333333333333e-04, 1.4295238095238098e-04, -2.5449999999999992e-05},
      {-5.3666666666666666e-05, -2.5449999999999992e-05, 2.5300000000000002e-05},
  };

  @Test
  void gapsWithLedoitWolf() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(GAPS, Shrinkage.LEDOIT_WOLF);
    assertThat(e.intensity()).isCloseTo(0.3278585476558955, within(1e-12));
    assertMatrix(e.covariance(), new double[][] {
        {1.5925301540349617e-04, 1.1179952823990271e-04, -3.6071591275800274e-05},
        {1.1179952823990271e-04, 1.3417253721031332e-04, -1.7105999962157453e-05},
        {-3.6071591275800274e-05, -1.7105999962157453e-05, 5.5093495005238123e-05},
    }, 1e-17);
    assertThat(e.repaired()).isFalse();
    assertThat(e.minimumOverlap()).isEqualTo(4);
  }

  @Test
  void gapsWithDiagonalShrinkage() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(GAPS, Shrinkage.DIAGONAL);
    assertThat(e.intensity()).isCloseTo(0.5293900915209543, within(1e-12));
    assertMatrix(e.covariance(), new double[][] {
        {1.8026666666666667e-04, 7.8278114777014605e-05, -2.5256065088375451e-05},
        {7.8278114777014605e-05, 1.4295238095238098e-04, -1.1977022170791709e-05},
        {-2.5256065088375451e-05, -1.1977022170791709e-05, 2.5300000000000002e-05},
    }, 1e-17);
    assertThat(e.repaired()).isFalse();
  }

  @Test
  void gapsWithoutShrinkageAreRepairedKeepingTheVariances() {
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(GAPS, Shrinkage.NONE);
    assertThat(e.repaired()).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(e.covariance().getEntry(i, i)).isCloseTo(GAPS_PAIRWISE[i][i], within(1e-18));
    }
    assertThat(minEigenvalue(e.covariance())).isGreaterThanOrEqualTo(0.0);
  }

  /*
   * PSD repair, python3 (numpy):
   *   Y = [[ .01,  .02, -.01,  .03,  nan,  nan, -.02,  .01],
   *        [ .01,  .02, -.01,  .03, -.02,  .01,  nan,  nan],
   *        [-.01, -.02,  .01,  nan, -.02,  .01,  .02, -.01]]
   *   C = pairwise covariance as above    -> eigenvalues (-6.957e-05, 2.892e-04, 7.309e-04)
   *   lam, V = np.linalg.eigh(C); floor = 1e-8 * np.trace(C)/3
   *   B = V @ np.diag(np.maximum(lam, floor)) @ V.T
   *   s = np.sqrt(np.diag(C)/np.diag(B)); R = B * np.outer(s, s)
   */
  @Test
  void repairsAnIndefinitePairwiseMatrixByEigenvalueClipping() {
    double[][] y = {
        {0.01, 0.02, -0.01, 0.03, NAN, NAN, -0.02, 0.01},
        {0.01, 0.02, -0.01, 0.03, -0.02, 0.01, NAN, NAN},
        {-0.01, -0.02, 0.01, NAN, -0.02, 0.01, 0.02, -0.01},
    };
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(y, Shrinkage.NONE);
    assertThat(e.repaired()).isTrue();
    assertMatrix(e.covariance(), new double[][] {
        {3.4666666666666667e-04, 2.5180429697024695e-04, -2.2358013752703183e-04},
        {2.5180429697024695e-04, 3.4666666666666667e-04, -2.6396242332002063e-05},
        {-2.2358013752703178e-04, -2.6396242332002049e-05, 2.5714285714285710e-04},
    }, 1e-15);
    assertThat(minEigenvalue(e.covariance())).isGreaterThan(0.0);
    assertThat(e.minimumOverlap()).isEqualTo(4);
  }

  @Test
  void pairWithoutCommonDaysGetsZeroAndIsCounted() {
    double[][] y = {
        {0.01, -0.02, 0.03, NAN, NAN, NAN},
        {NAN, NAN, NAN, 0.01, 0.02, -0.01},
        {0.01, 0.02, 0.00, 0.01, -0.01, 0.00},
    };
    // numpy, pairwise: cov(0, 2) over days 0-2 = -2.5e-4, cov(1, 2) over days 3-5 = -5e-5; still PSD
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(y, Shrinkage.NONE);
    assertThat(e.repaired()).isFalse();
    assertThat(e.covariance().getEntry(0, 1)).isZero();
    assertThat(e.covariance().getEntry(0, 2)).isCloseTo(-2.5e-4, within(1e-18));
    assertThat(e.covariance().getEntry(1, 2)).isCloseTo(-5e-5, within(1e-18));
    assertThat(e.pairsWithoutOverlap()).isEqualTo(1);
    assertThat(e.minimumOverlap()).isZero();
  }

  @Test
  void largerTableMatchesAStraightforwardTwoPassComputation() {
    // 41 names (not a multiple of the 4-row blocks), 301 days (odd), no gaps: one loop per pair here
    Random rnd = new Random(11);
    int p = 41;
    int days = 301;
    double[][] r = new double[p][days];
    double[] market = new double[days];
    for (int t = 0; t < days; t++) {
      market[t] = 0.01 * rnd.nextGaussian();
    }
    for (int i = 0; i < p; i++) {
      for (int t = 0; t < days; t++) {
        r[i][t] = 0.0003 * i + (0.5 + 0.02 * i) * market[t] + 0.012 * rnd.nextGaussian();
      }
    }
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(r, Shrinkage.NONE);
    assertThat(e.repaired()).isFalse();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        assertThat(e.covariance().getEntry(i, j)).as("(%d, %d)", i, j)
            .isCloseTo(naivePairwise(r[i], r[j]), within(1e-16));
      }
    }
  }

  @Test
  void largerTableWithGapsMatchesNaivePairwiseDeletion() {
    Random rnd = new Random(12);
    int p = 23;
    int days = 157;
    double[][] r = new double[p][days];
    for (int i = 0; i < p; i++) {
      for (int t = 0; t < days; t++) {
        r[i][t] = 0.01 * rnd.nextGaussian() + 0.004 * Math.sin(t * 0.37);
        if (rnd.nextDouble() < 0.05) {
          r[i][t] = NAN; // holidays
        }
      }
    }
    for (int t = 0; t < 60; t++) {
      r[5][t] = NAN; // listed late
    }
    for (int t = 140; t < days; t++) {
      r[9][t] = NAN; // delisted
    }
    for (int t = 70; t < 80; t++) {
      r[5][t] = NAN; // suspended
      r[9][t] = NAN;
    }
    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(r, Shrinkage.NONE);
    assertThat(e.repaired()).isFalse();
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        assertThat(e.covariance().getEntry(i, j)).as("(%d, %d)", i, j)
            .isCloseTo(naivePairwise(r[i], r[j]), within(1e-16));
      }
    }
    assertThat(e.minimumOverlap()).isLessThan(97);
  }

  @Test
  void fastClippingAgreesWithAFullEigenDecompositionIncludingRepeatedEigenvalues() {
    // A = Q diag(λ) Qᵀ with a random orthogonal Q and λ = (−3, −3, −3, −1e-3, 0, 2, 3, ... ): a triple
    // negative eigenvalue and one just below the floor
    int n = 40;
    Random rnd = new Random(3);
    double[][] g = new double[n][n];
    for (double[] row : g) {
      for (int j = 0; j < n; j++) {
        row[j] = rnd.nextGaussian();
      }
    }
    RealMatrix q = new QRDecomposition(new Array2DRowRealMatrix(g)).getQ();
    double[] lambda = new double[n];
    lambda[0] = -3;
    lambda[1] = -3;
    lambda[2] = -3;
    lambda[3] = -1e-3;
    lambda[4] = 0;
    for (int k = 5; k < n; k++) {
      lambda[k] = 0.5 * k;
    }
    double[][] a = q.multiply(diag(lambda)).multiply(q.transpose()).getData();
    double floor = 1e-2;
    double[][] fast = CovarianceEstimator.NegativeEigen.clip(a, floor);
    assertThat(fast).isNotNull();
    // expected, built here from Q and the clipped λ directly
    double[] clipped = lambda.clone();
    for (int k = 0; k < n; k++) {
      clipped[k] = Math.max(clipped[k], floor);
    }
    double[][] expected = q.multiply(diag(clipped)).multiply(q.transpose()).getData();
    assertMatrix(new Array2DRowRealMatrix(fast, false), expected, 1e-11);
    assertMatrix(new Array2DRowRealMatrix(CovarianceEstimator.clipFully(a, floor), false), expected, 1e-11);
  }

  @Test
  void fewDaysManyNamesAndGapsRepairWithManyEigenvaluesBelowTheFloor() {
    // 120 names, 40 days, 15% gaps: the pairwise matrix has rank ≤ 40 and ~80 eigenvalues at or below 0
    Random rnd = new Random(0);
    int p = 120;
    int days = 40;
    double[][] y = new double[p][days];
    for (int i = 0; i < p; i++) {
      for (int t = 0; t < days; t++) {
        y[i][t] = rnd.nextDouble() < 0.15 ? NAN : 0.01 * rnd.nextGaussian();
      }
    }
    double[][] raw = new double[p][p];
    double meanVar = 0;
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        raw[i][j] = naivePairwise(y[i], y[j]);
      }
      meanVar += raw[i][i] / p;
    }
    double floor = CovarianceEstimator.EIGENVALUE_FLOOR * meanVar;
    double[][] fast = CovarianceEstimator.NegativeEigen.clip(raw, floor);
    assertThat(fast).as("the fast path verifies").isNotNull();
    assertMatrix(new Array2DRowRealMatrix(fast, false), CovarianceEstimator.clipFully(raw, floor), 1e-15);

    CovarianceEstimator.Estimate e = CovarianceEstimator.estimate(y, Shrinkage.NONE);
    assertThat(e.repaired()).isTrue();
    assertThat(minEigenvalue(e.covariance())).isGreaterThan(-1e-18);
    for (int i = 0; i < p; i++) {
      assertThat(e.covariance().getEntry(i, i)).isCloseTo(raw[i][i], within(1e-18));
    }
  }

  @Test
  void positiveSemiDefiniteTestToleratesASingularButValidMatrix() {
    // rank one: [[1, 2], [2, 4]] × 1e-4 is PSD with a zero eigenvalue; [[1, 3], [3, 4]] × 1e-4 is not
    assertThat(CovarianceEstimator.isPositiveSemiDefinite(new double[][] {{1e-4, 2e-4}, {2e-4, 4e-4}})).isTrue();
    assertThat(CovarianceEstimator.isPositiveSemiDefinite(new double[][] {{1e-4, 3e-4}, {3e-4, 4e-4}})).isFalse();
  }

  @Test
  void rejectsBadTables() {
    assertThatThrownBy(() -> CovarianceEstimator.estimate(new double[][] {{0.01, 0.02}, {0.01}}, Shrinkage.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name 1");
    assertThatThrownBy(() -> CovarianceEstimator.estimate(new double[][] {{0.01, NAN, NAN}, {0.01, 0.02, 0.0}},
        Shrinkage.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name 0 has 1");
    assertThatThrownBy(() -> CovarianceEstimator.estimate(new double[][] {{0.01, Double.POSITIVE_INFINITY, 0.0}},
        Shrinkage.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("day 1");
    assertThatThrownBy(() -> CovarianceEstimator.estimate(new double[0][], Shrinkage.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // helpers

  /** Covariance over common days, two passes, as a reader would write it. */
  private static double naivePairwise(double[] x, double[] y) {
    int n = 0;
    double mx = 0;
    double my = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        n++;
        mx += x[t];
        my += y[t];
      }
    }
    mx /= n;
    my /= n;
    double s = 0;
    for (int t = 0; t < x.length; t++) {
      if (!Double.isNaN(x[t]) && !Double.isNaN(y[t])) {
        s += (x[t] - mx) * (y[t] - my);
      }
    }
    return s / (n - 1);
  }

  private static RealMatrix diag(double[] d) {
    double[][] m = new double[d.length][d.length];
    for (int i = 0; i < d.length; i++) {
      m[i][i] = d[i];
    }
    return new Array2DRowRealMatrix(m, false);
  }

  private static double trace(double[][] a) {
    double t = 0;
    for (int i = 0; i < a.length; i++) {
      t += a[i][i];
    }
    return t;
  }

  private static double minEigenvalue(RealMatrix m) {
    double min = Double.POSITIVE_INFINITY;
    for (double l : new EigenDecomposition(m).getRealEigenvalues()) {
      min = Math.min(min, l);
    }
    return min;
  }

  private static void assertMatrix(RealMatrix actual, double[][] expected, double tolerance) {
    assertThat(actual.getRowDimension()).isEqualTo(expected.length);
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected.length; j++) {
        assertThat(actual.getEntry(i, j)).as("(%d, %d)", i, j).isCloseTo(expected[i][j], within(tolerance));
      }
    }
  }
}
