package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.Z90;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.InputException;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
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
 * conditional-history.csv has 61 weekday closes (60 daily returns, 1 Nov 2024 to 24 Jan 2025) of
 * NVDA, AVGO, AAPL, MSFT and THIN (THIN only on the last 10 days), written by:
 * <pre>
 * import numpy as np, datetime as dt
 * rng = np.random.default_rng(7)
 * days = []
 * d = dt.date(2025, 1, 24)
 * while len(days) < 61:
 *     if d.weekday() < 5:
 *         days.append(d)
 *     d -= dt.timedelta(days=1)
 * days.reverse()
 * T = 60
 * f = rng.normal(0, 0.015, T)
 * load = {"NVDA": 1.5, "AVGO": 1.2, "AAPL": 0.8, "MSFT": 0.5, "THIN": 1.0}
 * rows = {}
 * for k, b in load.items():
 *     r = b * f + rng.normal(0, 0.01, T)
 *     p = 100 * np.exp(np.concatenate([[0], np.cumsum(r)]))
 *     rows[k] = [f"{x:.6f}" for x in p]
 * names = list(load)
 * with open("conditional-history.csv", "w") as out:
 *     out.write("Date," + ",".join(names) + "\n")
 *     for i, day in enumerate(days):
 *         cells = [rows[k][i] if (k != "THIN" or i >= 51) else "" for k in names]
 *         out.write(day.isoformat() + "," + ",".join(cells) + "\n")
 * </pre>
 * The expected figures are computed from the file as written:
 * <pre>
 * import csv, numpy as np, math
 * rows = list(csv.reader(open("conditional-history.csv")))
 * P = np.array([[float(x) for x in r[1:5]] for r in rows[1:]])   # NVDA, AVGO, AAPL, MSFT
 * R = np.log(P[1:] / P[:-1])                                      # 60 x 4 daily log returns
 * S = np.cov(R, rowvar=False, ddof=1)                             # sample covariance, n-1
 * s = np.log1p([-0.17, -0.17])                                    # NVDA, AVGO reported
 * W = S[2:, :2] @ np.linalg.inv(S[:2, :2])                        # Sigma_US Sigma_SS^-1
 * mu = W @ s
 * C = S[2:, 2:] - W @ S[:2, 2:]
 * z = 1.6448536269514722                                          # Phi^-1(0.95)
 * for k, n in enumerate(["AAPL", "MSFT"]):
 *     m = math.expm1(mu[k]); sd = math.sqrt(C[k, k])
 *     print(n, repr(m), repr(math.expm1(mu[k] - z*sd)), repr(math.expm1(mu[k] + z*sd)),
 *           [repr(W[k, j]*s[j]*m/mu[k]) for j in range(2)])
 * # AAPL -0.09444490031158129 -0.10919735939929885 -0.07944812779323893 [-0.09198266550186354, -0.002462234809717741]
 * # MSFT -0.028578999349382413 -0.0445956464101132 -0.012293845051789968 [-0.014113590368177404, -0.014465408981205009]
 * </pre>
 */
class ConditionalModelTest {

  private static final LocalDate ASOF = LocalDate.of(2025, 1, 24);

  private static ReturnHistory returns() {
    return ReturnHistory.of(Fixtures.history("conditional-history.csv"), ASOF, 60);
  }

