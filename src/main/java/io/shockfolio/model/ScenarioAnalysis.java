package io.shockfolio.model;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.ScenarioResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The P&amp;L distribution of a result under the conditional model, and the most plausible moves
 * for a reverse stress.
 *
 * <p>Given the reported moves, the portfolio's P&amp;L is a fixed part (holdings moved by reported
 * moves or scenario rules, and holdings no model reached) plus the uncertain part of the holdings
 * the conditional model estimated: exposure {@code w_i} (value before in the base currency, times
 * any currency move) to a name whose log return is normal with the conditional mean and covariance.
 * Several holdings of one name add up to one exposure. See {@link PnlDistribution} for the
 * analytic and Monte Carlo figures. Both linearise a holding's P&amp;L around its estimate
 * ({@code w (exp(μ) − 1) + w exp(μ) (r − μ)}), so the distribution is centred on the table's total
 * and the two differ only by the simulation's error and, with Student-t returns, the fatter tails.
 */
public final class ScenarioAnalysis {

  private record Exposures(int[] positions, double[] weights) {}

  /**
   * The direction of the most plausible reported moves for a loss, under the linear approximation.
   *
   * @param shocks the reported shocks the model conditions on
   * @param logMoves the moves {@code s*} as log returns, one per shock
   * @param mahalanobis their Mahalanobis distance in daily standard deviations
   */
  public record Plausible(List<io.shockfolio.domain.Shock> shocks, double[] logMoves, double mahalanobis) {

    /** The moves {@code t·s*}, as simple moves labelled by target. */
    public List<Estimate.Contribution> moves(double t) {
      List<Estimate.Contribution> out = new ArrayList<>();
      for (int j = 0; j < shocks.size(); j++) {
        out.add(new Estimate.Contribution(shocks.get(j).target().toString(), Math.expm1(t * logMoves[j])));
      }
      return out;
    }

    /** The scenario with each reported shock set to its move in {@code t·s*}; every other shock as it is. */
    public io.shockfolio.domain.Scenario along(io.shockfolio.domain.Scenario scenario, double t) {
      List<io.shockfolio.domain.Shock> shocked = new ArrayList<>();
      for (io.shockfolio.domain.Shock s : scenario.shocks()) {
        int j = shocks.indexOf(s);
        double move = j < 0 ? s.move() : Math.expm1(t * logMoves[j]);
        shocked.add(j < 0 ? s : new io.shockfolio.domain.Shock(s.target(), move, s.measured(), s.source(), s.note(),
            s.intended() || move > 1));
      }
      return new io.shockfolio.domain.Scenario(scenario.name(), scenario.date(), scenario.description(), shocked,
          scenario.severity());
    }
  }

  private ScenarioAnalysis() {}

  /** The analytic (normal, linearised) P&amp;L distribution; empty when no holding was estimated conditionally. */
  public static Optional<Analysis.Risk> analytic(ScenarioResult result, ConditionalModel model,
      InstrumentRegistry registry) {
    Optional<Exposures> e = exposures(result, model, registry);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    ConditionalGaussian g = model.gaussian();
    int[] p = e.get().positions();
    PnlDistribution.Summary s = PnlDistribution.analytic(aroundEstimate(g, p, e.get().weights()),
        new double[p.length], g.conditionalCovariance(p));
    return Optional.of(risk("analytic (normal)", s, result.pnl(), 0, 0));
  }

  /** Bins of the simulated P&amp;L in the histogram. */
  public static final int HISTOGRAM_BINS = 60;

  /**
   * A simulated distribution: its figures, and its paths' P&amp;L in {@value #HISTOGRAM_BINS} bins.
   *
   * @param risk mean, VaR and expected shortfall of the simulated P&amp;L
   * @param histogram the simulated portfolio P&amp;L, in the base currency
   */
  public record Simulated(Analysis.Risk risk, Analysis.Histogram histogram) {}

  /** The simulated P&amp;L distribution; empty when no holding was estimated conditionally. */
  public static Optional<Simulated> monteCarlo(ScenarioResult result, ConditionalModel model,
      InstrumentRegistry registry, int paths, long seed, Optional<Integer> studentT) {
    Optional<Exposures> e = exposures(result, model, registry);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    ConditionalGaussian g = model.gaussian();
    int[] p = e.get().positions();
    PnlDistribution.Simulation sim = PnlDistribution.monteCarlo(aroundEstimate(g, p, e.get().weights()),
        new double[p.length], g.conditionalCovariance(p), paths, seed, studentT, PnlDistribution.Revaluation.LINEAR);
    String method = "Monte Carlo (" + studentT.map(v -> "Student-t, " + v + " degrees of freedom").orElse("normal")
        + ", seed " + seed + ")";
    double[] pnl = sim.sortedPnl();
    for (int i = 0; i < pnl.length; i++) {
      pnl[i] += result.pnl();
    }
    return Optional.of(new Simulated(risk(method, sim.summary(), result.pnl(), paths, sim.standardErrorOfMean()),
        Analysis.Histogram.of(pnl, HISTOGRAM_BINS)));
  }

