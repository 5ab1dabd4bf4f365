package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code conditional} model: the expected move of every unnamed holding given the reported
 * moves, under a multivariate normal of daily log returns with mean 0,
 * {@code E[r_U | r_S = s] = Σ_US Σ_SS⁻¹ s}, where {@code s} are the reported moves as log returns
 * and {@code Σ} is estimated on the window of the {@link ReturnHistory} (see {@link CovarianceEstimator}
 * for the estimate and its shrinkage). Each estimate has a 90% band from the conditional variance
 * and an attribution: the part of it each reported move explains ({@code (Σ_US Σ_SS⁻¹)_j s_j}),
 * scaled from log to simple returns so the parts add up to the move.
 */
public final class ConditionalModel implements Propagation {

  /** The band's coverage. */
  public static final double BAND = 0.90;

  private final ReturnHistory history;
  private final Map<String, Integer> position = new LinkedHashMap<>();
  private final List<HistoryNames.Reported> reported;
  private final ConditionalGaussian gaussian;
  private final CovarianceEstimator.Estimate covariance;
  private final List<String> notes;

  private ConditionalModel(ReturnHistory history, List<HistoryNames.Reported> reported, List<String> candidates,
      Shrinkage shrinkage, List<String> notes) {
    this.history = history;
    this.reported = List.copyOf(reported);
    this.notes = notes;
    List<String> names = new ArrayList<>();
    reported.forEach(r -> names.add(r.ticker()));
    names.addAll(candidates);
    double[][] data = new double[names.size()][];
    for (int i = 0; i < names.size(); i++) {
      data[i] = history.returns(names.get(i)).orElseThrow();
      position.put(names.get(i), i);
    }
    // with no candidate the covariance of the reported names still serves the reverse stress
    if (reported.isEmpty()) {
      this.covariance = null;
      this.gaussian = null;
      return;
    }
    this.covariance = CovarianceEstimator.estimate(data, shrinkage);
    int[] s = new int[reported.size()];
    double[] values = new double[reported.size()];
    for (int j = 0; j < s.length; j++) {
      s[j] = j;
      values[j] = reported.get(j).logMove();
    }
    int[] u = new int[candidates.size()];
    for (int k = 0; k < u.length; k++) {
      u[k] = reported.size() + k;
    }
    try {
      this.gaussian = new ConditionalGaussian(covariance.covariance(), s, u, values);
    } catch (IllegalArgumentException singular) {
      throw InputException.ofUsage("the price histories of the reported moves " + String.join(", ",
          reported.stream().map(HistoryNames.Reported::label).toList()) + " leave no room to condition on all of"
          + " them: one does not move over the window, or some move exactly together; expected independent"
          + " series (try --shrinkage ledoit-wolf, or keep one of two identical series)");
    }
    notes.add(String.format(Locale.ROOT, "conditional model: %d reported move(s) with price history (%s), "
        + "covariance of daily log returns over %d days to %s, shrinkage %s (intensity %.2f)%s",
        reported.size(), String.join(", ", reported.stream().map(HistoryNames.Reported::label).toList()),
        covariance.days(), history.asOf(), shrinkage.label(), covariance.intensity(),
        covariance.repaired() ? ", repaired to positive semi-definite" : ""));
  }

  /** A model sharing {@code base}'s covariance, conditioned on other moves of the same reported names. */
  private ConditionalModel(ConditionalModel base, List<HistoryNames.Reported> moved) {
    this.history = base.history;
    this.position.putAll(base.position);
    this.reported = List.copyOf(moved);
    this.covariance = base.covariance;
    this.notes = base.notes;
    double[] values = moved.stream().mapToDouble(HistoryNames.Reported::logMove).toArray();
    this.gaussian = base.gaussian == null ? null
        : new ConditionalGaussian(covariance.covariance(), base.gaussian.reported(), base.gaussian.unreported(), values);
  }

  /**
   * The same model conditioned on {@code other}'s moves for the same targets (a scaled scenario,
   * a reverse-stress candidate). The covariance does not depend on the moves and is not estimated
   * again; a target {@code other} lacks keeps its move.
   */
  public ConditionalModel conditionedOn(Scenario other) {
    List<HistoryNames.Reported> moved = reported.stream()
        .map(r -> new HistoryNames.Reported(other.shockFor(r.shock().target()).orElse(r.shock()), r.ticker(), r.label()))
        .toList();
    return new ConditionalModel(this, moved);
  }

  /**
   * The model for the holdings of {@code portfolio}: conditions on the scenario's reported moves
   * that the history covers and estimates the holdings it has enough history for.
   *
   * {@link #notes()} then says what the user should know: moves left out, the window, the shrinkage.
   */
  public static ConditionalModel forPortfolio(ReturnHistory history, Scenario scenario, InstrumentRegistry registry,
      Shrinkage shrinkage, Portfolio portfolio) {
    Set<String> candidates = new LinkedHashSet<>();
    for (Holding h : portfolio.holdings()) {
      Optional<ReferenceInstrument> ref = registry.resolve(h.instrument()).map(InstrumentRegistry.Resolution::instrument);
      HistoryNames.holding(h, ref, history).ifPresent(candidates::add);
    }
    return of(history, scenario, registry, shrinkage, candidates);
  }

