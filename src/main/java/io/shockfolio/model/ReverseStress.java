package io.shockfolio.model;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Reverse stress testing: from a loss to the scenario that produces it.
 *
 * <p><b>Scaling a scenario.</b> Given the portfolio loss {@code ℓ(k)} when every move of a scenario
 * is multiplied by {@code k}, find {@code k ∈ [0, k_max]} with {@code ℓ(k) = L}: the root of
 * {@code ℓ(k) − L}, found with Commons Math's {@link BrentSolver} once the ends of the interval
 * bracket it. When ℓ is increasing in k (the usual case) the root is unique; otherwise Brent
 * returns one of the roots.
 *
 * <p><b>Most plausible moves.</b> For reported names with covariance Σ of their log returns and
 * exposures e (money per unit log move, so P&amp;L ≈ e·s), the moves that lose exactly L with the
 * smallest Mahalanobis distance solve: minimise {@code sᵀ Σ⁻¹ s} subject to {@code e·s = −L}.
 * Lagrange: {@code 2 Σ⁻¹ s = λ e}, so {@code s = (λ/2) Σ e}; the constraint fixes λ and
 * <pre>
 *   s* = −L Σ e / (eᵀ Σ e),    sᵀ Σ⁻¹ s = L² / (eᵀ Σ e),    distance = |L| / √(eᵀ Σ e)
 * </pre>
 * i.e. the loss expressed in standard deviations of the linear P&amp;L. No inverse of Σ is needed, so
 * a singular Σ is fine as long as {@code eᵀ Σ e > 0}.
 */
public final class ReverseStress {

  /** Upper end of the scale search when none is given. */
  public static final double DEFAULT_MAX_SCALE = 10.0;

  private static final int MAX_EVALUATIONS = 1000;

  private ReverseStress() {}

  /**
   * The moves that lose {@code targetLoss} most plausibly.
   *
   * @param moves {@code s*}, log moves aligned with the exposures
   * @param mahalanobisDistance {@code √(s*ᵀ Σ⁻¹ s*)}
   */
  public record PlausibleMoves(double[] moves, double mahalanobisDistance) {
    public PlausibleMoves {
      moves = moves.clone();
    }

    @Override
    public double[] moves() {
      return moves.clone();
    }

    /** The squared distance {@code s*ᵀ Σ⁻¹ s*}. */
    public double mahalanobisSquared() {
      return mahalanobisDistance * mahalanobisDistance;
    }
  }

  /** {@link #scaleForLoss(DoubleUnaryOperator, double, double)} with {@code k_max = } {@value #DEFAULT_MAX_SCALE}. */
  public static double scaleForLoss(DoubleUnaryOperator lossAtScale, double targetLoss) {
    return scaleForLoss(lossAtScale, targetLoss, DEFAULT_MAX_SCALE);
  }

  /**
   * The scale k in [0, maxScale] at which {@code lossAtScale} reaches {@code targetLoss}.
   *
   * @param lossAtScale portfolio loss (positive = money lost) when the scenario is scaled by k
   * @param targetLoss the loss to reach
   * @param maxScale upper end of the search, positive
   * @throws IllegalArgumentException when the loss at 0 and at {@code maxScale} are both on the same side of the
   *     target (not reachable), or the loss function returns NaN
   */
  public static double scaleForLoss(DoubleUnaryOperator lossAtScale, double targetLoss, double maxScale) {
    Objects.requireNonNull(lossAtScale, "lossAtScale");
    if (!Double.isFinite(targetLoss)) {
      throw new IllegalArgumentException("Expected a finite target loss, but found " + targetLoss);
    }
    if (!(maxScale > 0) || !Double.isFinite(maxScale)) {
      throw new IllegalArgumentException("Expected a positive maximum scale, but found " + maxScale);
    }
    double atZero = evaluate(lossAtScale, 0.0) - targetLoss;
    double atMax = evaluate(lossAtScale, maxScale) - targetLoss;
    if (atZero == 0) {
      return 0.0;
    }
    if (atMax == 0) {
      return maxScale;
    }
    if (Math.signum(atZero) == Math.signum(atMax)) {
      throw new IllegalArgumentException("Expected a target loss between the loss at scale 0 ("
          + (atZero + targetLoss) + ") and at scale " + maxScale + " (" + (atMax + targetLoss)
          + "), but found " + targetLoss + "; it is not reachable by scaling this scenario within [0, " + maxScale
          + "]");
    }
    BrentSolver solver = new BrentSolver(1e-14, 1e-12 * maxScale, 0.0);
    try {
      return solver.solve(MAX_EVALUATIONS, k -> evaluate(lossAtScale, k) - targetLoss, 0.0, maxScale);
    } catch (TooManyEvaluationsException e) {
      throw new IllegalArgumentException("Expected the scale for a loss of " + targetLoss + " within "
          + MAX_EVALUATIONS + " evaluations, but Brent's method did not converge", e);
    }
  }

  private static double evaluate(DoubleUnaryOperator f, double k) {
    double v = f.applyAsDouble(k);
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException("Expected a loss at scale " + k + ", but the loss function gave NaN");
    }
    return v;
  }

  /**
   * The moves {@code s* = −L Σ e / (eᵀ Σ e)} minimising {@code sᵀ Σ⁻¹ s} subject to {@code e·s = −L}.
   *
   * @param sigmaSS covariance of the reported names' log returns
   * @param exposure money per unit log move of each reported name (P&amp;L ≈ exposure·s)
   * @param targetLoss the loss L, positive for a loss
   * @throws IllegalArgumentException when sizes differ or {@code eᵀ Σ e ≤ 0} (the exposures carry no risk)
   */
  public static PlausibleMoves mostPlausibleMoves(RealMatrix sigmaSS, double[] exposure, double targetLoss) {
    Objects.requireNonNull(sigmaSS, "sigmaSS");
    Objects.requireNonNull(exposure, "exposure");
    int n = exposure.length;
    if (sigmaSS.getRowDimension() != n || sigmaSS.getColumnDimension() != n) {
      throw new IllegalArgumentException("Expected a " + n + " x " + n + " covariance for " + n + " exposures, but found "
          + sigmaSS.getRowDimension() + " x " + sigmaSS.getColumnDimension());
    }
    if (!Double.isFinite(targetLoss)) {
      throw new IllegalArgumentException("Expected a finite target loss, but found " + targetLoss);
    }
    double[] sigmaE = sigmaSS.operate(exposure);
    double eSigmaE = 0;
    for (int i = 0; i < n; i++) {
      eSigmaE += exposure[i] * sigmaE[i];
    }
    if (!(eSigmaE > 0)) {
      throw new IllegalArgumentException("Expected exposures with some risk (eᵀ Σ e > 0), but found eᵀ Σ e = "
          + eSigmaE + "; no move of these names changes the P&L");
    }
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = -targetLoss * sigmaE[i] / eSigmaE;
    }
    return new PlausibleMoves(s, Math.abs(targetLoss) / Math.sqrt(eSigmaE));
  }
}
