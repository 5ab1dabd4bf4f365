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
 * USD moved by its reported -17%, AAPL 20,000 and MSFT 15,000 estimated. Expected figures:
 * <pre>
 * (S, W, mu, C as in ConditionalModelTest)
 * w = np.array([20000.0, 15000.0])                                # AAPL, MSFT exposures
 * mean = -1700.0 + w @ mu                                          # NVDA 10,000 x -17% is fixed
 * sd = math.sqrt(w @ C @ w)
 * print(repr(mean), repr(sd), repr(1.6448536269514722*sd - mean))
 * # -4119.073025175463 262.876744355682 4551.466791570101
 * </pre>
 */
class ScenarioAnalysisTest {

  private static final LocalDate ASOF = LocalDate.of(2025, 1, 24);
  private static final Scenario NVDA_AVGO = Scenario.of("t", LocalDate.of(2025, 1, 27), "",
      List.of(shock("NVDA", -0.17), shock("AVGO", -0.17)));

  private record Run(ScenarioResult result, ConditionalModel model) {}

  private static Run run(Scenario s, String base, FxRates fx, Holding... holdings) {
    return run("conditional-history.csv", s, base, fx, holdings);
  }

  private static Run run(String history, Scenario s, String base, FxRates fx, Holding... holdings) {
    ReturnHistory r = ReturnHistory.of(Fixtures.history(history), ASOF, 504);
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

    assertThat(a.mean()).isCloseTo(-4119.073025175463, within(1e-8));
    assertThat(a.standardDeviation()).isCloseTo(262.876744355682, within(1e-8));
    assertThat(a.var95()).isCloseTo(4551.466791570101, within(1e-8));
    assertThat(a.paths()).isZero();
  }

  @Test
  void monteCarloAgreesWithTheAnalyticFiguresWithinItsError() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();
    Analysis.Risk mc = ScenarioAnalysis.monteCarlo(r.result(), r.model(), REGISTRY, 200_000, 42, Optional.empty())
        .orElseThrow();

    assertThat(mc.paths()).isEqualTo(200_000);
    // standard error of the mean: sd/√N = 262.88/447.2 = 0.588
    assertThat(mc.standardError()).isCloseTo(262.876744355682 / Math.sqrt(200_000), within(0.01));
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

  @Test
  void aCurrencyMoveOfAnEstimatedHoldingStaysInTheMean() {
    // base EUR at 0.95, and the dollar -1%: each USD holding's P&L is V(1+f)·move + V·f; only the
    // first part is uncertain, so the analytic mean is the table's P&L with exp(μ) − 1 replaced by μ:
    // mean = pnl + Σ w (μ − (exp(μ) − 1)), w = V · 0.95 · 0.99, μ = ln(1 + estimated move)
    Scenario s = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("NVDA", -0.17), shock("AVGO", -0.17),
        Shock.of(ShockTarget.currency("USD"), -0.01, "test")));
    Run r = run(s, "EUR", FxRates.of(Map.of("USD/EUR", 0.95)), NVDA, AAPL, MSFT);
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();

    double aapl = -0.09444490031158129;
    double msft = -0.028578999349382413;
    double linearisation = 20_000 * 0.95 * 0.99 * (Math.log1p(aapl) - aapl)
        + 15_000 * 0.95 * 0.99 * (Math.log1p(msft) - msft);
    // the table rounds each holding to the cent: 4 amounts, at most half a cent each
    assertThat(a.mean()).isCloseTo(r.result().pnl() + linearisation, within(0.02));
    assertThat(a.standardDeviation()).isCloseTo(262.876744355682 * 0.95 * 0.99, within(1e-8));
  }

  @Test
  void aHoldingOfTheIndexProxyIsFixedGivenTheReportedIndex() {
    // beta-history.csv: YYY = 2 QQQ + e; conditional sd of YYY's log return √(24 · 0.002² / 23)
    Scenario s = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("^IXIC", -0.031)));
    Run r = run("beta-history.csv", s, "USD", FxRates.of(Map.of()), holding("QQQ", "USD", 10_000, "", 2),
        holding("YYY", "USD", 10_000, "", 3));
    Analysis.Risk a = ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY).orElseThrow();

    // QQQ 10,000 x -3.1% = -310 is fixed; YYY adds 10,000 · 2 ln(0.969)
    assertThat(a.mean()).isCloseTo(-310.0 + 10_000 * 2 * Math.log(0.969), within(1e-8));
    assertThat(a.standardDeviation()).isCloseTo(10_000 * Math.sqrt(24 * 0.002 * 0.002 / 23), within(1e-8));
  }

  /*
   * A portfolio of reported names only: NVDA 10,000 and AVGO 5,000, target 5% of 15,000 = 750.
   *   P = NVDA, AVGO closes of conditional-history.csv; R = np.log(P[1:] / P[:-1])
   *   S = np.cov(R, rowvar=False, ddof=1); e = np.array([10000.0, 5000.0]); L = 750
   *   sstar = -L * (S @ e) / (e @ S @ e)
   *   [math.expm1(x) for x in sstar], L / math.sqrt(e @ S @ e)
   *   # [-0.05359779615098352, -0.03904214342125234] 2.5191067868465526
   */
  @Test
  void plausibleMovesOfAPortfolioOfReportedNamesOnly() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA, holding("AVGO", "USD", 5_000, "", 3));
    ScenarioAnalysis.Plausible p = ScenarioAnalysis.plausibleMoves(r.result(), r.model(), REGISTRY, 0.05)
        .orElseThrow();

    assertThat(p.moves()).extracting(io.shockfolio.domain.Estimate.Contribution::target)
        .containsExactly("NVDA", "AVGO");
    assertThat(p.moves().get(0).share()).isCloseTo(-0.05359779615098352, within(1e-12));
    assertThat(p.moves().get(1).share()).isCloseTo(-0.03904214342125234, within(1e-12));
    assertThat(p.mahalanobis()).isCloseTo(2.5191067868465526, within(1e-10));
    // linear check: 10,000 ln(1 + m_NVDA) + 5,000 ln(1 + m_AVGO) = −750
    assertThat(10_000 * Math.log1p(p.moves().get(0).share()) + 5_000 * Math.log1p(p.moves().get(1).share()))
        .isCloseTo(-750.0, within(1e-8));
  }

  @Test
  void noConditionalEstimateNoDistribution() {
    Run r = run(NVDA_AVGO, "USD", FxRates.of(Map.of()), NVDA);
    assertThat(ScenarioAnalysis.analytic(r.result(), r.model(), REGISTRY)).isEmpty();
    assertThat(ScenarioAnalysis.monteCarlo(r.result(), r.model(), REGISTRY, 1_000, 1, Optional.empty())).isEmpty();
  }
}
