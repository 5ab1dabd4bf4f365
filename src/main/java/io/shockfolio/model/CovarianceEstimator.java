package io.shockfolio.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Covariance matrix of daily log returns, estimated from a [name][day] table that may have gaps.
 *
 * <p><b>Sample covariance, pairwise complete.</b> Entry (i, j) uses only the days on which both
 * names traded ({@code n_ij} days): {@code S_ij = Σ_t (x_it − x̄_i)(x_jt − x̄_j) / (n_ij − 1)}, the
 * means {@code x̄_i, x̄_j} taken over those same {@code n_ij} days. Each diagonal entry is the ordinary
 * sample variance of the name over all its own days. A pair with fewer than two common days gets
 * {@code S_ij = 0} and is counted in {@link Estimate#pairsWithoutOverlap()}. (Numerically, each series
 * is first centred on its own mean and the pair means are then removed with the one-pass formula
 * {@code (Σxy − Σx·Σy/n)/(n − 1)}; after the first centring the correction is tiny, so nothing cancels.)
 *
 * <p><b>Shrinkage</b> (see {@link Shrinkage} for the formulas): {@code Σ = δ F + (1 − δ) S}. The
 * intensity δ is computed on a <em>filled</em> T-day table in which every name is centred on its own
 * mean (and, for {@link Shrinkage#DIAGONAL}, divided by its own standard deviation) and a missing
 * day counts as 0, i.e. as a day at the mean. Without gaps this is exactly the published estimator
 * (Ledoit–Wolf on the centred data, Schäfer–Strimmer on the standardised data). With gaps it is an
 * approximation: filled zeros shrink both the sample correlations and their estimated variances, so
 * for names with many missing days δ comes out somewhat larger than a full-data estimate would. The
 * intensity is then applied to the pairwise-complete {@code S} above; for Ledoit–Wolf the target is
 * {@code μ I} with {@code μ = tr(S)/p}. (δ itself is computed with the paper's {@code S_n}, divisor n;
 * without gaps the result is the paper's estimator times n/(n − 1).)
 *
 * <p><b>Positive semi-definite repair.</b> Pairwise deletion can produce a matrix that is not a
 * covariance of any distribution (a negative eigenvalue, e.g. a "correlation" above 1). The shrunk
 * matrix (shrinkage often cures it) is tested by a Cholesky factorisation of {@code Σ + ε I} with
 * {@code ε = 1e-10 × mean variance}; if that fails, eigenvalues of {@code Σ = V Λ Vᵀ} below a floor
 * ({@code f = 1e-8 × mean variance}) are raised to it, {@code B = V max(Λ, f) Vᵀ}, and B is rescaled to
 * {@code D^{1/2} B D^{1/2}} with {@code D_ii = Σ_ii / B_ii} so every variance is kept (correlations
 * move a little). Only the eigenpairs below the floor are computed ({@link NegativeEigen}), with
 * Commons Math's full {@link EigenDecomposition} as a fallback. This is flagged in
 * {@link Estimate#repaired()}.
 *
 * <p>Cost: one dot product of length T per pair over the upper triangle (blocked four rows at a
 * time and run on the common fork-join pool); the pair means then need only one prefix-sum
 * difference per run of consecutive missing days of either name, and the overlap count one
 * bitset intersection.
 */
public final class CovarianceEstimator {

  /** Relative diagonal loading under which the PSD test factorises: {@code ε = this × mean variance}. */
  static final double PSD_TOLERANCE = 1e-10;

  /** Eigenvalue floor used by the repair: {@code this × mean variance}. */
  static final double EIGENVALUE_FLOOR = 1e-8;

  private CovarianceEstimator() {}

  /**
   * An estimated covariance matrix.
   *
   * @param covariance p × p covariance of daily log returns, in the order of the input rows
   * @param shrinkage the shrinkage applied
   * @param intensity the shrinkage intensity δ in [0, 1] (0 for {@link Shrinkage#NONE})
   * @param repaired true when pairwise deletion left the matrix indefinite and eigenvalue clipping was applied
   * @param days the number of days T (columns of the input)
   * @param minimumOverlap the fewest days any two names had in common ({@code T} when nothing is missing)
   * @param pairsWithoutOverlap pairs with fewer than two common days, whose covariance was set to 0
   */
  public record Estimate(RealMatrix covariance, Shrinkage shrinkage, double intensity, boolean repaired, int days,
      int minimumOverlap, int pairsWithoutOverlap) {
    public Estimate {
      Objects.requireNonNull(covariance, "covariance");
      Objects.requireNonNull(shrinkage, "shrinkage");
    }
  }

  /**
   * Estimates the covariance matrix of {@code returns}.
   *
   * @param returns daily log returns, {@code returns[name][day]}, every row the same length; NaN marks a
   *     day the name did not trade
   * @param shrinkage how to shrink the sample covariance
   * @throws IllegalArgumentException naming the row when rows differ in length, a value is infinite, or a
   *     name has fewer than two observed days
   */
  public static Estimate estimate(double[][] returns, Shrinkage shrinkage) {
    Objects.requireNonNull(returns, "returns");
    Objects.requireNonNull(shrinkage, "shrinkage");
    int p = returns.length;
    if (p == 0) {
      throw new IllegalArgumentException("Expected at least one name, but found none");
    }
    int days = returns[0] == null ? 0 : returns[0].length;

    // centre each name on its own mean; missing days become 0 and are listed
    double[][] x = new double[p][];
    int[][] gapRuns = new int[p][]; // start, end (exclusive), start, end, ... of each name's runs of missing days
    int[] gapCount = new int[p];
    long[][] missingBits = new long[p][]; // null when the name has no gaps
    int[] count = new int[p];
    double[] residualSum = new double[p];
    for (int i = 0; i < p; i++) {
      double[] r = returns[i];
      if (r == null || r.length != days) {
        throw new IllegalArgumentException("Expected " + days + " days for every name, but name " + i + " has "
            + (r == null ? "none" : r.length));
      }
      double sum = 0;
      int n = 0;
      int nMissing = 0;
      for (int t = 0; t < days; t++) {
        double v = r[t];
        if (Double.isNaN(v)) {
          nMissing++;
        } else if (Double.isInfinite(v)) {
          throw new IllegalArgumentException("Expected finite returns, but name " + i + " has " + v + " on day " + t);
        } else {
          sum += v;
          n++;
        }
      }
      if (n < 2) {
        throw new IllegalArgumentException(
            "Expected at least 2 observed days for every name, but name " + i + " has " + n);
      }
      double mean = sum / n;
      double[] xi = new double[days];
      int[] runs = new int[2 * nMissing];
      int nRuns = 0;
      long[] bits = nMissing > 0 ? new long[(days + 63) >>> 6] : null;
      double rs = 0;
      for (int t = 0; t < days; t++) {
        double v = r[t];
        if (Double.isNaN(v)) {
          bits[t >>> 6] |= 1L << t;
          if (nRuns > 0 && runs[2 * nRuns - 1] == t) {
            runs[2 * nRuns - 1] = t + 1;
          } else {
            runs[2 * nRuns] = t;
            runs[2 * nRuns + 1] = t + 1;
            nRuns++;
          }
        } else {
          xi[t] = v - mean;
          rs += xi[t];
        }
      }
      x[i] = xi;
      gapRuns[i] = Arrays.copyOf(runs, 2 * nRuns);
      gapCount[i] = nMissing;
      missingBits[i] = bits;
      count[i] = n;
      residualSum[i] = rs;
    }

    // prefix sums of the centred series, so a sum over a run of another name's missing days is one subtraction
    boolean anyGaps = false;
    for (int i = 0; i < p; i++) {
      anyGaps |= gapCount[i] > 0;
    }
    double[][] prefix = new double[anyGaps ? p : 0][];
    for (int i = 0; i < prefix.length; i++) {
      double[] c = new double[days + 1];
      double[] xi = x[i];
      for (int t = 0; t < days; t++) {
        c[t + 1] = c[t] + xi[t];
      }
      prefix[i] = c;
    }

    // gram matrix of the filled table, then pairwise-complete covariances and overlaps (upper triangle)
    double[][] gram = gram(x, days);
    double[][] cov = new double[p][p];
    int[][] overlap = new int[p][];
    IntStream.range(0, p).parallel().forEach(i -> {
      int[] ri = gapRuns[i];
      int[] ov = new int[p];
      double[] gi = gram[i];
      for (int j = i; j < p; j++) {
        double sxy = gi[j];
        int n;
        double c;
        if (j == i) {
          n = count[i];
          c = (sxy - residualSum[i] * residualSum[i] / n) / (n - 1);
        } else {
          // sums over common days: own residual sum minus the values on the other name's missing days
          int[] rj = gapRuns[j];
          double sx = residualSum[i];
          for (int k = 0; k < rj.length; k += 2) {
            sx -= prefix[i][rj[k + 1]] - prefix[i][rj[k]];
          }
          double sy = residualSum[j];
          for (int k = 0; k < ri.length; k += 2) {
            sy -= prefix[j][ri[k + 1]] - prefix[j][ri[k]];
          }
          n = days - gapCount[i] - gapCount[j] + commonGaps(missingBits[i], missingBits[j]);
          c = n >= 2 ? (sxy - sx * sy / n) / (n - 1) : 0.0;
        }
        cov[i][j] = c;
        cov[j][i] = c;
        ov[j] = n;
      }
      overlap[i] = ov;
    });
    int minimumOverlap = days;
    int pairsWithoutOverlap = 0;
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        minimumOverlap = Math.min(minimumOverlap, overlap[i][j]);
        if (overlap[i][j] < 2) {
          pairsWithoutOverlap++;
        }
      }
    }
    if (p == 1) {
      minimumOverlap = count[0];
    }

    double intensity;
    switch (shrinkage) {
      case NONE -> intensity = 0.0;
      case LEDOIT_WOLF -> {
        intensity = ledoitWolfIntensity(x, gram, days);
        double mu = 0;
        for (int i = 0; i < p; i++) {
          mu += cov[i][i];
        }
        mu /= p;
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            cov[i][j] = (1 - intensity) * cov[i][j] + (i == j ? intensity * mu : 0.0);
          }
        }
      }
      case DIAGONAL -> {
        double[] sd = new double[p];
        for (int i = 0; i < p; i++) {
          sd[i] = Math.sqrt(cov[i][i]);
        }
        intensity = diagonalIntensity(x, gram, sd, days);
        for (int i = 0; i < p; i++) {
          for (int j = 0; j < p; j++) {
            if (i != j) {
              cov[i][j] *= 1 - intensity;
            }
          }
        }
      }
      default -> throw new IllegalStateException("Unknown shrinkage " + shrinkage);
    }

    boolean repaired = !isPositiveSemiDefinite(cov);
    double[][] result = repaired ? clipEigenvalues(cov) : cov;
    return new Estimate(new Array2DRowRealMatrix(result, false), shrinkage, intensity, repaired, days, minimumOverlap,
        pairsWithoutOverlap);
  }

  /**
   * Ledoit–Wolf (2004) optimal intensity toward {@code μ I} on the centred, filled table {@code x}
   * (p names × T days) whose gram matrix {@code Σ_t x_it x_jt} is {@code gram}.
   */
  static double ledoitWolfIntensity(double[][] x, double[][] gram, int days) {
    int p = x.length;
    double trace = 0;
    double frob = 0;
    for (int i = 0; i < p; i++) {
      trace += gram[i][i];
      for (int j = 0; j < p; j++) {
        frob += gram[i][j] * gram[i][j];
      }
    }
    double tn = days;
    trace /= tn; // tr(S_n)
    frob /= tn * tn; // ‖S_n‖_F²
    double mu = trace / p;
    double d2 = (frob - p * mu * mu) / p;
    // Σ_k ‖x_k‖⁴, x_k the cross-section on day k
    double[] norm2 = new double[days];
    for (int i = 0; i < p; i++) {
      double[] xi = x[i];
      for (int t = 0; t < days; t++) {
        norm2[t] += xi[t] * xi[t];
      }
    }
    double fourth = 0;
    for (int t = 0; t < days; t++) {
      fourth += norm2[t] * norm2[t];
    }
    double bBar2 = (fourth - tn * frob) / (p * tn * tn);
    double b2 = Math.min(bBar2, d2);
    if (!(d2 > 0)) {
      return 0.0;
    }
    return clip(b2 / d2);
  }

  /**
   * Schäfer–Strimmer intensity for target D on the standardised filled table {@code x_it / sd_i}
   * ({@code gram} is the gram matrix of {@code x}; a name with {@code sd_i = 0} contributes nothing).
   */
  static double diagonalIntensity(double[][] x, double[][] gram, double[] sd, int days) {
    int p = x.length;
    if (p < 2) {
      return 0.0;
    }
    double n = days;
    double[] inv = new double[p];
    for (int i = 0; i < p; i++) {
      inv[i] = sd[i] > 0 ? 1.0 / sd[i] : 0.0;
    }
    // Σ_{i≠j} Σ_k w_kij² = Σ_k [(Σ_i z_ki²)² − Σ_i z_ki⁴]
    double[] s2 = new double[days];
    double[] s4 = new double[days];
    for (int i = 0; i < p; i++) {
      double[] xi = x[i];
      double c = inv[i];
      for (int t = 0; t < days; t++) {
        double z = xi[t] * c;
        double z2 = z * z;
        s2[t] += z2;
        s4[t] += z2 * z2;
      }
    }
    double sumW2 = 0;
    for (int t = 0; t < days; t++) {
      sumW2 += s2[t] * s2[t] - s4[t];
    }
    double sumWbar2 = 0; // Σ_{i≠j} w̄_ij²
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        if (i != j) {
          double wbar = gram[i][j] * inv[i] * inv[j] / n;
          sumWbar2 += wbar * wbar;
        }
      }
    }
    double varR = n / ((n - 1) * (n - 1) * (n - 1)) * (sumW2 - n * sumWbar2);
    double sumR2 = sumWbar2 * (n / (n - 1)) * (n / (n - 1));
    if (!(sumR2 > 0)) {
      return varR > 0 ? 1.0 : 0.0;
    }
    return clip(varR / sumR2);
  }

  /**
   * True when {@code a + ε I} (ε = {@link #PSD_TOLERANCE} × mean diagonal) has a Cholesky factor,
   * i.e. {@code a} has no eigenvalue below −ε.
   */
  static boolean isPositiveSemiDefinite(double[][] a) {
    int p = a.length;
    double meanDiag = 0;
    for (int i = 0; i < p; i++) {
      meanDiag += a[i][i];
    }
    meanDiag /= p;
    if (meanDiag < 0) {
      return false;
    }
    double eps = PSD_TOLERANCE * meanDiag;
    if (eps == 0) {
      eps = Double.MIN_NORMAL;
    }
    double[][] l = new double[p][];
    for (int i = 0; i < p; i++) {
      double[] li = new double[i + 1];
      for (int j = 0; j <= i; j++) {
        double[] lj = l[j] == null ? li : l[j];
        double s = a[i][j] + (i == j ? eps : 0.0);
        for (int k = 0; k < j; k++) {
          s -= li[k] * lj[k];
        }
        if (i == j) {
          if (!(s > 0)) {
            return false;
          }
          li[i] = Math.sqrt(s);
        } else {
          li[j] = s / lj[j];
        }
      }
      l[i] = li;
    }
    return true;
  }

  /**
   * Eigenvalue clipping at {@link #EIGENVALUE_FLOOR} × mean variance, then rescaled to keep the variances.
   * Uses {@link NegativeEigen} (only the eigenpairs below the floor) and falls back to Commons Math's full
   * {@link EigenDecomposition} when that does not verify.
   */
  static double[][] clipEigenvalues(double[][] a) {
    int p = a.length;
    double meanDiag = 0;
    for (int i = 0; i < p; i++) {
      meanDiag += a[i][i];
    }
    meanDiag /= p;
    double floor = EIGENVALUE_FLOOR * Math.max(meanDiag, Double.MIN_NORMAL);
    double[][] b = NegativeEigen.clip(a, floor);
    if (b == null) {
      b = clipFully(a, floor);
    }
    keepVariances(a, b);
    return b;
  }

  /** {@code V max(Λ, floor) Vᵀ} from Commons Math's full symmetric eigen-decomposition (slow for large p). */
  static double[][] clipFully(double[][] a, double floor) {
    int p = a.length;
    EigenDecomposition eig = new EigenDecomposition(new Array2DRowRealMatrix(a, true));
    double[] lambda = eig.getRealEigenvalues();
    double[][] vt = eig.getVT().getData(); // row k = eigenvector k
    double[][] b = new double[p][p];
    for (int k = 0; k < p; k++) {
      double lk = Math.max(lambda[k], floor);
      double[] vk = vt[k];
      for (int i = 0; i < p; i++) {
        double c = vk[i] * lk;
        if (c == 0) {
          continue;
        }
        double[] bi = b[i];
        for (int j = i; j < p; j++) {
          bi[j] += c * vk[j];
        }
      }
    }
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        b[j][i] = b[i][j];
      }
    }
    return b;
  }

  /** {@code b ← D^{1/2} b D^{1/2}} with {@code D_ii = a_ii / b_ii}, so b keeps a's variances (in place). */
  private static void keepVariances(double[][] a, double[][] b) {
    int p = a.length;
    double[] scale = new double[p];
    for (int i = 0; i < p; i++) {
      scale[i] = a[i][i] > 0 && b[i][i] > 0 ? Math.sqrt(a[i][i] / b[i][i]) : 1.0;
    }
    for (int i = 0; i < p; i++) {
      for (int j = i; j < p; j++) {
        double c = b[i][j] * scale[i] * scale[j];
        b[i][j] = c;
        b[j][i] = c;
      }
    }
  }

  /**
   * The eigenpairs of a symmetric matrix below a threshold, and the clipped matrix
   * {@code A + Σ_{λ_k < f} (f − λ_k) v_k v_kᵀ} (equal to {@code V max(Λ, f) Vᵀ}), without a full
   * eigen-decomposition: Householder reduction {@code A = Q T Qᵀ} to a tridiagonal T, Sturm-sequence
   * bisection for the eigenvalues of T below f, inverse iteration on T (partial pivoting,
   * re-orthogonalised against the vectors already found) for their eigenvectors, and
   * {@code v = Q u}. Costs about {@code 2p³} flops for the reduction plus {@code O(q p²)} for q
   * eigenpairs, against several times that for all p eigenvectors. Every pair is verified (residual
   * and orthogonality); {@link #clip} returns null when one fails, so the caller can fall back.
   */
  static final class NegativeEigen {

    private static final double EPS = Math.ulp(1.0);
    private static final double PIVMIN = 1e-290;

    private NegativeEigen() {}

    /** The clipped matrix, or null when the computed eigenpairs do not verify. */
    static double[][] clip(double[][] a, double floor) {
      int n = a.length;
      double scale = 0;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          scale = Math.max(scale, Math.abs(a[i][j]));
        }
      }
      if (scale == 0) {
        return null;
      }
      double[][] m = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          m[i][j] = 0.5 * (a[i][j] + a[j][i]) / scale;
        }
      }
      double[][] scaled = new double[n][];
      for (int i = 0; i < n; i++) {
        scaled[i] = m[i].clone();
      }
      double f = floor / scale;

      double[] d = new double[n];
      double[] e = new double[n];
      double[] beta = new double[n];
      tridiagonalise(m, d, e, beta);

      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm = Math.max(norm, Math.abs(d[i]) + Math.abs(e[i]) + (i > 0 ? Math.abs(e[i - 1]) : 0.0));
      }
      int below = sturmCount(d, e, f);
      double lo = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        lo = Math.min(lo, d[i] - Math.abs(e[i]) - (i > 0 ? Math.abs(e[i - 1]) : 0.0));
      }
      double[] lambda = new double[below];
      double[][] tVectors = new double[below][]; // eigenvectors of T, kept for re-orthogonalisation
      double[][] vectors = new double[below][]; // eigenvectors of A
      for (int k = 0; k < below; k++) {
        lambda[k] = bisect(d, e, k, lo, f);
        tVectors[k] = inverseIteration(d, e, lambda[k], norm, tVectors, k);
        vectors[k] = tVectors[k].clone();
        backTransform(m, beta, vectors[k]);
      }

      // verify: ‖A v − λ v‖∞ small, vectors orthonormal
      double resTol = 1e-9 * Math.max(norm, 1.0) * Math.max(1, Math.sqrt(n) / 10);
      for (int k = 0; k < below; k++) {
        double[] v = vectors[k];
        double vv = dot(v, v, n);
        if (!(Math.abs(vv - 1) < 1e-8)) {
          return null;
        }
        for (int i = 0; i < n; i++) {
          double r = dot(scaled[i], v, n) - lambda[k] * v[i];
          if (!(Math.abs(r) <= resTol)) {
            return null;
          }
        }
        for (int l = 0; l < k; l++) {
          if (!(Math.abs(dot(v, vectors[l], n)) < 1e-8)) {
            return null;
          }
        }
      }

      double[][] b = scaled;
      for (int k = 0; k < below; k++) {
        double add = f - lambda[k];
        double[] v = vectors[k];
        for (int i = 0; i < n; i++) {
          double c = add * v[i];
          double[] bi = b[i];
          for (int j = 0; j < n; j++) {
            bi[j] += c * v[j];
          }
        }
      }
      for (int i = 0; i < n; i++) {
        for (int j = i; j < n; j++) {
          double c = 0.5 * (b[i][j] + b[j][i]) * scale;
          b[i][j] = c;
          b[j][i] = c;
        }
      }
      return b;
    }

    /**
     * Householder reduction of the symmetric {@code m} (full storage, overwritten) to tridiagonal
     * {@code d} (diagonal) and {@code e} ({@code e[i]} couples i and i+1). Reflector k,
     * {@code H_k = I − β_k v vᵀ} acting on indices k+1.., is left in {@code m[k][k+1..]} with β_k in
     * {@code beta[k]}, so that {@code Q = H_0 H_1 ⋯ H_{n−3}}.
     */
    static void tridiagonalise(double[][] m, double[] d, double[] e, double[] beta) {
      int n = m.length;
      double[] w = new double[n];
      for (int k = 0; k + 2 < n; k++) {
        double[] rk = m[k];
        d[k] = rk[k];
        double x0 = rk[k + 1];
        double sigma2 = 0;
        for (int j = k + 2; j < n; j++) {
          sigma2 += rk[j] * rk[j];
        }
        if (sigma2 == 0) {
          e[k] = x0;
          beta[k] = 0;
          continue;
        }
        double norm = Math.sqrt(x0 * x0 + sigma2);
        double alpha = x0 >= 0 ? -norm : norm;
        double v0 = x0 - alpha;
        rk[k + 1] = v0;
        double bk = 2 / (v0 * v0 + sigma2);
        beta[k] = bk;
        e[k] = alpha;
        final int from = k + 1;
        // p = β A22 v; then w = p − (β/2)(pᵀv) v
        for (int i = from; i < n; i++) {
          w[i] = bk * dot(m[i], rk, from, n);
        }
        double kk = 0.5 * bk * dot(w, rk, from, n);
        for (int i = from; i < n; i++) {
          w[i] -= kk * rk[i];
        }
        // A22 ← A22 − v wᵀ − w vᵀ
        for (int i = from; i < n; i++) {
          double vi = rk[i];
          double wi = w[i];
          double[] mi = m[i];
          for (int j = from; j < n; j++) {
            mi[j] -= vi * w[j] + wi * rk[j];
          }
        }
      }
      if (n >= 2) {
        d[n - 2] = m[n - 2][n - 2];
        e[n - 2] = m[n - 2][n - 1];
      }
      d[n - 1] = m[n - 1][n - 1];
      e[n - 1] = 0;
    }

    /** Number of eigenvalues of the tridiagonal (d, e) below x (Sturm sequence / LDLᵀ inertia). */
    static int sturmCount(double[] d, double[] e, double x) {
      int n = d.length;
      int count = 0;
      double q = d[0] - x;
      if (q < 0) {
        count++;
      }
      for (int i = 1; i < n; i++) {
        if (Math.abs(q) < PIVMIN) {
          q = q < 0 ? -PIVMIN : PIVMIN;
        }
        q = d[i] - x - e[i - 1] * e[i - 1] / q;
        if (q < 0) {
          count++;
        }
      }
      return count;
    }

    /** The k-th smallest eigenvalue (from 0) of the tridiagonal, known to lie in [lo, hi]. */
    private static double bisect(double[] d, double[] e, int k, double lo, double hi) {
      for (int it = 0; it < 200; it++) {
        double mid = 0.5 * (lo + hi);
        if (mid <= lo || mid >= hi || hi - lo <= 2 * EPS * Math.max(Math.abs(lo), Math.abs(hi))) {
          break;
        }
        if (sturmCount(d, e, mid) > k) {
          hi = mid;
        } else {
          lo = mid;
        }
      }
      return 0.5 * (lo + hi);
    }

    /** Eigenvector of the tridiagonal for eigenvalue {@code lambda}, orthogonal to {@code previous[0..count)}. */
    private static double[] inverseIteration(double[] d, double[] e, double lambda, double norm, double[][] previous,
        int count) {
      int n = d.length;
      double small = Math.max(EPS * norm, PIVMIN);
      double[] u0 = new double[n];
      double[] u1 = new double[n];
      double[] u2 = new double[n];
      double[] mult = new double[n];
      boolean[] swap = new boolean[n];
      double w0 = d[0] - lambda;
      double w1 = n > 1 ? e[0] : 0.0;
      for (int i = 0; i + 1 < n; i++) {
        double sub = e[i];
        double nd = d[i + 1] - lambda;
        double ns = i + 2 < n ? e[i + 1] : 0.0;
        if (Math.abs(w0) >= Math.abs(sub)) {
          if (w0 == 0) {
            w0 = small;
          }
          double ml = sub / w0;
          u0[i] = w0;
          u1[i] = w1;
          mult[i] = ml;
          w0 = nd - ml * w1;
          w1 = ns;
        } else {
          double ml = w0 / sub;
          u0[i] = sub;
          u1[i] = nd;
          u2[i] = ns;
          swap[i] = true;
          mult[i] = ml;
          w0 = w1 - ml * nd;
          w1 = -ml * ns;
        }
      }
      u0[n - 1] = w0 == 0 ? small : w0;

      double[] x = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = 1.0 + 0.5 * Math.sin(1.7 * i + 0.9 * count + 0.3); // deterministic, spread-out start
      }
      orthonormalise(x, previous, count);
      for (int iter = 0; iter < 4; iter++) {
        double[] y = x;
        for (int i = 0; i + 1 < n; i++) {
          if (swap[i]) {
            double t = y[i];
            y[i] = y[i + 1];
            y[i + 1] = t - mult[i] * y[i];
          } else {
            y[i + 1] -= mult[i] * y[i];
          }
        }
        y[n - 1] /= u0[n - 1];
        if (n >= 2) {
          y[n - 2] = (y[n - 2] - u1[n - 2] * y[n - 1]) / u0[n - 2];
        }
        for (int i = n - 3; i >= 0; i--) {
          y[i] = (y[i] - u1[i] * y[i + 1] - u2[i] * y[i + 2]) / u0[i];
        }
        orthonormalise(y, previous, count);
        x = y;
      }
      return x;
    }

    /** Gram–Schmidt against {@code previous[0..count)} (twice, for stability), then unit length. */
    private static void orthonormalise(double[] x, double[][] previous, int count) {
      int n = x.length;
      for (int pass = 0; pass < 2; pass++) {
        for (int l = 0; l < count; l++) {
          double c = dot(x, previous[l], n);
          double[] pl = previous[l];
          for (int i = 0; i < n; i++) {
            x[i] -= c * pl[i];
          }
        }
      }
      double len = Math.sqrt(dot(x, x, n));
      if (!(len > 0) || !Double.isFinite(len)) {
        // lost the vector entirely; leave NaN so verification fails and the caller falls back
        Arrays.fill(x, Double.NaN);
        return;
      }
      for (int i = 0; i < n; i++) {
        x[i] /= len;
      }
    }

    /** An eigenvector of T to one of A: {@code u ← Q u = H_0 (H_1 (⋯ H_{n−3} u))}. */
    private static void backTransform(double[][] m, double[] beta, double[] u) {
      int n = u.length;
      for (int k = n - 3; k >= 0; k--) {
        if (beta[k] == 0) {
          continue;
        }
        double[] v = m[k];
        double s = beta[k] * dot(v, u, k + 1, n);
        for (int j = k + 1; j < n; j++) {
          u[j] -= s * v[j];
        }
      }
    }

    private static double dot(double[] a, double[] b, int n) {
      return CovarianceEstimator.dot(a, b, n);
    }

    private static double dot(double[] a, double[] b, int from, int to) {
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      int t = from;
      for (; t + 3 < to; t += 4) {
        s0 += a[t] * b[t];
        s1 += a[t + 1] * b[t + 1];
        s2 += a[t + 2] * b[t + 2];
        s3 += a[t + 3] * b[t + 3];
      }
      for (; t < to; t++) {
        s0 += a[t] * b[t];
      }
      return (s0 + s1) + (s2 + s3);
    }
  }

  private static double clip(double v) {
    return Math.max(0.0, Math.min(1.0, v));
  }

  /**
   * {@code G_ij = Σ_t x_it x_jt} for all pairs. Rows are taken four at a time against each later row,
   * so each later row is read from memory once per block rather than once per pair, with eight
   * independent partial sums to keep the floating-point units busy.
   */
  static double[][] gram(double[][] x, int days) {
    int p = x.length;
    double[][] g = new double[p][p];
    int blocks = (p + 3) / 4;
    IntStream.range(0, blocks).parallel().forEach(b -> {
      int i0 = 4 * b;
      int rows = Math.min(4, p - i0);
      double[] a0 = x[i0];
      double[] a1 = x[i0 + Math.min(1, rows - 1)];
      double[] a2 = x[i0 + Math.min(2, rows - 1)];
      double[] a3 = x[i0 + Math.min(3, rows - 1)];
      double[] out = new double[4];
      for (int j = i0; j < p; j++) {
        double[] v = x[j];
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        double r0 = 0;
        double r1 = 0;
        double r2 = 0;
        double r3 = 0;
        int t = 0;
        for (; t + 1 < days; t += 2) {
          double v0 = v[t];
          double v1 = v[t + 1];
          s0 += a0[t] * v0;
          s1 += a1[t] * v0;
          s2 += a2[t] * v0;
          s3 += a3[t] * v0;
          r0 += a0[t + 1] * v1;
          r1 += a1[t + 1] * v1;
          r2 += a2[t + 1] * v1;
          r3 += a3[t + 1] * v1;
        }
        if (t < days) {
          double v0 = v[t];
          s0 += a0[t] * v0;
          s1 += a1[t] * v0;
          s2 += a2[t] * v0;
          s3 += a3[t] * v0;
        }
        out[0] = s0 + r0;
        out[1] = s1 + r1;
        out[2] = s2 + r2;
        out[3] = s3 + r3;
        for (int a = 0; a < rows && i0 + a <= j; a++) {
          g[i0 + a][j] = out[a];
        }
      }
    });
    for (int i = 0; i < p; i++) {
      for (int j = i + 1; j < p; j++) {
        g[j][i] = g[i][j];
      }
    }
    return g;
  }

  /** Dot product with four partial sums, so the loop is not bound by one add chain. */
  private static double dot(double[] a, double[] b, int n) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int t = 0;
    for (; t + 3 < n; t += 4) {
      s0 += a[t] * b[t];
      s1 += a[t + 1] * b[t + 1];
      s2 += a[t + 2] * b[t + 2];
      s3 += a[t + 3] * b[t + 3];
    }
    for (; t < n; t++) {
      s0 += a[t] * b[t];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Number of days missing from both names, from their gap bitsets (null = no gaps). */
  private static int commonGaps(long[] a, long[] b) {
    if (a == null || b == null) {
      return 0;
    }
    int n = 0;
    for (int w = 0; w < a.length; w++) {
      n += Long.bitCount(a[w] & b[w]);
    }
    return n;
  }
}