  /**
   * The reported moves closest to no move, by Mahalanobis distance under the model's covariance,
   * that make the portfolio lose {@code targetLoss} of its value. The portfolio's P&amp;L is taken as
   * linear in the reported log moves: a direct exposure to each reported name, plus the estimated
   * names' exposures through the conditional weights.
   */
  public static Optional<Plausible> plausibleMoves(ScenarioResult result, ConditionalModel model,
      InstrumentRegistry registry, double targetLoss) {
    if (model.gaussian() == null) {
      return Optional.empty();
    }
    List<HistoryNames.Reported> reported = model.reported();
    int k = reported.size();
    double[] e = new double[k];
    for (HoldingImpact i : result.impacts()) {
      if (i.price().isMatched()) {
        for (int j = 0; j < k; j++) {
          if (i.price().shock() == reported.get(j).shock()) {
            e[j] += i.valueBefore() * (1 + i.fxMove());
          }
        }
      }
    }
    for (HoldingImpact i : result.impacts()) {
      // a holding estimated as a reported name's own series (QQQ for the Nasdaq) moves with it one for one
      if (i.isEstimated() && i.estimate().method() == Method.CONDITIONAL) {
        Optional<ReferenceInstrument> ref = registry.resolve(i.holding().instrument())
            .map(InstrumentRegistry.Resolution::instrument);
        Optional<Integer> pos = HistoryNames.holding(i.holding(), ref, model.history()).flatMap(model::position);
        if (pos.isPresent() && pos.get() < k) {
          e[pos.get()] += i.valueBefore() * (1 + i.fxMove());
        }
      }
    }
    Optional<Exposures> est = exposures(result, model, registry);
    if (est.isPresent()) {
      for (int a = 0; a < est.get().positions().length; a++) {
        double[] w = model.gaussian().weights(est.get().positions()[a]);
        for (int j = 0; j < k; j++) {
          e[j] += est.get().weights()[a] * w[j];
        }
      }
    }
    RealMatrix sigmaSS = model.covariance().getSubMatrix(0, k - 1, 0, k - 1);
    ReverseStress.PlausibleMoves m;
    try {
      m = ReverseStress.mostPlausibleMoves(sigmaSS, e, targetLoss * Math.abs(result.valueBefore()));
    } catch (IllegalArgumentException noExposure) {
      return Optional.empty();
    }
    List<io.shockfolio.domain.Shock> shocks = reported.stream().map(HistoryNames.Reported::shock).toList();
    return Optional.of(new Plausible(shocks, m.moves(), m.mahalanobisDistance()));
  }

  private static Optional<Exposures> exposures(ScenarioResult result, ConditionalModel model,
      InstrumentRegistry registry) {
    if (model.gaussian() == null) {
      return Optional.empty();
    }
    Map<Integer, Double> byPosition = new LinkedHashMap<>();
    for (HoldingImpact i : result.impacts()) {
      if (!i.isEstimated() || i.estimate().method() != Method.CONDITIONAL) {
        continue;
      }
      Optional<ReferenceInstrument> ref = registry.resolve(i.holding().instrument())
          .map(InstrumentRegistry.Resolution::instrument);
      Optional<Integer> pos = HistoryNames.holding(i.holding(), ref, model.history()).flatMap(model::position);
      // a holding whose series is itself a reported name (QQQ standing in for the Nasdaq) moves
      // exactly with it: its P&L is fixed given the reported moves
      if (pos.isPresent() && pos.get() >= model.reportedCount()) {
        byPosition.merge(pos.get(), i.valueBefore() * (1 + i.fxMove()), Double::sum);
      }
    }
    if (byPosition.isEmpty()) {
      return Optional.empty();
    }
    int[] positions = byPosition.keySet().stream().mapToInt(Integer::intValue).toArray();
    double[] weights = byPosition.values().stream().mapToDouble(Double::doubleValue).toArray();
    return Optional.of(new Exposures(positions, weights));
  }

  /**
   * Exposures to the log-return surprise {@code r − μ} when the P&amp;L {@code w (exp(r) − 1)} is
   * linearised around the estimate {@code μ}: {@code w exp(μ)}. The expected P&amp;L is then the
   * table's, {@code w (exp(μ) − 1)}, and the distribution is centred on it.
   */
  private static double[] aroundEstimate(ConditionalGaussian g, int[] positions, double[] w) {
    double[] out = new double[positions.length];
    for (int a = 0; a < out.length; a++) {
      out[a] = w[a] * Math.exp(g.mean(positions[a]));
    }
    return out;
  }

  private static Analysis.Risk risk(String method, PnlDistribution.Summary s, double fixed, int paths, double se) {
    return new Analysis.Risk(method, s.mean() + fixed, s.standardDeviation(), s.var95() - fixed, s.es95() - fixed,
        s.var99() - fixed, s.es99() - fixed, paths, se);
  }
}
