package io.shockfolio.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The names a scenario does not mention, estimated from the ones it does, under a multivariate
 * normal of daily log returns with mean 0 and covariance Σ.
 *
 * <p>Partition the names into reported S (with observed log moves {@code s = ln(1 + move)}) and
 * unreported U. Then {@code r_U | r_S = s} is normal with
 * <pre>
 *   mean        μ_U = Σ_US Σ_SS⁻¹ s
 *   covariance  C_UU = Σ_UU − Σ_US Σ_SS⁻¹ Σ_SU
 * </pre>
 * The weights {@code W = Σ_US Σ_SS⁻¹} (one row per unreported name, one column per reported name)
 * make the mean linear in the reported moves, so each reported name's contribution to name u is
 * {@code attribution_j = W_uj s_j} and the contributions add up to {@code μ_u}.
 *
 * <p>{@code Σ_SS⁻¹ Σ_SU} is obtained by solving with the Cholesky factor of Σ_SS; if Σ_SS is not
 * positive definite (an indefinite input, pivot ≤ 1e-12 × largest variance) an LU solve is tried,
 * and if Σ_SS is singular (LU pivot below the same relative threshold) an
 * {@link IllegalArgumentException} says so. A conditional variance that comes out negative (only
 * possible with an indefinite Σ, or by rounding when u is an exact combination of S) is reported as 0.
 *
 * <p>The central band at level {@code α} for name u is {@code μ_u ± z σ_u} with
 * {@code z = Φ⁻¹((1 + α)/2)} and {@code σ_u = √(C_uu)}, in log-return space.
 *
 * <p>All name arguments are row/column indices of the covariance matrix given to the constructor.
 */
public final class ConditionalGaussian {

  /** Pivots below this × the largest reported variance count as zero (Cholesky and LU alike). */
  static final double RELATIVE_PIVOT_THRESHOLD = 1e-12;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

  private final double[][] sigma;
  private final int[] reported;
  private final int[] unreported;
  private final double[] reportedMoves;
  private final Map<Integer, Integer> position = new HashMap<>();
  /** X = Σ_SS⁻¹ Σ_SU, k × m; its transpose is the weight matrix. */
  private final double[][] solved;
  private final double[] means;
  private final double[] variances;
  private final boolean cholesky;