  /** The model for the named series of the history (all of them for a back-test). */
  public static ConditionalModel of(ReturnHistory history, Scenario scenario, InstrumentRegistry registry,
      Shrinkage shrinkage, Collection<String> tickers) {
    List<String> modelNotes = new ArrayList<>();
    List<HistoryNames.Reported> reported = new ArrayList<>();
    for (HistoryNames.Reported r : HistoryNames.reported(scenario, registry, history::contains, modelNotes)) {
      if (enough(history, r.ticker())) {
        reported.add(r);
      } else {
        modelNotes.add("reported move " + r.label() + " has too little price history in the window ("
            + shortage(history, r.ticker()) + "); left out");
      }
    }
    Set<String> taken = new LinkedHashSet<>();
    reported.forEach(r -> taken.add(r.ticker()));
    List<String> candidates = new ArrayList<>();
    for (String t : tickers) {
      if (!taken.contains(t) && enough(history, t) && !candidates.contains(t)) {
        candidates.add(t);
      }
    }
    return new ConditionalModel(history, reported, candidates, shrinkage, modelNotes);
  }

  /** Whether a series has returns on enough of the window's days, and enough days, to estimate with. */
  private static boolean enough(ReturnHistory history, String ticker) {
    return history.coverage(ticker) >= BetaModel.MIN_COVERAGE && history.observed(ticker) >= BetaModel.MIN_DAYS;
  }

  private static String shortage(ReturnHistory history, String ticker) {
    return String.format(Locale.ROOT, "%d daily returns, %.0f%% of the window; expected at least %d and %.0f%%",
        history.observed(ticker), history.coverage(ticker) * 100, BetaModel.MIN_DAYS, BetaModel.MIN_COVERAGE * 100);
  }

  /** How many reported moves the model conditions on. */
  public int reportedCount() {
    return reported.size();
  }

  /** Whether any reported move has price history, so the model can condition on it. */
  public boolean conditions() {
    return gaussian != null;
  }

  @Override
  public String name() {
    return "conditional";
  }

  @Override
  public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
    return HistoryNames.holding(holding, reference, history)
        .flatMap(t -> estimate(t).map(e -> HistoryNames.naming(e, t)));
  }

  /** The estimate for a series of the history, by ticker; empty when it was not modelled. */
  public Optional<Estimate> estimate(String ticker) {
    Integer i = position.get(ticker);
    if (gaussian == null || i == null) {
      return Optional.empty();
    }
    if (i < reported.size()) {
      if (!reported.get(i).viaProxy()) {
        // a different instrument under the reported name's ticker (SU: Suncor, Schneider's root);
        // the very instrument would have been moved by the shock itself
        return Optional.empty();
      }
      // the holding's series is the one a reported move sets (QQQ for the Nasdaq Composite): given
      // that move it moves exactly so, as the beta model (beta 1 to itself) also says
      HistoryNames.Reported r = reported.get(i);
      double move = r.shock().move();
      return Optional.of(new Estimate(move, move, move, Method.CONDITIONAL,
          List.of(new Estimate.Contribution(r.label(), move)),
          "the reported move of " + r.label() + ", whose price series " + ticker + " it shares"));
    }
    double logMove = gaussian.mean(i);
    double move = Math.expm1(logMove);
    double scale = logMove == 0 ? 1 : move / logMove;
    double[] parts = gaussian.attribution(i);
    List<Estimate.Contribution> shares = new ArrayList<>();
    for (int j = 0; j < parts.length; j++) {
      shares.add(new Estimate.Contribution(reported.get(j).label(), parts[j] * scale));
    }
    ConditionalGaussian.Band band = gaussian.band(i, BAND);
    String inputs = String.format(Locale.ROOT, "%s over %d days to %s", String.join(", ",
        reported.stream().map(HistoryNames.Reported::label).toList()), covariance.days(), history.asOf());
    return Optional.of(new Estimate(move, band.lowerMove(), band.upperMove(), Method.CONDITIONAL, shares, inputs));
  }

  @Override
  public Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
    if (gaussian == null && reported.isEmpty()) {
      return Optional.of("no reported move has enough price history");
    }
    Optional<String> ticker = HistoryNames.holding(holding, reference, history);
    if (ticker.isEmpty()) {
      return Optional.of(HistoryNames.noSeries(holding, reference));
    }
    Integer i = position.get(ticker.get());
    if (i != null && i < reported.size()) {
      return Optional.of("its price series " + ticker.get() + " is the one of reported move "
          + reported.get(i).label() + ", another instrument");
    }
    return Optional.of("too little price history (" + shortage(history, ticker.get()) + ")");
  }

  @Override
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** The conditional model's maths, for the P&amp;L distribution and reverse stress. */
  ConditionalGaussian gaussian() {
    return gaussian;
  }

  /** The estimated covariance of daily log returns: reported names first, in {@link #reported()} order. */
  org.apache.commons.math3.linear.RealMatrix covariance() {
    return covariance.covariance();
  }

  /** The reported moves the model conditions on. */
  List<HistoryNames.Reported> reported() {
    return reported;
  }

  /** The price history the model was estimated on. */
  ReturnHistory history() {
    return history;
  }

  /** Where a ticker sits in the model's covariance, if it was modelled. */
  Optional<Integer> position(String ticker) {
    return Optional.ofNullable(position.get(ticker));
  }
}
