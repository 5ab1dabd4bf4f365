package io.shockfolio.model;

import io.shockfolio.domain.BacktestResult;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.domain.Scenario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * How well the conditional model predicts a real event: estimate on history up to the day before
 * the event, impose the scenario's reported moves, predict the event-day move of every other name
 * in the history, and compare with what the closes did. Two baselines make the numbers mean
 * something: no move at all, and each name's beta to the basket of reported names.
 */
public final class Backtest {

  private Backtest() {}

  /**
   * Runs the back-test.
   *
   * @param window the number of return days before the event to estimate on
   * @throws InputException when the history does not cover the event or no reported move has history
   */
  public static BacktestResult run(PriceHistory history, Scenario scenario, LocalDate event, InstrumentRegistry registry,
      int window, Shrinkage shrinkage) {
    LocalDate asOf = ReturnHistory.lastDateBefore(history, event).orElseThrow(() -> InputException.ofUsage(
        "the price history has no date before " + event + "; expected history that starts before the event"));
    ReturnHistory returns = ReturnHistory.of(history, asOf, window);
    List<String> notes = new ArrayList<>();
    // every name may be a candidate: the model sets the reported ones apart, and the baseline's
    // basket is made of the reported names the model could use
    ConditionalModel conditional = ConditionalModel.of(returns, scenario, registry, shrinkage, returns.names());
    List<HistoryNames.Reported> reported = conditional.reported();
    Set<String> reportedTickers = new LinkedHashSet<>();
    reported.forEach(r -> reportedTickers.add(r.ticker()));
    List<String> others = new ArrayList<>();
    for (String t : returns.names()) {
      if (!reportedTickers.contains(t)) {
        others.add(t);
      }
    }
    if (!conditional.conditions()) {
      throw InputException.ofUsage("no reported move of " + scenario.name() + " has enough price history before "
          + event + " to condition on");
    }
    notes.addAll(conditional.notes());
    BetaModel beta = BetaModel.toBasket(returns, reported);
    List<BacktestResult.Row> rows = new ArrayList<>();
    for (String t : others) {
      Optional<Double> actual = eventMove(history.get(t).orElseThrow(), event);
      Optional<Estimate> c = conditional.estimate(t);
      Optional<Estimate> b = beta.estimate(t);
      if (actual.isPresent() && c.isPresent() && b.isPresent()) {
        rows.add(new BacktestResult.Row(t, c.get().move(), c.get().lower(), c.get().upper(), b.get().move(), actual.get()));
      }
    }
    if (rows.size() < 3) {
      throw InputException.ofUsage("the price history has closes on " + event + " for " + rows.size()
          + " name(s) the scenario does not report; expected at least 3 (is " + event + " a trading day the history"
          + " covers?)");
    }
    rows.sort(java.util.Comparator.comparing(BacktestResult.Row::ticker));
    // the days the window really had, which a short history makes fewer than asked for
    return new BacktestResult(scenario.name(), event, asOf, returns.dates().size(), shrinkage.label(), rows,
        accuracy(rows, BacktestResult.Row::predicted, true), accuracy(rows, r -> 0.0, false),
        accuracy(rows, BacktestResult.Row::beta, false), notes);
  }

  /** The close-to-close move of {@code day}: its close over the series' previous close. */
  static Optional<Double> eventMove(PriceSeries s, LocalDate day) {
    int i = Collections.binarySearch(s.dates(), day);
    return i > 0 ? Optional.of(s.closes()[i] / s.closes()[i - 1] - 1) : Optional.empty();
  }

  private static BacktestResult.Accuracy accuracy(List<BacktestResult.Row> rows,
      java.util.function.ToDoubleFunction<BacktestResult.Row> prediction,
      boolean bands) {
    double[] p = new double[rows.size()];
    double[] a = new double[rows.size()];
    double abs = 0;
    int inside = 0;
    for (int i = 0; i < p.length; i++) {
      BacktestResult.Row r = rows.get(i);
      p[i] = prediction.applyAsDouble(r);
      a[i] = r.actual();
      abs += Math.abs(p[i] - a[i]);
      if (r.actual() >= r.lower() && r.actual() <= r.upper()) {
        inside++;
      }
    }
    boolean constant = java.util.Arrays.stream(p).distinct().count() == 1;
    double corr = constant ? Double.NaN : new PearsonsCorrelation().correlation(p, a);
    return new BacktestResult.Accuracy(abs / p.length * 100, corr, bands ? (double) inside / p.length : Double.NaN);
  }
}