  /**
   * Conditions the normal with covariance {@code covariance} on {@code r_S = sValues}.
   *
   * @param covariance covariance of daily log returns over all names (square, symmetric)
   * @param s indices of the reported names
   * @param u indices of the names to estimate; disjoint from {@code s}
   * @param sValues the reported log moves, aligned with {@code s}
   * @throws IllegalArgumentException when an index is out of range or repeated, {@code s} and {@code u}
   *     overlap, a move is not finite, or the covariance of the reported names is singular
   */
  public ConditionalGaussian(RealMatrix covariance, int[] s, int[] u, double[] sValues) {
    Objects.requireNonNull(covariance, "covariance");
    Objects.requireNonNull(s, "s");
    Objects.requireNonNull(u, "u");
    Objects.requireNonNull(sValues, "sValues");
    int n = covariance.getRowDimension();
    if (covariance.getColumnDimension() != n) {
      throw new IllegalArgumentException("Expected a square covariance matrix, but found " + n + " x "
          + covariance.getColumnDimension());
    }
    if (sValues.length != s.length) {
      throw new IllegalArgumentException("Expected one reported move per reported name (" + s.length
          + "), but found " + sValues.length);
    }
    boolean[] seen = new boolean[n];
    checkIndices("reported", s, n, seen);
    checkIndices("unreported", u, n, seen);
    for (int j = 0; j < sValues.length; j++) {
      if (!Double.isFinite(sValues[j])) {
        throw new IllegalArgumentException("Expected a finite log move for reported name " + s[j] + ", but found "
            + sValues[j]);
      }
    }
    this.sigma = covariance.getData();
    this.reported = s.clone();
    this.unreported = u.clone();
    this.reportedMoves = sValues.clone();
    for (int a = 0; a < u.length; a++) {
      position.put(u[a], a);
    }
    int k = s.length;
    int m = u.length;

    if (k == 0) {
      this.solved = new double[0][m];
      this.cholesky = true;
    } else {
      double[][] sss = new double[k][k];
      double maxVar = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          sss[a][b] = 0.5 * (sigma[s[a]][s[b]] + sigma[s[b]][s[a]]);
        }
        maxVar = Math.max(maxVar, Math.abs(sss[a][a]));
      }
      double[][] ssu = new double[k][m];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < m; b++) {
          ssu[a][b] = sigma[s[a]][u[b]];
        }
      }
      double threshold = RELATIVE_PIVOT_THRESHOLD * maxVar;
      RealMatrix sssMatrix = new Array2DRowRealMatrix(sss, false);
      DecompositionSolver solver;
      boolean chol;
      try {
        solver = new CholeskyDecomposition(sssMatrix, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD,
            Math.max(threshold, Double.MIN_NORMAL)).getSolver();
        chol = true;
      } catch (NonPositiveDefiniteMatrixException e) {
        solver = new LUDecomposition(sssMatrix, Math.max(threshold, Double.MIN_NORMAL)).getSolver();
        chol = false;
        if (!solver.isNonSingular()) {
          throw new IllegalArgumentException("Expected the covariance of the reported names " + Arrays.toString(s)
              + " to be invertible, but it is singular: a reported name has zero variance or moves exactly"
              + " with the others (the same name reported twice?)", e);
        }
      }
      this.cholesky = chol;
      this.solved = m == 0 ? new double[k][0] : solver.solve(new Array2DRowRealMatrix(ssu, false)).getData();
    }

    this.means = new double[m];
    this.variances = new double[m];
    for (int b = 0; b < m; b++) {
      double mean = 0;
      double explained = 0;
      for (int a = 0; a < k; a++) {
        mean += solved[a][b] * reportedMoves[a];
        explained += sigma[u[b]][s[a]] * solved[a][b];
      }
      means[b] = mean;
      variances[b] = Math.max(0.0, sigma[u[b]][u[b]] - explained);
    }
  }

  private static void checkIndices(String what, int[] idx, int n, boolean[] seen) {
    for (int i : idx) {
      if (i < 0 || i >= n) {
        throw new IllegalArgumentException("Expected " + what + " name indices in [0, " + n + "), but found " + i);
      }
      if (seen[i]) {
        throw new IllegalArgumentException("Expected each name once among reported and unreported, but name " + i
            + " appears twice");
      }
      seen[i] = true;
    }
  }

  /** Indices of the reported names, as given. */
  public int[] reported() {
    return reported.clone();
  }

  /** Indices of the estimated names, as given. */
  public int[] unreported() {
    return unreported.clone();
  }

  /** True when Σ_SS was solved by Cholesky, false when it needed the LU fallback (Σ_SS not positive definite). */
  public boolean solvedByCholesky() {
    return cholesky;
  }

  /** Conditional mean log move {@code (Σ_US Σ_SS⁻¹ s)_u} of name {@code name}. */
  public double mean(int name) {
    return means[indexOf(name)];
  }

  /** Conditional variance {@code (Σ_UU − Σ_US Σ_SS⁻¹ Σ_SU)_uu} (never negative). */
  public double variance(int name) {
    return variances[indexOf(name)];
  }

  /** Conditional standard deviation, the square root of {@link #variance(int)}. */
  public double standardDeviation(int name) {
    return Math.sqrt(variances[indexOf(name)]);
  }

  /** Conditional means of all estimated names, aligned with {@link #unreported()}. */
  public double[] means() {
    return means.clone();
  }

  /** Conditional standard deviations of all estimated names, aligned with {@link #unreported()}. */
  public double[] standardDeviations() {
    double[] sd = new double[variances.length];
    for (int b = 0; b < sd.length; b++) {
      sd[b] = Math.sqrt(variances[b]);
    }
    return sd;
  }

  /** The row {@code (Σ_US Σ_SS⁻¹)_u}, aligned with {@link #reported()}. */
  public double[] weights(int name) {
    int b = indexOf(name);
    double[] w = new double[reported.length];
    for (int a = 0; a < w.length; a++) {
      w[a] = solved[a][b];
    }
    return w;
  }

  /** Each reported name's share {@code weight_j × s_j} of {@link #mean(int)}, aligned with {@link #reported()}. */
  public double[] attribution(int name) {
    double[] w = weights(name);
    for (int a = 0; a < w.length; a++) {
      w[a] *= reportedMoves[a];
    }
    return w;
  }

  /**
   * Conditional covariance {@code Σ_AA − Σ_AS Σ_SS⁻¹ Σ_SA} of the estimated names {@code names} (A ⊆ U), in the
   * order given; symmetric.
   */
  public RealMatrix conditionalCovariance(int[] names) {
    int q = names.length;
    int[] pos = new int[q];
    for (int a = 0; a < q; a++) {
      pos[a] = indexOf(names[a]);
    }
    double[][] c = new double[q][q];
    for (int a = 0; a < q; a++) {
      for (int b = a; b < q; b++) {
        double v = 0.5 * (sigma[names[a]][names[b]] + sigma[names[b]][names[a]]);
        for (int j = 0; j < reported.length; j++) {
          v -= sigma[names[a]][reported[j]] * solved[j][pos[b]];
        }
        if (a == b) {
          v = variances[pos[a]];
        }
        c[a][b] = v;
        c[b][a] = v;
      }
    }
    return new Array2DRowRealMatrix(c, false);
  }

  /**
   * Central band {@code μ_u ± Φ⁻¹((1 + level)/2) σ_u} in log-return space.
   *
   * @param level coverage in (0, 1), e.g. 0.90
   */
  public Band band(int name, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("Expected a band level in (0, 1), but found " + level);
    }
    int b = indexOf(name);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(0.5 + level / 2);
    double half = z * Math.sqrt(variances[b]);
    return new Band(means[b] - half, means[b] + half, level);
  }

  /**
   * A central interval of a conditional log move.
   *
   * @param lower lower end, a log return
   * @param upper upper end, a log return
   * @param level its coverage
   */
  public record Band(double lower, double upper, double level) {
    /** The lower end as a simple move, {@code exp(lower) − 1}. */
    public double lowerMove() {
      return Math.expm1(lower);
    }

    /** The upper end as a simple move, {@code exp(upper) − 1}. */
    public double upperMove() {
      return Math.expm1(upper);
    }
  }

  private int indexOf(int name) {
    Integer b = position.get(name);
    if (b == null) {
      throw new IllegalArgumentException("Expected one of the estimated names " + Arrays.toString(unreported)
          + ", but found " + name);
    }
    return b;
  }
}
