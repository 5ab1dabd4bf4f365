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
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The estimation use case end to end, from files: estimation-portfolio.csv (NVDA 10,000, AVGO 5,000,
 * AAPL 20,000, MSFT 15,000 and THIN 5,000 USD; 55,000 in all), scenario-nvda-avgo.csv (NVDA and AVGO
 * -17% on 27 January 2025) and conditional-history.csv (see io.shockfolio.model.ConditionalModelTest,
 * which also gives AAPL's conditional move -9.444490031158129%).
 *
 * <p>Reverse stress, expected figures (S and W as in ConditionalModelTest):
 * <pre>
 * w = np.array([20000.0, 15000.0])              # AAPL, MSFT: estimated conditionally
 * e = np.array([10000.0, 5000.0]) + w @ W       # NVDA, AVGO held directly, plus through the weights
 * L = 0.05 * 55000
 * Se = S[:2, :2] @ e
 * sstar = -L * Se / (e @ Se)
 * print(e.tolist(), [repr(math.expm1(x)) for x in sstar], repr(L / math.sqrt(e @ Se)))
 * # [21523.683990843707, 6459.080466924501] ['-0.100290082272067', '-0.07094622552225016'] 4.793291784742698
 * </pre>
 */
class EstimationTest {

  private static final Path PORTFOLIO = model("estimation-portfolio.csv");
  private static final String SCENARIO = model("scenario-nvda-avgo.csv").toString();
  private static final Path HISTORY = model("conditional-history.csv");

  private static Path model(String name) {
    return TestFiles.resource("io/shockfolio/model/" + name);
  }

  private static Modelling modelling(Optional<String> model, List<Path> histories, int paths,
      Optional<Double> targetLoss) {
    return new Modelling(model, histories, Optional.empty(), Modelling.DEFAULT_WINDOW, "none", Optional.empty(), paths,
        1L, Optional.empty(), targetLoss, 0.02);
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
  void theDefaultModelIsConditionalWhenTheHistoryCoversAReportedName() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));

    assertThat(r.model()).isEqualTo("conditional");
    HoldingImpact aapl = impact(r, "AAPL");
    assertThat(aapl.method()).isEqualTo(Method.CONDITIONAL);
    assertThat(aapl.move()).isCloseTo(-0.09444490031158129, within(1e-12));
    // the as-of date is the last trading day before the event, Friday 24 January
    assertThat(aapl.estimate().inputs()).isEqualTo("NVDA, AVGO over 60 days to 2025-01-24");
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

  @Test
  void reverseStressFindsTheScaleAndTheMostPlausibleMoves() {
    ScenarioResult r = run(1, modelling(Optional.empty(), List.of(HISTORY), 0, Optional.of(0.05)));
    Analysis.ReverseStress rs = r.analysis().reverseStress().orElseThrow();

    assertThat(rs.targetLoss()).isEqualTo(0.05);
    // running the scenario at that scale loses 5% of 55,000 = 2,750
    ScenarioResult scaled = run(rs.scale(), modelling(Optional.empty(), List.of(HISTORY), 0, Optional.empty()));
    assertThat(-scaled.pnl() / scaled.valueBefore()).isCloseTo(0.05, within(1e-6));
    // at scale 1 the loss is larger, so the scale is below 1
    assertThat(-r.pnl() / r.valueBefore()).isGreaterThan(0.05);
    assertThat(rs.scale()).isBetween(0.0, 1.0);

    // the most plausible moves, independently computed
    assertThat(rs.plausibleMoves()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "AVGO");
    double nvda = rs.plausibleMoves().get(0).share();
    double avgo = rs.plausibleMoves().get(1).share();
    assertThat(nvda).isCloseTo(-0.100290082272067, within(1e-10));
    assertThat(avgo).isCloseTo(-0.07094622552225016, within(1e-10));
    assertThat(rs.mahalanobis()).isCloseTo(4.793291784742698, within(1e-9));
    // and they lose the target under the linear approximation: e · ln(1 + move) = −L
    double linear = 21523.683990843707 * Math.log1p(nvda) + 6459.080466924501 * Math.log1p(avgo);
    assertThat(linear).isCloseTo(-2_750.0, within(1e-6));
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
  void anUnreachableTargetIsAOneLineUsageError() {
    // the largest scale keeps -17% above -100%: 0.999/0.17 = 5.876; 20,000 × 0.999 = 19,980 is 36.3% of 55,000
    assertThatThrownBy(() -> run(1, modelling(Optional.of("sector"), List.of(), 0, Optional.of(0.5))))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("--target-loss: the portfolio cannot lose 50.0% by scaling nvda-avgo up to ×5.9")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
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
        Optional.empty(), Optional.empty(), 0.02);
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
