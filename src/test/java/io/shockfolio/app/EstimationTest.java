package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.TestFiles;
import io.shockfolio.cli.Main;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estimation use case end to end, from files: estimation-portfolio.csv (NVDA 10,000, AVGO 5,000,
 * AAPL 20,000, MSFT 15,000 and THIN 5,000 USD; 55,000 in all), scenario-nvda-avgo.csv (NVDA and AVGO
 * -17% on 27 January 2025) and conditional-history.csv (see io.shockfolio.model.ConditionalModelTest,
 * which also gives AAPL's conditional move -9.444490031158129%).
 *
 * <p>Reverse stress, expected figures (S and W as in ConditionalModelTest). The closed form gives the
 * direction s*; the run walks along it, t s*, re-running the whole scenario until the loss is the
 * target. At t the conditional model estimates AAPL and MSFT at exp(W t s*) − 1 and THIN (sector
 * average) at the mean of NVDA's and AVGO's simple moves:
 * <pre>
 * from scipy.optimize import brentq
 * w = np.array([20000.0, 15000.0])              # AAPL, MSFT: estimated conditionally
 * e = np.array([10000.0, 5000.0]) + w @ W       # NVDA, AVGO held directly, plus through the weights
 * L = 0.05 * 55000
 * Se = S[:2, :2] @ e
 * sstar = -L * Se / (e @ Se)
 * d = L / math.sqrt(e @ Se)
 * print(e.tolist(), list(sstar), repr(d))
 * # [21523.683990843707, 6459.080466924501] [-0.10568288124766015, -0.07358865758330181] 4.793291784742698
 * def loss(t):
 *     m = np.expm1(t * sstar)
 *     return -(10000*m[0] + 5000*m[1] + w @ np.expm1(W @ (t*sstar)) + 5000*(m[0] + m[1])/2)
 * t = brentq(lambda t: loss(t) - L, 0, 5, xtol=1e-15)
 * print(repr(t), [repr(math.expm1(t*x)) for x in sstar], repr(t*d))
 * # 0.8894598045570954 ['-0.08971785210847467', '-0.06335801199171022'] 4.263440374042371
 * def lossk(k):                                 # the scenario scaled by k: NVDA, AVGO and THIN -17% k
 *     m = -0.17*k
 *     return -(20000*m + w @ np.expm1(W @ np.log1p([m, m])))
 * print(repr(brentq(lambda k: lossk(k) - L, 0, 5, xtol=1e-15)))
 * # 0.4860274107225828
 * </pre>
 * The table rounds each holding to the cent: 5 holdings, at most half a cent each, so the loss it
 * solves for is a step function of k (or t) with steps of about 2e-7 of 55,000, and its roots agree
 * with these to a few 1e-6 (the loss changes by about 0.1 per unit of k or t).
 */
class EstimationTest {

  private static final Path PORTFOLIO = model("estimation-portfolio.csv");
  private static final String SCENARIO = model("scenario-nvda-avgo.csv").toString();
  private static final Path HISTORY = model("conditional-history.csv");

  private static Path model(String name) {
    return TestFiles.resource("io/shockfolio/model/" + name);
  }

  /** The window of the fixture histories: conditional-history.csv holds 60 daily returns. */
  private static final int WINDOW = 60;

  private static Modelling modelling(Optional<String> model, List<Path> histories, int paths,
      Optional<Double> targetLoss) {
    return new Modelling(model, histories, Optional.empty(), WINDOW, "none", Optional.empty(), paths,
        1L, Optional.empty(), targetLoss, 0.02, false);
  }

  private static ScenarioResult run(double severity, Modelling m) {
    RunScenarios.Request request = new RunScenarios.Request(Optional.of(PORTFOLIO), List.of(SCENARIO),
        Optional.empty(), Map.of(), severity, RunScenarios.Reading.defaults(), m);
    List<ScenarioResult> results = new RunScenarios().run(request);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  private static HoldingImpact impact(ScenarioResult r, String symbol) {
    return r.impacts().stream().filter(i -> i.holding().instrument().symbol().equals(symbol)).findFirst().orElseThrow();
  }

  @Test
  void theSeverityCurveScalesTheReportedMovesFromZeroToTwice() {
    // the bundled sample portfolio under the headline scenario, model none: only the three
    // reported holdings move, each P&L rounded to the cent:
    //   ×2:   ENR.DE 8,310.00 × -0.38 = -3,157.80; ASML.AS 14,462.00 × -0.20 = -2,892.40;
    //         NVDA 8,154.16 × -0.34 = -2,772.4144 → -2,772.41; total -8,822.61
    //   ×0.5: -789.45, -723.10, 8,154.16 × -0.085 = -693.1036 → -693.10; total -2,205.65
    Modelling none = new Modelling(Optional.of("none"), List.of(), Optional.empty(), Modelling.DEFAULT_WINDOW,
        "none", Optional.empty(), 0, 1L, Optional.empty(), Optional.empty(), 0.02, true);
    RunScenarios.Request request = new RunScenarios.Request(Optional.empty(), List.of(), Optional.empty(), Map.of(),
        1, RunScenarios.Reading.defaults(), none);

    List<io.shockfolio.domain.Analysis.SeverityPoint> curve = new RunScenarios().run(request).get(0).analysis()
        .severityCurve();

    assertThat(curve).hasSize(21);
    assertThat(curve).extracting(io.shockfolio.domain.Analysis.SeverityPoint::scale)
        .startsWith(0.0, 0.1, 0.2).endsWith(1.9, 2.0);
    assertThat(curve.get(0).pnl()).isZero();
    assertThat(curve.get(5).pnl()).isEqualTo(-2_205.65);
    assertThat(curve.get(10).pnl()).isEqualTo(-4_411.31);
    assertThat(curve.get(20).pnl()).isEqualTo(-8_822.61);
    // -8,822.61 / 95,926.06
    assertThat(curve.get(20).pnlPct()).isCloseTo(-8_822.61 / 95_926.06, within(1e-15));
  }

  @Test
  void noSeverityCurveUnlessAskedFor() {
    ScenarioResult r = run(1, modelling(Optional.of("sector"), List.of(), 0, Optional.empty()));
    assertThat(r.analysis().severityCurve()).isEmpty();
  }

  @Test
  void theSeverityCurveStopsWhereAMoveWouldReachMinusOneHundredPercent() throws Exception {
    // a -60% move reaches -100% at ×1.667; the largest scale kept is 0.999 / 0.6 = 1.665, so the
    // curve has the 17 points 0, 0.1, …, 1.6 and a note says where it stops
    Path scenario = java.nio.file.Files.createTempFile("crash", ".csv");
    java.nio.file.Files.writeString(scenario, "# name: crash\n# date: 2025-01-27\ntarget,move,measured,source\n"
        + "NVDA,-60%,close,test\n");
    Modelling m = new Modelling(Optional.of("none"), List.of(), Optional.empty(), Modelling.DEFAULT_WINDOW,
        "none", Optional.empty(), 0, 1L, Optional.empty(), Optional.empty(), 0.02, true);
    try {
      ScenarioResult r = new RunScenarios().run(new RunScenarios.Request(Optional.of(PORTFOLIO),
          List.of(scenario.toString()), Optional.empty(), Map.of(), 1, RunScenarios.Reading.defaults(), m)).get(0);

      assertThat(r.analysis().severityCurve()).hasSize(17);
      assertThat(r.analysis().severityCurve().get(16).scale()).isCloseTo(1.6, within(1e-12));
      assertThat(r.warnings()).contains("severity curve: stops at ×1.67, where a reported move would reach -100%");
    } finally {
      java.nio.file.Files.delete(scenario);
    }
  }

  @Test
  void theDefaultModelIsConditionalWhenTheHistoryCoversAReportedName() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));

    assertThat(r.model()).isEqualTo("conditional");
    HoldingImpact aapl = impact(r, "AAPL");
    assertThat(aapl.method()).isEqualTo(Method.CONDITIONAL);
    assertThat(aapl.move()).isCloseTo(-0.09444490031158129, within(1e-12));
    // the as-of date is the last trading day before the event, Friday 24 January
    // (the inputs may go on to name the price series read)
    assertThat(aapl.estimate().inputs()).startsWith("NVDA, AVGO over 60 days to 2025-01-24");
    // THIN's history is too short: it falls back to the sector average of NVDA and AVGO
    assertThat(impact(r, "THIN").method()).isEqualTo(Method.SECTOR_AVERAGE);
    assertThat(impact(r, "THIN").move()).isCloseTo(-0.17, within(1e-15));
    // the conditional model adds the analytic distribution
    assertThat(r.analysis().analytic()).isPresent();
    // the history ends before the event: no comparison with actual closes, and no line per move saying so
    assertThat(r.analysis().reportedVersusActual()).isEmpty();
    assertThat(r.warnings()).noneMatch(w -> w.contains("not compared"));
  }

  @Test
  void theDefaultModelIsSectorWhenTheHistoryCoversNoReportedName() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(model("history-without-reported-names.csv")), 0,
        Optional.empty()));

    assertThat(r.model()).isEqualTo("sector");
    assertThat(impact(r, "THIN").method()).isEqualTo(Method.SECTOR_AVERAGE);
    assertThat(impact(r, "AAPL").method()).isEqualTo(Method.NOT_MOVED);
    assertThat(r.analysis().analytic()).isEmpty();
  }

  @Test
  void betaOrConditionalWithoutHistoryIsAOneLineUsageError() {
    for (String model : List.of("beta", "conditional")) {
      assertThatThrownBy(() -> run(1, modelling(Optional.of(model), List.of(), 0, Optional.empty())))
          .isInstanceOf(InputException.class)
          .hasMessage("--model " + model + " estimates from price history; give it with --history FILE");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(new String[] {"run", "--model", "beta", "--charts", "none"}, new PrintWriter(out, true),
        new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString().strip()).doesNotContain("\n").contains("--model beta").contains("--history");
  }

  /** The scenario file with NVDA and AVGO at the given moves, written as fractions (exactly the doubles). */
  private static String scenarioWith(Path dir, List<Estimate.Contribution> moves) throws IOException {
    StringBuilder csv = new StringBuilder("# name: nvda-avgo\n# date: 2025-01-27\n# description: plausible moves\n"
        + "target,move,measured,source,note\n");
    for (Estimate.Contribution m : moves) {
      csv.append(m.target()).append(',').append(BigDecimal.valueOf(m.share()).toPlainString())
          .append(",close,test,\n");
    }
    Path file = dir.resolve("plausible.csv");
    Files.writeString(file, csv.toString());
    return file.toString();
  }

  private static ScenarioResult runScenario(String scenario, Modelling m) {
    RunScenarios.Request request = new RunScenarios.Request(Optional.of(PORTFOLIO), List.of(scenario),
        Optional.empty(), Map.of(), 1, RunScenarios.Reading.defaults(), m);
    List<ScenarioResult> results = new RunScenarios().run(request);
    assertThat(results).hasSize(1);
    return results.get(0);
  }

  @Test
  void reverseStressFindsTheScaleAndTheMostPlausibleMoves(@TempDir Path dir) throws IOException {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.of(0.05)));
    Analysis.ReverseStress rs = r.analysis().reverseStress().orElseThrow();

    assertThat(rs.targetLoss()).isEqualTo(0.05);
    // running the scenario at that scale loses 5% of 55,000 = 2,750
    ScenarioResult scaled = run(rs.scale(), modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));
    assertThat(-scaled.pnl() / scaled.valueBefore()).isCloseTo(0.05, within(1e-6));
    // at scale 1 the loss is larger, so the scale is below 1
    assertThat(-r.pnl() / r.valueBefore()).isGreaterThan(0.05);
    assertThat(rs.scale()).isCloseTo(0.4860274107225828, within(1e-5));

    // the most plausible moves: t s*, independently computed
    assertThat(rs.plausibleMoves()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "AVGO");
    double nvda = rs.plausibleMoves().get(0).share();
    double avgo = rs.plausibleMoves().get(1).share();
    assertThat(nvda).isCloseTo(-0.08971785210847467, within(1e-5));
    assertThat(avgo).isCloseTo(-0.06335801199171022, within(1e-5));
    // along the closed-form direction: ln(1 + move) = t s*, one t for both names
    double t = Math.log1p(nvda) / -0.10568288124766015;
    assertThat(Math.log1p(avgo) / -0.07358865758330181).isCloseTo(t, within(1e-12));
    assertThat(t).isCloseTo(0.8894598045570954, within(1e-5));
    // the distance is t times the closed form's
    assertThat(rs.mahalanobis()).isCloseTo(t * 4.793291784742698, within(1e-9));
    assertThat(rs.mahalanobis()).isCloseTo(4.263440374042371, within(1e-4));

    // the scenario built with those moves really loses the target
    ScenarioResult moved = runScenario(scenarioWith(dir, rs.plausibleMoves()),
        modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));
    assertThat(moved.scenario().shocks()).extracting(s -> s.move()).containsExactly(nvda, avgo);
    assertThat(-moved.pnl() / moved.valueBefore()).isCloseTo(0.05, within(1e-6));
    // the linear approximation alone would not: e · ln(1 + move) = −t L, not −L
    double linear = 21523.683990843707 * Math.log1p(nvda) + 6459.080466924501 * Math.log1p(avgo);
    assertThat(linear).isCloseTo(-2_750.0 * t, within(1e-6));
    assertThat(r.warnings()).noneMatch(w -> w.startsWith("--target-loss"));
  }

  @Test
  void theReverseStressScaleIsRelativeToTheReportedMoves() {
    Modelling target = modelling(Optional.empty(), List.of(HISTORY), 0, Optional.of(0.05));
    Analysis.ReverseStress once = run(1, target).analysis().reverseStress().orElseThrow();
    // --severity 2 doubles the moves first; the scale still counts in reported moves (scale × severity)
    Analysis.ReverseStress twice = run(2, target).analysis().reverseStress().orElseThrow();

    assertThat(twice.scale()).isCloseTo(once.scale(), within(1e-9));
    assertThat(twice.scale()).isCloseTo(0.4860274107225828, within(1e-5));
    // so running the reported scenario at that severity loses the target
    ScenarioResult scaled = run(twice.scale(), modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));
    assertThat(-scaled.pnl() / scaled.valueBefore()).isCloseTo(0.05, within(1e-6));
    // the plausible moves do not depend on the severity either
    assertThat(twice.plausibleMoves()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "AVGO");
    for (int j = 0; j < 2; j++) {
      assertThat(twice.plausibleMoves().get(j).share()).isCloseTo(once.plausibleMoves().get(j).share(), within(1e-9));
    }
    assertThat(twice.mahalanobis()).isCloseTo(once.mahalanobis(), within(1e-9));

    // the same with the sector model
    Modelling sector = modelling(Optional.empty(), List.of(), 0, Optional.of(0.05));
    assertThat(run(2, sector).analysis().reverseStress().orElseThrow().scale())
        .isCloseTo(2_750.0 / 3_400, within(1e-5));
  }

  @Test
  void reverseStressWithoutHistoryScalesTheScenarioWithTheSectorModel() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(), 0, Optional.of(0.05)));
    Analysis.ReverseStress rs = r.analysis().reverseStress().orElseThrow();

    // NVDA, AVGO and THIN (sector average) fall 17% × k, 20,000 × 0.17 k = 3,400 k = 2,750 → k = 0.808824
    assertThat(rs.scale()).isCloseTo(2_750.0 / 3_400, within(1e-5));
    assertThat(rs.plausibleMoves()).isEmpty();
    assertThat(rs.mahalanobis()).isNaN();
    ScenarioResult scaled = run(rs.scale(), modelling(Optional.empty(), List.of(), 0, Optional.empty()));
    assertThat(-scaled.pnl() / scaled.valueBefore()).isCloseTo(0.05, within(1e-6));
  }

  @Test
  void anUnreachableTargetIsAWarningAndTheRunGoesOn() {
    // the largest scale keeps -17% above -100%: 0.999/0.17 = 5.876; 20,000 × 0.999 = 19,980 is 36.33% of 55,000
    ScenarioResult r = run(1, modelling(Optional.of("sector"), List.of(), 0, Optional.of(0.5)));

    assertThat(r.analysis().reverseStress()).isEmpty();
    // the scenario itself is still run: 20,000 × -17% = -3,400
    assertThat(r.pnl()).isCloseTo(-3_400.0, within(1e-9));
    assertThat(r.warnings()).filteredOn(w -> w.startsWith("--target-loss")).singleElement().isEqualTo(
        "--target-loss 50.0%: not reachable by scaling nvda-avgo; at ×5.88 of the reported moves (as far as every"
            + " move stays above -100%) the portfolio loses 36.33%");

    // with the conditional model too, and at severity 2 the factor still counts in reported moves:
    // at NVDA = AVGO = -99.9% the conditional model takes AAPL to -97.47% and MSFT to -65.87%,
    //   m = -0.999; mu = W @ np.log1p([m, m])
    //   -(20000*m + np.array([20000.0, 15000.0]) @ np.expm1(mu)) / 55000   # 0.8973579263177628
    ScenarioResult c = run(2, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.of(0.95)));
    assertThat(c.analysis().reverseStress()).isEmpty();
    assertThat(c.analysis().analytic()).isPresent();
    assertThat(c.warnings()).filteredOn(w -> w.startsWith("--target-loss")).singleElement().isEqualTo(
        "--target-loss 95.0%: not reachable by scaling nvda-avgo; at ×5.88 of the reported moves (as far as every"
            + " move stays above -100%) the portfolio loses 89.74%");
  }

  @Test
  void aHistoryThroughTheEventDayComparesReportedWithActualMoves() {
    // deepseek-closes.csv: NVDA closed -16.97% on 27 January (118.388 / 142.581 − 1); AVGO has no history
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(model("deepseek-closes.csv")), 0, Optional.empty()));

    assertThat(r.analysis().reportedVersusActual()).singleElement().satisfies(c -> {
      assertThat(c.target()).isEqualTo("NVDA");
      assertThat(c.actual()).isCloseTo(118.388 / 142.581 - 1, within(1e-15));
      assertThat(c.flagged()).isFalse();
    });
    // one day of history before the event is no window to estimate on: the sector model
    assertThat(r.model()).isEqualTo("sector");
  }

  @Test
  void anAsOfDateOnOrAfterTheEventIsNoted() {
    Modelling m = new Modelling(Optional.empty(), List.of(model("deepseek-closes.csv")),
        Optional.of(java.time.LocalDate.of(2025, 1, 27)), Modelling.DEFAULT_WINDOW, "none", Optional.empty(), 0, 1L,
        Optional.empty(), Optional.empty(), 0.02, false);
    assertThat(run(1, m).warnings()).contains("--asof 2025-01-27 is not before the event (2025-01-27): the"
        + " estimates use prices of the event day or later, which the reported moves already reflect");
    assertThat(run(1, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty())).warnings())
        .noneMatch(w -> w.startsWith("--asof"));
  }

  @Test
  void monteCarloPathsWithoutAConditionalModelAreNoted() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(), 1_000, Optional.empty()));
    assertThat(r.analysis().monteCarlo()).isEmpty();
    assertThat(r.warnings()).contains("--paths: the P&L distribution needs the conditional model, which needs"
        + " --history; none computed");

    ScenarioResult withHistory = run(1, modelling(Optional.empty(), List.of(HISTORY), 1_000, Optional.empty()));
    assertThat(withHistory.analysis().monteCarlo()).isPresent();
    assertThat(withHistory.analysis().monteCarlo().orElseThrow().paths()).isEqualTo(1_000);
  }
}
