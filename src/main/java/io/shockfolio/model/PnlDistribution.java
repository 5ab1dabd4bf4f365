package io.shockfolio.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Profit and loss of a linear portfolio when the log returns r of its names are uncertain:
 * {@code r ~ N(μ, C)} (or a multivariate Student t with the same mean and covariance). Holding i is
 * an exposure {@code w_i} in base-currency money; its exact P&amp;L is {@code w_i (exp(r_i) − 1)}.
 *
 * <p><b>Analytic (delta-normal).</b> Linearising {@code exp(r) − 1 ≈ r} makes the P&amp;L
 * {@code X = w·r} normal with mean {@code m = w·μ} and standard deviation {@code σ = √(wᵀ C w)}. With
 * the loss {@code L = −X} and {@code z_α = Φ⁻¹(α)}:
 * <pre>
 *   VaR_α = z_α σ − m                               (the α-quantile of L)
 *   ES_α  = E[L | L ≥ VaR_α] = σ φ(z_α)/(1 − α) − m
 * </pre>
 * For daily moves of a few percent the linearisation error is about {@code w r²/2} per holding
 * (it understates gains and overstates losses slightly).
 *
 * <p><b>Monte Carlo.</b> With a seeded {@link Well19937c}, each path draws {@code z ~ N(0, I)} and
 * sets {@code r = μ + A z} where {@code A Aᵀ = C} (Cholesky factor; if C is only semi-definite, the
 * eigen square root {@code V √Λ⁺}). For the Student-t option with ν &gt; 2 degrees of freedom,
 * {@code r = μ + √((ν − 2)/g) A z} with {@code g ~ χ²_ν} drawn once per path (as Gamma(ν/2, 2)):
 * {@code √(ν/g) A z} is multivariate t with covariance {@code ν/(ν − 2) C}, so the factor
 * {@code √((ν − 2)/ν)} brings its covariance back to C while keeping the fat tails. P&amp;L per path
 * is {@link Revaluation#EXPONENTIAL} {@code Σ w_i (exp(r_i) − 1)} (default) or
 * {@link Revaluation#LINEAR} {@code w·r} (which needs only {@code (Aᵀw)·z} per path). Statistics
 * are taken from the sorted sample: with N paths and {@code t = ⌈(1 − α) N⌉} tail paths,
 * {@code VaR_α = −X_(t)} (the t-th worst P&amp;L) and {@code ES_α = −(1/t) Σ_{i ≤ t} X_(i)}; the
 * standard error of the mean is {@code s/√N} with s the sample standard deviation (divisor N − 1).
 *
 * <p>VaR and ES are positive numbers for losses; they come out negative when even the tail is a gain.
 */
public final class PnlDistribution {

  /** How a path's log returns become money. */
  public enum Revaluation {
    /** {@code w·r}: the same linearisation as the analytic figures. */
    LINEAR,
    /** {@code Σ w_i (exp(r_i) − 1)}: exact for a linear holding. */
    EXPONENTIAL
  }

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

  private PnlDistribution() {}

  /**
   * Mean, standard deviation and tail figures of a P&amp;L distribution, in base-currency money.
   *
   * @param var95 95% value at risk, a positive loss
   * @param es95 95% expected shortfall, the mean loss beyond {@code var95}
   */
  public record Summary(double mean, double standardDeviation, double var95, double es95, double var99,
      double es99) {}

  /**
   * A simulated P&amp;L distribution.
   *
   * @param summary statistics of the sample
   * @param standardErrorOfMean {@code s/√N}
   * @param sortedPnl every path's P&amp;L, ascending (the accessor returns a copy)
   */
  public record Simulation(Summary summary, double standardErrorOfMean, double[] sortedPnl) {
    public Simulation {
      Objects.requireNonNull(summary, "summary");
      sortedPnl = sortedPnl.clone();
    }

    @Override
    public double[] sortedPnl() {
      return sortedPnl.clone();
    }

    public int paths() {
      return sortedPnl.length;
    }
  }

  /** Delta-normal figures for exposures {@code w}, mean log returns {@code mu} and their covariance {@code c}. */
  public static Summary analytic(double[] w, double[] mu, RealMatrix c) {
    check(w, mu, c);
    double mean = 0;
    for (int i = 0; i < w.length; i++) {
      mean += w[i] * mu[i];
    }
    double[][] cc = c.getData();
    double var = 0;
    for (int i = 0; i < w.length; i++) {
      for (int j = 0; j < w.length; j++) {
        var += w[i] * cc[i][j] * w[j];
      }
    }
    double sd = Math.sqrt(Math.max(0.0, var));
    return new Summary(mean, sd, normalVar(mean, sd, 0.95), normalEs(mean, sd, 0.95), normalVar(mean, sd, 0.99),
        normalEs(mean, sd, 0.99));
  }

  /** {@code VaR_α = Φ⁻¹(α) σ − m} for a normal P&amp;L with mean {@code m} and standard deviation {@code σ}. */
  public static double normalVar(double mean, double sd, double level) {
    checkLevel(level);
    return STANDARD_NORMAL.inverseCumulativeProbability(level) * sd - mean;
  }

  /** {@code ES_α = σ φ(Φ⁻¹(α))/(1 − α) − m} for a normal P&amp;L with mean {@code m} and standard deviation σ. */
  public static double normalEs(double mean, double sd, double level) {
    checkLevel(level);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(level);
    return sd * STANDARD_NORMAL.density(z) / (1 - level) - mean;
  }

  /** {@link #monteCarlo(double[], double[], RealMatrix, int, long, Optional, Revaluation)} with exact revaluation. */
  public static Simulation monteCarlo(double[] w, double[] mu, RealMatrix c, int paths, long seed,
      Optional<Integer> studentTDegreesOfFreedom) {
    return monteCarlo(w, mu, c, paths, seed, studentTDegreesOfFreedom, Revaluation.EXPONENTIAL);
  }

  /**
   * Simulated P&amp;L.
   *
   * @param paths number of paths, at least 100 (so the 99% tail has a path)
   * @param seed generator seed; the same seed gives the same sample
   * @param studentTDegreesOfFreedom empty for normal returns, or ν &gt; 2 for a multivariate t with covariance C
   * @throws IllegalArgumentException on mismatched sizes, too few paths or ν ≤ 2
   */
  public static Simulation monteCarlo(double[] w, double[] mu, RealMatrix c, int paths, long seed,
      Optional<Integer> studentTDegreesOfFreedom, Revaluation revaluation) {
    check(w, mu, c);
    Objects.requireNonNull(studentTDegreesOfFreedom, "studentTDegreesOfFreedom");
    Objects.requireNonNull(revaluation, "revaluation");
    if (paths < 100) {
      throw new IllegalArgumentException("Expected at least 100 Monte Carlo paths, but found " + paths);
    }
    int n = w.length;
    RandomGenerator rng = new Well19937c(seed);
    GammaDistribution chi2 = null;
    double nu = 0;
    if (studentTDegreesOfFreedom.isPresent()) {
      nu = studentTDegreesOfFreedom.get();
      if (!(nu > 2)) {
        throw new IllegalArgumentException(
            "Expected more than 2 degrees of freedom for Student t (its variance is infinite otherwise), but found "
                + studentTDegreesOfFreedom.get());
      }
      chi2 = new GammaDistribution(rng, nu / 2, 2.0); // χ²_ν
    }
    double[][] a = squareRoot(c);
    double m0 = 0;
    for (int i = 0; i < n; i++) {
      m0 += w[i] * mu[i];
    }
    double[] aw = new double[n]; // Aᵀ w, for the linear shortcut
    for (int k = 0; k < n; k++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        s += a[i][k] * w[i];
      }
      aw[k] = s;
    }

    double[] pnl = new double[paths];
    double[] z = new double[n];
    for (int path = 0; path < paths; path++) {
      for (int k = 0; k < n; k++) {
        z[k] = rng.nextGaussian();
      }
      double scale = chi2 == null ? 1.0 : Math.sqrt((nu - 2) / chi2.sample());
      double x;
      if (revaluation == Revaluation.LINEAR) {
        double s = 0;
        for (int k = 0; k < n; k++) {
          s += aw[k] * z[k];
        }
        x = m0 + scale * s;
      } else {
        x = 0;
        for (int i = 0; i < n; i++) {
          double[] ai = a[i];
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += ai[k] * z[k];
          }
          x += w[i] * Math.expm1(mu[i] + scale * s);
        }
      }
      pnl[path] = x;
    }
    Arrays.sort(pnl);

    double sum = 0;
    for (double v : pnl) {
      sum += v;
    }
    double mean = sum / paths;
    double ss = 0;
    for (double v : pnl) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (paths - 1));
    Summary summary = new Summary(mean, sd, empiricalVar(pnl, 0.95), empiricalEs(pnl, 0.95), empiricalVar(pnl, 0.99),
        empiricalEs(pnl, 0.99));
    return new Simulation(summary, sd / Math.sqrt(paths), pnl);
  }

  /** Number of tail paths {@code ⌈(1 − α) N⌉} (at least 1), robust to 1 − 0.95 not being exactly 0.05. */
  static int tailCount(int paths, double level) {
    return Math.max(1, (int) Math.ceil((1 - level) * paths - 1e-9));
  }

  /** {@code −X_(t)}, the t-th worst P&amp;L of an ascending sample, t = {@link #tailCount}. */
  static double empiricalVar(double[] sortedPnl, double level) {
    return -sortedPnl[tailCount(sortedPnl.length, level) - 1];
  }

  /** Mean loss over the t worst paths of an ascending sample. */
  static double empiricalEs(double[] sortedPnl, double level) {
    int t = tailCount(sortedPnl.length, level);
    double s = 0;
    for (int i = 0; i < t; i++) {
      s += sortedPnl[i];
    }
    return -s / t;
  }

  /** A with A Aᵀ = C: Cholesky if C is positive definite, else the eigen square root with negative eigenvalues as 0. */
  static double[][] squareRoot(RealMatrix c) {
    int n = c.getRowDimension();
    if (n == 0) {
      return new double[0][0];
    }
    double[][] sym = new double[n][n];
    double maxVar = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        sym[i][j] = 0.5 * (c.getEntry(i, j) + c.getEntry(j, i));
      }
      maxVar = Math.max(maxVar, sym[i][i]);
    }
    RealMatrix m = new Array2DRowRealMatrix(sym, false);
    try {
      return new CholeskyDecomposition(m, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD,
          Math.max(1e-12 * maxVar, Double.MIN_NORMAL)).getL().getData();
    } catch (NonPositiveDefiniteMatrixException e) {
      EigenDecomposition eig = new EigenDecomposition(m);
      double[] lambda = eig.getRealEigenvalues();
      double[][] v = eig.getV().getData();
      double[][] a = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < n; k++) {
          a[i][k] = v[i][k] * Math.sqrt(Math.max(0.0, lambda[k]));
        }
      }
      return a;
    }
  }

  private static void check(double[] w, double[] mu, RealMatrix c) {
    Objects.requireNonNull(w, "w");
    Objects.requireNonNull(mu, "mu");
    Objects.requireNonNull(c, "c");
    int n = w.length;
    if (mu.length != n || c.getRowDimension() != n || c.getColumnDimension() != n) {
      throw new IllegalArgumentException("Expected " + n + " exposures, " + n + " means and a " + n + " x " + n
          + " covariance, but found " + mu.length + " means and a " + c.getRowDimension() + " x "
          + c.getColumnDimension() + " covariance");
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(w[i]) || !Double.isFinite(mu[i])) {
        throw new IllegalArgumentException("Expected finite exposures and means, but holding " + i + " has exposure "
            + w[i] + " and mean " + mu[i]);
      }
    }
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Expected a confidence level in (0, 1), but found " + level);
    }
  }
}
