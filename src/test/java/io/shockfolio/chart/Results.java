package io.shockfolio.chart;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built results for the chart tests; every amount is in EUR and the rate is 1. */
final class Results {

  private Results() {}

  /**
   * One holding: symbol, sector, value before in EUR, the move applied (0 = not matched), and
   * whether it is a cash line.
   */
  record Line(String symbol, String name, String sector, double value, double move, boolean cash) {

    /** A security line. */
    Line(String symbol, String name, String sector, double value, double move) {
      this(symbol, name, sector, value, move, false);
    }
  }

  static ScenarioResult build(String portfolio, Scenario scenario, List<Line> lines) {
    List<Holding> holdings = new ArrayList<>();
    List<HoldingImpact> impacts = new ArrayList<>();
    int n = 1;
    for (Line l : lines) {
      Instrument ins = new Instrument(l.symbol(), "", l.name(), "EUR", l.sector(), "", "Equity");
      Holding h = new Holding(ins, Double.NaN, Double.NaN, l.value(), Double.NaN, "", l.cash(),
          List.of(n++));
      holdings.add(h);
      Match price = l.move() == 0
          ? Match.none()
          : Match.of(MatchKind.SYMBOL, Shock.of(ShockTarget.symbol(l.symbol().isEmpty() ? "X" : l.symbol()), l.move(), "test"),
              l.symbol());
      double pnl = Money.roundToCents(l.value() * l.move());
      impacts.add(new HoldingImpact(h, price, Match.none(),
          l.move() == 0 ? Method.NOT_MOVED : Method.REPORTED, null, l.value(), pnl, pnl));
    }
    Portfolio p = new Portfolio(portfolio, portfolio + ".csv", holdings, List.of());
    return new ScenarioResult(p, scenario, "EUR", "none", impacts, Map.of(), List.of());
  }

  static Scenario scenario() {
    return Scenario.of("deepseek-2025-01-27", LocalDate.of(2025, 1, 27), "DeepSeek day", List.of());
  }

  /**
   * The four-holding result of the tests:
   * <ul>
   *   <li>ASML 10,000 × -0.10 = -1,000
   *   <li>NVDA 5,000 × -0.17 = -850
   *   <li>SAP 4,000, unmatched: 0, so no bar on the P&amp;L chart
   *   <li>SHORT (short NVDA) -2,000 × -0.17 = +340
   * </ul>
   * Total before 10,000 + 5,000 + 4,000 - 2,000 = 17,000; total P&amp;L -1,000 - 850 + 0 + 340 =
   * -1,510, which is -1,510 / 17,000 = -8.88% (-8.882…%).
   */
  static ScenarioResult small() {
    return build("demo", scenario(), List.of(
        new Line("SAP", "SAP SE", "Software", 4_000, 0),
        new Line("ASML", "ASML Holding", "Semiconductors", 10_000, -0.10),
        new Line("SHORT", "Short NVDA", "Semiconductors", -2_000, -0.17),
        new Line("NVDA", "NVIDIA", "Semiconductors", 5_000, -0.17)));
  }

  /**
   * A holding whose move a model estimated: {@code value} in EUR before, the estimated price
   * {@code move} with its 90% band {@code lower}..{@code upper} ({@code NaN} for none), and an
   * exchange-rate move {@code fx} (0 for none) compounded with it. The P&amp;L is
   * {@code value × ((1 + move)(1 + fx) - 1)} rounded to the cent, as the engine works it out.
   */
  record Estimated(String symbol, String name, String sector, double value, double move, double lower,
      double upper, Method method, double fx) {

    /** No exchange-rate move. */
    Estimated(String symbol, double value, double move, double lower, double upper, Method method) {
      this(symbol, "", "", value, move, lower, upper, method, 0);
    }
  }

  /**
   * A result of reported lines (as {@link #build}) followed by estimated ones, model
   * {@code conditional}.
   */
  static ScenarioResult withEstimates(String portfolio, Scenario scenario, List<Line> lines,
      List<Estimated> estimated) {
    ScenarioResult reported = build(portfolio, scenario, lines);
    List<Holding> holdings = new ArrayList<>(reported.portfolio().holdings());
    List<HoldingImpact> impacts = new ArrayList<>(reported.impacts());
    int n = holdings.size() + 1;
    for (Estimated e : estimated) {
      Instrument ins = new Instrument(e.symbol(), "", e.name(), "EUR", e.sector(), "", "Equity");
      Holding h = new Holding(ins, Double.NaN, Double.NaN, e.value(), Double.NaN, "", false, List.of(n++));
      holdings.add(h);
      Match fx = e.fx() == 0
          ? Match.none()
          : Match.of(MatchKind.CURRENCY, Shock.of(ShockTarget.currency("USD"), e.fx(), "test"), "USD");
      Estimate estimate = new Estimate(e.move(), e.lower(), e.upper(), e.method(), List.of(), "inputs");
      double pnl = Money.times(e.value(), Money.compound(e.move(), e.fx()));
      double pnlLocal = Money.times(e.value(), e.move());
      impacts.add(new HoldingImpact(h, Match.none(), fx, e.method(), estimate, e.value(), pnl, pnlLocal));
    }
    Portfolio p = new Portfolio(portfolio, portfolio + ".csv", holdings, List.of());
    return new ScenarioResult(p, scenario, "EUR", "conditional", impacts, Map.of(), List.of());
  }
}
