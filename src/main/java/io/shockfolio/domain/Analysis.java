package io.shockfolio.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a run with price history adds to a result: reported moves beside the actual closes, the
 * P&amp;L distribution under the scenario, and the reverse stress.
 *
 * @param reportedVersusActual each reported move beside the event date's close-to-close move, when
 *     the history covers the event; empty otherwise
 * @param analytic the normal P&amp;L distribution of the estimated holdings, if the conditional model ran
 * @param monteCarlo the simulated distribution, if asked for
 * @param reverseStress the scale and moves that give a target loss, if asked for
 */
public record Analysis(List<ReportedVersusActual> reportedVersusActual, Optional<Risk> analytic,
    Optional<Risk> monteCarlo, Optional<ReverseStress> reverseStress) {

  private static final Analysis NONE = new Analysis(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public Analysis {
    reportedVersusActual = List.copyOf(reportedVersusActual);
    Objects.requireNonNull(analytic, "analytic");
    Objects.requireNonNull(monteCarlo, "monteCarlo");
    Objects.requireNonNull(reverseStress, "reverseStress");
  }

  public static Analysis none() {
    return NONE;
  }

  public boolean isEmpty() {
    return reportedVersusActual.isEmpty() && analytic.isEmpty() && monteCarlo.isEmpty() && reverseStress.isEmpty();
  }

  /**
   * A reported move beside the actual close-to-close move of the event date.
   *
   * @param target the scenario's target (with its proxy, if one stands in)
   * @param ticker the price series compared
   * @param reported the reported move
   * @param measured when the reported move was measured
   * @param actual the close-to-close move of the event date
   * @param flagged whether they differ by more than the threshold
   */
  public record ReportedVersusActual(String target, String ticker, double reported, Timing measured, double actual,
      boolean flagged) {
    /** Actual minus reported. */
    public double difference() {
      return actual - reported;
    }
  }

  /**
   * The P&amp;L distribution of the portfolio under the scenario, in the base currency. Losses are
   * positive numbers in VaR and expected shortfall.
   *
   * @param method {@code analytic (normal)} or {@code Monte Carlo (normal|Student-t ν=…)}
   * @param mean the expected P&amp;L
   * @param standardDeviation its standard deviation
   * @param var95 the loss exceeded with 5% probability
   * @param es95 the mean loss beyond {@code var95}
   * @param var99 the loss exceeded with 1% probability
   * @param es99 the mean loss beyond {@code var99}
   * @param paths the number of simulated paths, 0 for the analytic distribution
   * @param standardError the Monte Carlo standard error of the mean, 0 for the analytic distribution
   */
  public record Risk(String method, double mean, double standardDeviation, double var95, double es95, double var99,
      double es99, int paths, double standardError) {}

  /**
   * How far the reported names must move for the portfolio to lose a target share.
   *
   * @param targetLoss the loss as a fraction of the value before, e.g. 0.10
   * @param scale the factor on the scenario's moves at which the portfolio loses that much
   * @param plausibleMoves the moves of the reported names closest to no move (smallest Mahalanobis
   *     distance under the estimated covariance) that give the same loss, one per reported name
   * @param mahalanobis the Mahalanobis distance of those moves, in daily standard deviations
   */
  public record ReverseStress(double targetLoss, double scale, List<Estimate.Contribution> plausibleMoves,
      double mahalanobis) {
    public ReverseStress {
      plausibleMoves = List.copyOf(plausibleMoves);
    }
  }
}
