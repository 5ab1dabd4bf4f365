package io.shockfolio.domain;

import java.util.List;
import java.util.Objects;

/**
 * A move the news did not report, estimated by a model from the moves it did report.
 *
 * <p>The move and its band are simple returns ({@code -0.08} is -8%). The attribution splits the
 * move over the reported moves that drive it; its shares add up to the move.
 *
 * @param move the expected move
 * @param lower the lower end of the 90% band, or {@code NaN} when the model gives no band
 * @param upper the upper end of the 90% band, or {@code NaN}
 * @param method the model that made it
 * @param attribution how much of the move comes from each reported move
 * @param inputs what the estimate rests on, for people: the names, the window, the proxy used
 */
public record Estimate(double move, double lower, double upper, Method method, List<Contribution> attribution,
    String inputs) {

  /**
   * One reported move's share of an estimate.
   *
   * @param target the reported target, e.g. {@code NVDA} or {@code ^IXIC (via QQQ)}
   * @param share its part of the estimated move, as a fraction
   */
  public record Contribution(String target, double share) {
    public Contribution {
      Objects.requireNonNull(target, "target");
    }
  }

  public Estimate {
    Objects.requireNonNull(method, "method");
    attribution = List.copyOf(attribution);
    Objects.requireNonNull(inputs, "inputs");
    if (!Double.isFinite(move) || move <= -1) {
      throw new IllegalArgumentException("Expected an estimated move above -100%, but found " + move);
    }
  }

  /** The same estimate with other words for what it rests on. */
  public Estimate withInputs(String newInputs) {
    return new Estimate(move, lower, upper, method, attribution, newInputs);
  }

  /** Whether the estimate has a 90% band. */
  public boolean hasBand() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }
}
