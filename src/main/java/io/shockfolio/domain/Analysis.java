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
 * @param severityCurve the portfolio's P&amp;L as the reported moves are scaled, in increasing scale;
 *     empty unless asked for
 * @param simulatedPnl the simulated P&amp;L paths gathered into bins, if the Monte Carlo ran
 */
public record Analysis(List<ReportedVersusActual> reportedVersusActual, Optional<Risk> analytic,
    Optional<Risk> monteCarlo, Optional<ReverseStress> reverseStress, List<SeverityPoint> severityCurve,
    Optional<Histogram> simulatedPnl) {

  private static final Analysis NONE = new Analysis(List.of(), Optional.empty(), Optional.empty(), Optional.empty());

  public Analysis {
    reportedVersusActual = List.copyOf(reportedVersusActual);
    Objects.requireNonNull(analytic, "analytic");
    Objects.requireNonNull(monteCarlo, "monteCarlo");
    Objects.requireNonNull(reverseStress, "reverseStress");
    severityCurve = List.copyOf(severityCurve);
    Objects.requireNonNull(simulatedPnl, "simulatedPnl");
  }

  /** An analysis without a severity curve or simulated paths. */
  public Analysis(List<ReportedVersusActual> reportedVersusActual, Optional<Risk> analytic,
      Optional<Risk> monteCarlo, Optional<ReverseStress> reverseStress) {
    this(reportedVersusActual, analytic, monteCarlo, reverseStress, List.of(), Optional.empty());
  }

  public static Analysis none() {
    return NONE;
  }

  /** The same analysis with {@code curve} as its severity curve. */
  public Analysis withSeverityCurve(List<SeverityPoint> curve) {
    return new Analysis(reportedVersusActual, analytic, monteCarlo, reverseStress, curve, simulatedPnl);
  }

  /** The same analysis with {@code histogram} as its simulated P&amp;L. */
  public Analysis withSimulatedPnl(Histogram histogram) {
    return new Analysis(reportedVersusActual, analytic, monteCarlo, reverseStress, severityCurve,
        Optional.of(histogram));
  }

  public boolean isEmpty() {
    return reportedVersusActual.isEmpty() && analytic.isEmpty() && monteCarlo.isEmpty() && reverseStress.isEmpty()
        && severityCurve.isEmpty() && simulatedPnl.isEmpty();
  }

  /**
   * The portfolio's P&amp;L with every reported move multiplied by {@code scale}.
   *
   * @param scale the factor on the moves as reported (1 is the news, 2 twice as bad)
   * @param pnl the portfolio's P&amp;L in the base currency
   * @param pnlPct the P&amp;L as a fraction of the absolute value before
   */
  public record SeverityPoint(double scale, double pnl, double pnlPct) {}

  /**
   * Simulated P&amp;L values gathered into equal bins: bin {@code i} holds the values from
   * {@code start + i × width} (inclusive) to {@code start + (i + 1) × width}; the last bin also holds its upper end.
   *
   * @param start the lower edge of the first bin, in the base currency
   * @param width the width of every bin, &gt; 0
   * @param counts how many values fall in each bin
   */
  public record Histogram(double start, double width, List<Integer> counts) {
    public Histogram {
      counts = List.copyOf(counts);
      if (!(width > 0) || !Double.isFinite(start)) {
        throw new IllegalArgumentException("Expected a finite start and a width > 0, but found " + start + ", " + width);
      }
    }

    /** The number of values in all bins. */
    public long total() {
      return counts.stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * Sorted values in {@code bins} equal bins from the smallest to the largest value.
     *
     * @throws IllegalArgumentException when there are no values or {@code bins < 1}
     */
    public static Histogram of(double[] sorted, int bins) {
      if (sorted.length == 0 || bins < 1) {
        throw new IllegalArgumentException("Expected values and at least one bin");
      }
      double lo = sorted[0];
      double hi = sorted[sorted.length - 1];
      double width = hi > lo ? (hi - lo) / bins : 1.0;
      int[] counts = new int[hi > lo ? bins : 1];
      for (double v : sorted) {
        int i = (int) Math.floor((v - lo) / width);
        counts[Math.min(counts.length - 1, Math.max(0, i))]++;
      }
      return new Histogram(hi > lo ? lo : lo - 0.5, width, java.util.Arrays.stream(counts).boxed().toList());
    }
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
