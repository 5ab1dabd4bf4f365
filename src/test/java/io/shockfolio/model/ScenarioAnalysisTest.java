package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The P&amp;L distribution on conditional-history.csv (see {@link ConditionalModelTest}): NVDA 10,000
 * USD moved by its reported -17%, AAPL 20,000 and MSFT 15,000 estimated. The distribution is
 * linearised around the estimate: an estimated holding with exposure w and conditional log mean μ
 * adds w (exp(μ) − 1) to the mean (the table's P&amp;L) and has exposure w exp(μ) to the surprise
 * r − μ. Expected figures:
 * <pre>
 * (S, W, mu, C as in ConditionalModelTest)
 * from decimal import Decimal, ROUND_HALF_UP
 * from scipy.stats import norm
 * def cents(x): return float(Decimal(repr(float(x))).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
 * w = np.array([20000.0, 15000.0])                                # AAPL, MSFT exposures
 * wp = w * np.exp(mu)                                             # exposures to r - mu
 * exact = -1700.0 + w @ np.expm1(mu)                              # NVDA 10,000 x -17% is fixed
 * table = -1700.0 + sum(cents(x) for x in w * np.expm1(mu))       # the table's total, cent by cent
 * sd = math.sqrt(wp @ C @ wp)
 * z95, z99 = norm.ppf(0.95), norm.ppf(0.99)
 * print(repr(exact), repr(table), repr(sd))
 * print(repr(z95*sd - table), repr(sd*norm.pdf(z95)/0.05 - table),
 *       repr(z99*sd - table), repr(sd*norm.pdf(z99)/0.01 - table))
 * # -4017.582996472362 -4017.58 244.70578991801682
 * # 4420.085206082675 4522.337766935115 4586.850794141263 4669.773351090453
 * </pre>
 */
class ScenarioAnalysisTest {

  private static final LocalDate ASOF = LocalDate.of(2025, 1, 24);
  private static final Scenario NVDA_AVGO = Scenario.of("t", LocalDate.of(2025, 1, 27), "",
      List.of(shock("NVDA", -0.17), shock("AVGO", -0.17)));

  private record Run(ScenarioResult result, ConditionalModel model) {}

  private static Run run(Scenario s, String base, FxRates fx, Holding... holdings) {
    return run("conditional-history.csv", 60, s, base, fx, holdings);
  }

  /** The window is the fixture's length (60 or 24 returns), so every name covers all of it. */
  private static Run run(String history, int window, Scenario s, String base, FxRates fx, Holding... holdings) {
    ReturnHistory r = ReturnHistory.of(Fixtures.history(history), ASOF, window);
    Portfolio p = new Portfolio("p", "p.csv", List.of(holdings), List.of());
    ConditionalModel c = ConditionalModel.forPortfolio(r, s, REGISTRY, Shrinkage.NONE, p);
    return new Run(new ShockEngine(REGISTRY).apply(p, s, base, fx, c), c);
  }

  private static final Holding NVDA = holding("NVDA", "USD", 10_000, "", 2);
  private static final Holding AAPL = holding("AAPL", "USD", 20_000, "", 3);
  private static final Holding MSFT = holding("MSFT", "USD", 15_000, "", 4);

  @Test
  void analyticFiguresMatchAnIndependentComputation() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();

    // centred on the table's total: the distribution's mean is the result's P&L
    assertThat(a.mean()).isEqualTo(r.result().pnl());
    assertThat(a.mean()).isCloseTo(-4017.58, within(1e-8));
    // the unrounded mean differs only by the cents the table rounds away
    assertThat(a.mean()).isCloseTo(-4017.582996472362, within(0.01));
    assertThat(a.standardDeviation()).isCloseTo(244.70578991801682, within(1e-8));
    assertThat(a.var95()).isCloseTo(4420.085206082675, within(1e-8));
    assertThat(a.es95()).isCloseTo(4522.337766935115, within(1e-8));
    assertThat(a.var99()).isCloseTo(4586.850794141263, within(1e-8));
    assertThat(a.es99()).isCloseTo(4669.773351090453, within(1e-8));
    assertThat(a.paths()).isZero();
  }

  @Test
  void monteCarloAgreesWithTheAnalyticFiguresWithinItsError() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();
    ScenarioAnalysis.Simulated simulated = ScenarioAnalysis.monteCarlo(r.result(), r.model(), REGISTRY, 200_000, 42,
        Optional.empty()).orElseThrow();
    Analysis.Risk mc = simulated.risk();
    // every path lands in one of the histogram's bins, which span the simulated P&L around the total
    Analysis.Histogram h = simulated.histogram();
    assertThat(h.total()).isEqualTo(200_000);
    assertThat(h.counts()).hasSize(ScenarioAnalysis.HISTOGRAM_BINS);
    assertThat(h.start()).isLessThan(r.result().pnl());
    assertThat(h.start() + h.width() * h.counts().size()).isGreaterThan(r.result().pnl());

    assertThat(mc.paths()).isEqualTo(200_000);
    // standard error of the mean: sd/√N = 244.71/447.2 = 0.547
    assertThat(mc.standardError()).isCloseTo(244.70578991801682 / Math.sqrt(200_000), within(0.01));
    // both centred on the table's total
    assertThat(a.mean()).isEqualTo(r.result().pnl());
    assertThat(mc.mean()).isCloseTo(a.mean(), within(4 * mc.standardError()));
    // the sample sd has a relative error of about 1/√(2N) = 0.16%; VaR's is larger, about 0.5%
    assertThat(mc.standardDeviation() / a.standardDeviation()).isCloseTo(1, within(0.01));
    assertThat(mc.var95() / a.var95()).isCloseTo(1, within(0.01));
    assertThat(mc.es99() / a.es99()).isCloseTo(1, within(0.02));
    assertThat(mc.method()).isEqualTo("Monte Carlo (normal, seed 42)");
  }

  @Test
  void aDirectlyShockedHoldingShiftsTheMeanAndLeavesTheSpread() {
    Run with = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, AAPL, MSFT);
    Run without = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(with.result(), with.model(), REGISTRY).orElseThrow();
    Analysis.Risk b = ScenarioAnalysis.analytic(without.result(), without.model(), REGISTRY).orElseThrow();

    // NVDA 10,000 x -17% = -1,700 on the mean, nothing on the standard deviation
    assertThat(a.mean() - b.mean()).isCloseTo(-1_700.0, within(1e-9));
    assertThat(a.standardDeviation()).isCloseTo(b.standardDeviation(), within(1e-9));
    assertThat(a.var95() - b.var95()).isCloseTo(1_700.0, within(1e-9));
    assertThat(a.es99() - b.es99()).isCloseTo(1_700.0, within(1e-9));
  }

  /*
   * Base EUR at 0.95 and the dollar -1%: each USD holding's P&L is V(1 + f)(1 + move) − V, f the
   * currency move, with V = value × 0.95; the exposures are w = V(1 + f) = value × 0.95 × 0.99, the
   * currency part stays in the mean, which is the table's total:
   *   f = 0.95 * 0.99
   *   table = sum(cents(x) for x in [9500*(0.99*0.83 - 1), 19000*(0.99*math.exp(mu[0]) - 1),
   *                                  14250*(0.99*math.exp(mu[1]) - 1)])
   *   exact = 9500*(0.99*0.83 - 1) + 19000*(0.99*math.exp(mu[0]) - 1) + 14250*(0.99*math.exp(mu[1]) - 1)
   *   sd = math.sqrt((wp*f) @ C @ (wp*f))
   *   # table -4206.04, exact -4206.036808182256, sd 230.14579541789482
   */
  @Test
  void aCurrencyMoveOfAnEstimatedHoldingStaysInTheMean() {
    Scenario s = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("NVDA", -0.17), shock("AVGO", -0.17),
        Shock.of(ShockTarget.currency("USD"), -0.01, "test")));
    Run r = run(s, "EUR", FxRates.of(Map.of("USD/EUR", 0.95)), NVDA, AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();

    assertThat(a.mean()).isEqualTo(r.result().pnl());
    assertThat(a.mean()).isCloseTo(-4206.04, within(1e-8));
    assertThat(a.mean()).isCloseTo(-4206.036808182256, within(0.01));
    // the spread scales with the exposures: 244.70578991801682 × 0.95 × 0.99
    assertThat(a.standardDeviation()).isCloseTo(230.14579541789482, within(1e-8));
    assertThat(a.standardDeviation()).isCloseTo(244.70578991801682 * 0.95 * 0.99, within(1e-8));
    assertThat(a.var95()).isCloseTo(1.6448536269514722 * 230.14579541789482 + 4206.04, within(1e-8));
  }

  @Test
  void aHoldingOfTheIndexProxyIsFixedGivenTheReportedIndex() {
    // beta-history.csv: YYY = 2 QQQ + e; conditional sd of YYY's log return √(24 · 0.002² / 23), its
    // conditional log mean μ = 2 ln(0.969)
    Scenario s = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("^IXIC", -0.031)));
    Run r = run("beta-history.csv", 24, s, "USD", FxRates.of(Map.of()), holding("QQQ", "USD", 10_000, "", 2),
        holding("YYY", "USD", 10_000, "", 3));
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();

    // QQQ 10,000 x -3.1% = -310 is fixed; YYY adds 10,000 (exp(μ) − 1) = 10,000 (0.969² − 1) = -610.39
    assertThat(a.mean()).isEqualTo(r.result().pnl());
    assertThat(a.mean()).isCloseTo(-310.0 + 10_000 * (0.969 * 0.969 - 1), within(1e-8));
    // only YYY is uncertain, with exposure 10,000 exp(μ) = 10,000 × 0.969² to its surprise
    // python: 10000 * 0.969**2 * math.sqrt(24 * 0.002**2 / 23)  # 19.18312040106637
    assertThat(a.standardDeviation()).isCloseTo(19.18312040106637, within(1e-8));
    assertThat(a.standardDeviation())
        .isCloseTo(10_000 * 0.969 * 0.969 * Math.sqrt(24 * 0.002 * 0.002 / 23), within(1e-8));
  }

  /*
   * A portfolio of reported names only: NVDA 10,000 and AVGO 5,000, target 5% of 15,000 = 750.
   *   P = NVDA, AVGO closes of conditional-history.csv; R = np.log(P[1:] / P[:-1])
   *   S = np.cov(R, rowvar=False, ddof=1); e = np.array([10000.0, 5000.0]); L = 750
   *   sstar = -L * (S @ e) / (e @ S @ e)
   *   list(sstar), [math.expm1(x) for x in sstar], L / math.sqrt(e @ S @ e)
   *   # [-0.05508763765518481, -0.03982472468963038]
   *   # [-0.05359779615098352, -0.03904214342125234] 2.5191067868465526
   */
  @Test
  void plausibleMovesOfAPortfolioOfReportedNamesOnly() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, holding("AVGO", "USD", 5_000, "", 3));
    ScenarioAnalysis.Plausible p = ScenarioAnalysis.plausibleMoves(r.result(), r.model(), REGISTRY, 0.05)
        .orElseThrow();

    // the direction s*, as log moves
    assertThat(p.logMoves()).hasSize(2);
    assertThat(p.logMoves()[0]).isCloseTo(-0.05508763765518481, within(1e-12));
    assertThat(p.logMoves()[1]).isCloseTo(-0.03982472468963038, within(1e-12));
    assertThat(p.shocks()).extracting(sh -> sh.target().toString()).containsExactly("NVDA", "AVGO");

    // at t = 1 the closed form itself
    List<io.shockfolio.domain.Estimate.Contribution> moves = p.moves(1.0);
    assertThat(moves).extracting(io.shockfolio.domain.Estimate.Contribution::target).containsExactly("NVDA", "AVGO");
    assertThat(moves.get(0).share()).isCloseTo(-0.05359779615098352, within(1e-12));
    assertThat(moves.get(1).share()).isCloseTo(-0.03904214342125234, within(1e-12));
    assertThat(p.mahalanobis()).isCloseTo(2.5191067868465526, within(1e-10));
    // linear check: 10,000 ln(1 + m_NVDA) + 5,000 ln(1 + m_AVGO) = −750
    assertThat(10_000 * Math.log1p(moves.get(0).share()) + 5_000 * Math.log1p(moves.get(1).share()))
        .isCloseTo(-750.0, within(1e-8));

    // t scales the log moves: expm1(t s*)
    List<io.shockfolio.domain.Estimate.Contribution> twice = p.moves(2.0);
    assertThat(twice.get(0).share()).isCloseTo(Math.expm1(2 * -0.05508763765518481), within(1e-12));
    assertThat(twice.get(1).share()).isCloseTo(Math.expm1(2 * -0.03982472468963038), within(1e-12));
    assertThat(p.moves(0.0)).extracting(io.shockfolio.domain.Estimate.Contribution::share)
        .allSatisfy(m -> assertThat(m).isCloseTo(0.0, within(1e-15)));

    // along() puts those moves in place of the reported shocks, and keeps every other shock
    Scenario withDollar = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("NVDA", -0.17),
        shock("AVGO", -0.17), Shock.of(ShockTarget.currency("USD"), -0.01, "test")));
    Run r2 = run(withDollar, "USD", FxRates.of(Map.of()), NVDA, holding("AVGO", "USD", 5_000, "", 3));
    ScenarioAnalysis.Plausible p2 = ScenarioAnalysis.plausibleMoves(r2.result(), r2.model(), REGISTRY, 0.05)
        .orElseThrow();
    Scenario moved = p2.along(withDollar, 2.0);
    assertThat(moved.shocks()).extracting(Shock::target).containsExactly(ShockTarget.symbol("NVDA"),
        ShockTarget.symbol("AVGO"), ShockTarget.currency("USD"));
    assertThat(moved.shocks().get(0).move()).isCloseTo(Math.expm1(2 * p2.logMoves()[0]), within(1e-15));
    assertThat(moved.shocks().get(1).move()).isCloseTo(Math.expm1(2 * p2.logMoves()[1]), within(1e-15));
    assertThat(moved.shocks().get(2)).isEqualTo(withDollar.shocks().get(2));
    assertThat(moved.severity()).isEqualTo(withDollar.severity());
  }

  @Test
  void noConditionalEstimateNoDistribution() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA);
    assertThat(ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY)).isEmpty();
    assertThat(ScenarioAnalysis.monteCarlo(r.result(), r.model(), REGISTRY, 1_000, 1, Optional.empty())).isEmpty();
  }
}
