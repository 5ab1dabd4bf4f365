package io.shockfolio.model;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Percent;
import io.shockfolio.domain.ReferenceInstrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The {@code beta} model: a holding's OLS beta (with intercept, Commons Math) of its daily log
 * returns on a factor's, times the factor's reported move. The factor is the reported index when
 * the scenario reports one the history has a proxy for (the Nasdaq Composite through QQQ), else
 * the scenario's basket: the equal-weighted average of the reported names' daily log returns,
 * whose move is the average of their reported log moves. The intercept (a daily drift) is left
 * out of the prediction. The 90% band is ± z·s of the regression's residuals.
 */
public final class BetaModel implements Propagation {

  /** Names with returns on fewer of the window's days than this are not estimated. */
  static final double MIN_COVERAGE = 0.6;
  /** Regressions on fewer common days than this are not made. */
  static final int MIN_DAYS = 20;
  private static final double Z90 = new NormalDistribution().inverseCumulativeProbability(0.95);

  private final ReturnHistory history;
  private final List<HistoryNames.Reported> reported;
  private final double[] factor;
  private final double factorMove;
  private final String factorLabel;
  private final List<String> notes = new ArrayList<>();

  BetaModel(ReturnHistory history, List<HistoryNames.Reported> reported, boolean preferIndex) {
    this.history = history;
    Optional<HistoryNames.Reported> index = preferIndex
        ? reported.stream().filter(HistoryNames.Reported::viaProxy).findFirst()
        : Optional.empty();
    if (index.isPresent()) {
      this.reported = List.of(index.get());
      this.factor = history.returns(index.get().ticker()).orElseThrow();
      this.factorMove = index.get().logMove();
      this.factorLabel = index.get().label();
    } else {
      this.reported = List.copyOf(reported);
      this.factor = basket(history, reported);
      this.factorMove = reported.stream().mapToDouble(HistoryNames.Reported::logMove).average().orElse(0);
      this.factorLabel = "the basket of " + String.join(", ", reported.stream().map(HistoryNames.Reported::label).toList());
    }
  }

  /** The beta model for a scenario: to its reported index if the history has the proxy, else to its basket. */
  public static BetaModel of(ReturnHistory history, io.shockfolio.domain.Scenario scenario,
      InstrumentRegistry registry) {
    List<String> notes = new ArrayList<>();
    BetaModel model = new BetaModel(history, HistoryNames.reported(scenario, registry, history::contains, notes), true);
    model.notes.addAll(notes);
    return model;
  }

  /** The beta-to-basket baseline of a back-test: never the index, always the reported names' basket. */
  static BetaModel toBasket(ReturnHistory history, List<HistoryNames.Reported> reported) {
    return new BetaModel(history, reported, false);
  }

  @Override
  public List<String> notes() {
    return List.copyOf(notes);
  }

  @Override
  public String name() {
    return "beta";
  }

  @Override
  public Optional<Estimate> estimate(Holding holding, Optional<ReferenceInstrument> reference) {
    if (reported.isEmpty()) {
      return Optional.empty();
    }
    return HistoryNames.holding(holding, reference, history)
        .filter(t -> history.coverage(t) >= MIN_COVERAGE)
        .flatMap(t -> estimate(t).map(e -> HistoryNames.naming(e, t)));
  }

  /** The estimate for a series of the history, by ticker. */
  Optional<Estimate> estimate(String ticker) {
    double[] y = history.returns(ticker).orElseThrow();
    SimpleRegression ols = new SimpleRegression(true);
    for (int t = 0; t < y.length; t++) {
      if (!Double.isNaN(y[t]) && !Double.isNaN(factor[t])) {
        ols.addData(factor[t], y[t]);
      }
    }
    if (ols.getN() < MIN_DAYS) {
      return Optional.empty();
    }
    double beta = ols.getSlope();
    if (!Double.isFinite(beta)) {
      return Optional.empty(); // the factor did not move over the window
    }
    double logMove = beta * factorMove;
    double s = Math.sqrt(ols.getMeanSquareError());
    double move = Math.expm1(logMove);
    double scale = logMove == 0 ? 1 : move / logMove;
    List<Estimate.Contribution> shares = new ArrayList<>();
    for (HistoryNames.Reported r : reported) {
      shares.add(new Estimate.Contribution(r.label(), beta * r.logMove() / reported.size() * scale));
    }
    String inputs = String.format(Locale.ROOT, "beta %.2f to %s (%s) over %d days to %s", beta, factorLabel,
        Percent.format(Math.expm1(factorMove)), ols.getN(), history.asOf());
    return Optional.of(new Estimate(move, Math.expm1(logMove - Z90 * s), Math.expm1(logMove + Z90 * s),
        Method.BETA, shares, inputs));
  }

  @Override
  public Optional<String> whyNot(Holding holding, Optional<ReferenceInstrument> reference) {
    if (reported.isEmpty()) {
      return Optional.of("no reported move has a price history");
    }
    Optional<String> ticker = HistoryNames.holding(holding, reference, history);
    if (ticker.isEmpty()) {
      return Optional.of(HistoryNames.noSeries(holding, reference));
    }
    double coverage = history.coverage(ticker.get());
    if (coverage >= MIN_COVERAGE && overlap(ticker.get()) >= MIN_DAYS) {
      return Optional.of("the factor, " + factorLabel + ", does not move over the window");
    }
    if (coverage >= MIN_COVERAGE) {
      return Optional.of(String.format(Locale.ROOT, "only %d days of %s's price history overlap the factor's;"
          + " expected at least %d", overlap(ticker.get()), ticker.get(), MIN_DAYS));
    }
    return Optional.of(String.format(Locale.ROOT, "price history covers %.0f%% of the window", coverage * 100));
  }

  private int overlap(String ticker) {
    double[] y = history.returns(ticker).orElseThrow();
    int n = 0;
    for (int t = 0; t < y.length; t++) {
      if (!Double.isNaN(y[t]) && !Double.isNaN(factor[t])) {
        n++;
      }
    }
    return n;
  }

  /** The equal-weighted average of the reported names' returns, date by date (NaN where none traded). */
  static double[] basket(ReturnHistory history, List<HistoryNames.Reported> reported) {
    double[] sum = new double[history.dates().size()];
    int[] n = new int[sum.length];
    for (HistoryNames.Reported r : reported) {
      double[] x = history.returns(r.ticker()).orElseThrow();
      for (int t = 0; t < x.length; t++) {
        if (!Double.isNaN(x[t])) {
          sum[t] += x[t];
          n[t]++;
        }
      }
    }
    for (int t = 0; t < sum.length; t++) {
      sum[t] = n[t] == 0 ? Double.NaN : sum[t] / n[t];
    }
    return sum;
  }
}