  private static Scenario scenario(Shock... shocks) {
    return Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shocks));
  }

  private static final Scenario NVDA_AVGO = scenario(shock("NVDA", -0.17), shock("AVGO", -0.17));

  @Test
  void theExpectedMoveGivenTheReportedOnesMatchesAnIndependentComputation() {
    ConditionalModel m = ConditionalModel.of(returns(), NVDA_AVGO, REGISTRY, Shrinkage.NONE, List.of("AAPL", "MSFT"));

    Estimate aapl = m.estimate("AAPL").orElseThrow();
    assertThat(aapl.method()).isEqualTo(Method.CONDITIONAL);
    assertThat(aapl.move()).isCloseTo(-0.09444490031158129, within(1e-12));
    assertThat(aapl.lower()).isCloseTo(-0.10919735939929885, within(1e-12));
    assertThat(aapl.upper()).isCloseTo(-0.07944812779323893, within(1e-12));
    assertThat(aapl.attribution()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "AVGO");
    assertThat(aapl.attribution().get(0).share()).isCloseTo(-0.09198266550186354, within(1e-12));
    assertThat(aapl.attribution().get(1).share()).isCloseTo(-0.002462234809717741, within(1e-12));
    assertThat(aapl.inputs()).isEqualTo("NVDA, AVGO over 60 days to 2025-01-24");

    Estimate msft = m.estimate("MSFT").orElseThrow();
    assertThat(msft.move()).isCloseTo(-0.028578999349382413, within(1e-12));
    assertThat(msft.lower()).isCloseTo(-0.0445956464101132, within(1e-12));
    assertThat(msft.upper()).isCloseTo(-0.012293845051789968, within(1e-12));
    assertThat(msft.attribution().get(0).share()).isCloseTo(-0.014113590368177404, within(1e-12));
    assertThat(msft.attribution().get(1).share()).isCloseTo(-0.014465408981205009, within(1e-12));

    for (Estimate e : List.of(aapl, msft)) {
      // the parts add up to the move (exactly, up to rounding)
      assertThat(e.attribution().stream().mapToDouble(Estimate.Contribution::share).sum())
          .isCloseTo(e.move(), within(1e-15));
    }
    // reported names are not estimated, unknown names neither
    assertThat(m.estimate("NVDA")).isEmpty();
    assertThat(m.estimate("NOPE")).isEmpty();
    assertThat(m.reportedCount()).isEqualTo(2);
    assertThat(m.notes()).containsExactly("conditional model: 2 reported move(s) with price history (NVDA, AVGO),"
        + " covariance of daily log returns over 60 days to 2025-01-24, shrinkage none (intensity 0.00)");
  }

  @Test
  void theFallbackChainIsConditionalThenSectorThenTheScenarioDefault() {
    // AMD has no price history: it does not condition, but it counts in the sector average
    Scenario s = scenario(shock("NVDA", -0.17), shock("AVGO", -0.17), shock("AMD", -0.064),
        Shock.of(ShockTarget.all(), -0.01, "test"));
    Portfolio p = new Portfolio("p", "p.csv", List.of(
        holding("NVDA", "USD", 10_000, "", 2),
        holding("AAPL", "USD", 20_000, "Technology", 3),
        holding("THIN", "USD", 5_000, "Semiconductors", 4),
        holding("ZZZ", "USD", 1_000, "", 5)), List.of());
    ConditionalModel c = ConditionalModel.forPortfolio(returns(), s, REGISTRY, Shrinkage.NONE, p);

    ScenarioResult r = new ShockEngine(REGISTRY).apply(p, s, "USD", FxRates.of(Map.of()),
        Propagation.fallback(c, new SectorModel(s, REGISTRY)));
    List<HoldingImpact> i = r.impacts();

    assertThat(r.model()).isEqualTo("conditional");
    assertThat(i).extracting(HoldingImpact::method)
        .containsExactly(Method.REPORTED, Method.CONDITIONAL, Method.SECTOR_AVERAGE, Method.SCENARIO_RULE);
    // AAPL as above (AMD without history changes nothing): 20,000 x -9.44449% = -1,888.90
    assertThat(i.get(1).move()).isCloseTo(-0.09444490031158129, within(1e-12));
    assertThat(i.get(1).pnl()).isEqualTo(-1_888.90);
    // THIN covers 9 of 60 days (15%): the sector model's (-17 - 17 - 6.4)/3 = -13.4667%, and says why
    assertThat(i.get(2).move()).isCloseTo(-0.40400 / 3, within(1e-14));
    assertThat(i.get(2).estimate().inputs()).endsWith("(fell back from conditional: too little price history"
        + " (9 daily returns, 15% of the window; expected at least 20 and 60%))");
    // ZZZ has neither history nor sector: the scenario's * move
    assertThat(i.get(3).matchedBy()).isEqualTo(MatchKind.DEFAULT);
    assertThat(i.get(3).move()).isEqualTo(-0.01);
    assertThat(r.warnings())
        .contains("reported move AMD has no price history; it does not condition the estimates")
        .contains("1 holding(s) got no estimate from the conditional model and took the scenario's * move:"
            + " ZZZ (no price history under ZZZ; no sector)");
  }

  @Test
  void aReportedNameWithTooLittleHistoryIsLeftOut() {
    // THIN is not in the reference list; reported by its ticker it finds its series, which covers 15%
    ConditionalModel m = ConditionalModel.of(returns(), scenario(shock("NVDA", -0.17), shock("THIN", -0.2)),
        REGISTRY, Shrinkage.NONE, List.of("AAPL"));
    assertThat(m.reportedCount()).isEqualTo(1);
    assertThat(m.notes()).first().isEqualTo("reported move THIN has too little price history in the window (9 daily"
        + " returns, 15% of the window; expected at least 20 and 60%); left out");

    ConditionalModel nothing = ConditionalModel.of(returns(), scenario(shock("AMD", -0.064)), REGISTRY,
        Shrinkage.NONE, List.of("AAPL"));
    assertThat(nothing.conditions()).isFalse();
    assertThat(nothing.estimate("AAPL")).isEmpty();
    assertThat(nothing.whyNot(holding("AAPL", "USD", 1, "", 2), Optional.empty()))
        .contains("no reported move has enough price history");
  }

  @Test
  void aWindowTooShortOrIdenticalReportedSeriesAreNotACrash() {
    // 19 returns cover the whole window, yet are too few to estimate a covariance on
    ReturnHistory shortWindow = ReturnHistory.of(Fixtures.history("conditional-history.csv"), ASOF, 19);
    ConditionalModel m = ConditionalModel.of(shortWindow, NVDA_AVGO, REGISTRY, Shrinkage.NONE, List.of("AAPL"));
    assertThat(m.reportedCount()).isZero();
    assertThat(m.notes()).contains("reported move NVDA has too little price history in the window (19 daily"
        + " returns, 100% of the window; expected at least 20 and 60%); left out");

    // beta-history.csv: QQQ and NVDA have the very same returns, so their covariance is singular
    ReturnHistory twins = ReturnHistory.of(Fixtures.history("beta-history.csv"), ASOF, 24);
    Scenario both = scenario(shock("NVDA", -0.17), shock("^IXIC", -0.031));
    assertThatThrownBy(() -> ConditionalModel.of(twins, both, REGISTRY, Shrinkage.NONE, List.of("YYY")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("the price histories of the reported moves NVDA, ^IXIC (via QQQ) leave no room");
    // shrinkage toward the identity makes them distinguishable
    assertThat(ConditionalModel.of(twins, both, REGISTRY, Shrinkage.LEDOIT_WOLF, List.of("YYY")).estimate("YYY"))
        .isPresent();
  }

  /*
   * beta-history.csv (see BetaModelTest): QQQ has returns x and YYY 2x + e with e ⊥ (1, x). With one
   * reported series the conditional mean is cov(y, x)/var(x) · s = 2 s, the regression slope; the
   * conditional variance is var(y) − cov(x, y)²/var(x) = Σe²/(n − 1) = 24 · 0.002² / 23.
   */
  @Test
  void aHoldingOfTheIndexProxyMovesWithTheReportedIndex() {
    ReturnHistory r = ReturnHistory.of(Fixtures.history("beta-history.csv"), ASOF, 24);
    Scenario s = scenario(shock("^IXIC", -0.031));
    Portfolio p = new Portfolio("p", "p.csv", List.of(
        holding("QQQ", "USD", 10_000, "", 2), holding("YYY", "USD", 10_000, "", 3)), List.of());
    ConditionalModel m = ConditionalModel.forPortfolio(r, s, REGISTRY, Shrinkage.NONE, p);

    Estimate qqq = m.estimate(holding("QQQ", "USD", 10_000, "", 2), Optional.empty()).orElseThrow();
    assertThat(qqq.move()).isEqualTo(-0.031);
    assertThat(qqq.lower()).isEqualTo(-0.031);
    assertThat(qqq.upper()).isEqualTo(-0.031);
    assertThat(qqq.attribution()).containsExactly(new Estimate.Contribution("^IXIC (via QQQ)", -0.031));

    Estimate yyy = m.estimate("YYY").orElseThrow();
    // 0.969² − 1 = −0.061039
    assertThat(yyy.move()).isCloseTo(-0.061039, within(1e-12));
    double sd = Math.sqrt(24 * 0.002 * 0.002 / 23);
    assertThat(yyy.upper()).isCloseTo(0.938961 * Math.exp(Z90 * sd) - 1, within(1e-12));

    // a holding under a reported name's ticker that the shock did not move is another instrument
    Scenario su = scenario(shock("NVDA", -0.17));
    ConditionalModel n = ConditionalModel.forPortfolio(r, su, REGISTRY, Shrinkage.NONE, p);
    // (an NVDA line with a Paris suffix is not Nvidia: its series would be NVDA.PA, never Nvidia's NVDA)
    io.shockfolio.domain.Holding other = holding("NVDA.PA", "EUR", 1_000, "", 4);
    assertThat(n.estimate(other, Optional.empty())).isEmpty();
    assertThat(n.whyNot(other, Optional.empty())).contains("no price history under NVDA.PA");
  }
}
