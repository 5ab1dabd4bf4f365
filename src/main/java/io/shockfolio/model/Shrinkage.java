package io.shockfolio.model;

import java.util.Locale;

/**
 * How {@link CovarianceEstimator} pulls a noisy sample covariance matrix {@code S} (p names) toward
 * a simple, well-conditioned target {@code F}: {@code Σ = δ F + (1 − δ) S} with intensity
 * {@code δ ∈ [0, 1]} estimated from the data.
 *
 * <ul>
 *   <li>{@link #NONE}: {@code Σ = S}, {@code δ = 0}.
 *   <li>{@link #LEDOIT_WOLF}: Ledoit &amp; Wolf (2004), "A well-conditioned estimator for
 *       large-dimensional covariance matrices", J. Multivariate Anal. 88. Target {@code F = μ I} with
 *       {@code μ = tr(S)/p}. With the centred observations {@code x_k} (k = 1..n),
 *       {@code S_n = (1/n) Σ_k x_k x_kᵀ} and the normalised Frobenius norm
 *       {@code ‖A‖² = tr(A Aᵀ)/p}: {@code d² = ‖S_n − μ_n I‖²},
 *       {@code b̄² = (1/n²) Σ_k ‖x_k x_kᵀ − S_n‖²}, {@code b² = min(b̄², d²)} and the optimal
 *       intensity is {@code δ = b²/d²} (0 when {@code d² = 0}, i.e. S is already a multiple of I).
 *   <li>{@link #DIAGONAL}: Schäfer &amp; Strimmer (2005), "A shrinkage approach to large-scale
 *       covariance matrix estimation", target D ("diagonal, unequal variance"): correlations shrink
 *       toward zero, variances are kept, so {@code Σ_ii = S_ii} and {@code Σ_ij = (1 − δ) S_ij}. On
 *       standardised data {@code z} with {@code w_kij = z_ki z_kj}, {@code w̄_ij = (1/n) Σ_k w_kij},
 *       {@code r_ij = n/(n−1) w̄_ij} and {@code Var^(r_ij) = n/(n−1)³ Σ_k (w_kij − w̄_ij)²}, the
 *       intensity is {@code δ = Σ_{i≠j} Var^(r_ij) / Σ_{i≠j} r_ij²}, clipped to [0, 1].
 * </ul>
 */
public enum Shrinkage {
  NONE("none"),
  LEDOIT_WOLF("ledoit-wolf"),
  DIAGONAL("diagonal");

  private final String label;

  Shrinkage(String label) {
    this.label = label;
  }

  /** The name used on the command line and in reports: {@code none}, {@code ledoit-wolf}, {@code diagonal}. */
  public String label() {
    return label;
  }

  /**
   * The shrinkage named {@code text} ({@code none}, {@code ledoit-wolf} or {@code diagonal}; case and
   * surrounding blanks are ignored).
   *
   * @throws IllegalArgumentException naming the accepted values when {@code text} is none of them
   */
  public static Shrinkage parse(String text) {
    if (text != null) {
      String key = text.trim().toLowerCase(Locale.ROOT);
      for (Shrinkage s : values()) {
        if (s.label.equals(key)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "Expected a shrinkage of none, ledoit-wolf or diagonal, but found '" + text + "'");
  }

  @Override
  public String toString() {
    return label;
  }
}
