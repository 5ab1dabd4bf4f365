package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.Z90;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Scenario;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * beta-history.csv was written by this script, so the regression is known by construction:
 * <pre>
 * # QQQ and NVDA have log returns x, YYY has 2x + e, where x = 0.01*[1,-1,2,-2]*6 and
 * # e = 0.002*[1,1,-1,-1]*6: sum(e) = 0 and sum(x*e) = 1-1-2+2 = 0 per block, so the OLS slope of
 * # YYY on x is exactly 2, the intercept 0 and the residuals are e.
 * import math, datetime as dt
 * days = []
 * d = dt.date(2025, 1, 24)
 * while len(days) < 25:
 *     if d.weekday() < 5:
 *         days.append(d)
 *     d -= dt.timedelta(days=1)
 * days.reverse()
 * x = [0.01 * a for a in [1, -1, 2, -2] * 6]
 * e = [0.002 * b for b in [1, 1, -1, -1] * 6]
 * y = [2 * a + b for a, b in zip(x, e)]
 * def prices(r):
 *     p = [100.0]
 *     for v in r:
 *         p.append(p[-1] * math.exp(v))
 *     return p
 * q, yy = prices(x), prices(y)
 * with open("beta-history.csv", "w") as out:
 *     out.write("Date,QQQ,NVDA,YYY\n")
 *     for i, day in enumerate(days):
 *         out.write(f"{day.isoformat()},{q[i]!r},{q[i]!r},{yy[i]!r}\n")
 * </pre>
 * By hand: 24 returns, β = 2, residual standard deviation s = √(Σe²/(n − 2)) = √(24 × 0.002² / 22)
 * = 0.0020889318714683...; a reported factor move m gives exp(2 ln(1 + m)) − 1 = (1 + m)² − 1.
 */
class BetaModelTest {

  private static final double S = Math.sqrt(24 * 0.002 * 0.002 / 22);
  private static final LocalDate ASOF = LocalDate.of(2025, 1, 24);

  private static Scenario scenario(io.shockfolio.domain.Shock... shocks) {
    return Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shocks));
  }

  private static BetaModel model(Scenario s) {
    return BetaModel.of(ReturnHistory.of(Fixtures.history("beta-history.csv"), ASOF, 24), s, REGISTRY);
  }

  @Test
  void theEstimateIsBetaTimesTheFactorsLogMove() {
    // the basket of one reported name, NVDA, whose returns are x
    Estimate e = model(scenario(shock("NVDA", -0.17))).estimate(holding("YYY", "USD", 1_000, "", 2), Optional.empty())
        .orElseThrow();

    // 0.83² − 1 = 0.6889 − 1 = −0.3111
    assertThat(e.move()).isCloseTo(-0.3111, within(1e-12));
    assertThat(e.method()).isEqualTo(Method.BETA);
    // band: exp(2 ln 0.83 ± z s) − 1 = 0.6889·exp(∓1.6448536·0.0020889) − 1
    assertThat(e.lower()).isCloseTo(0.6889 * Math.exp(-Z90 * S) - 1, within(1e-12));
    assertThat(e.upper()).isCloseTo(0.6889 * Math.exp(Z90 * S) - 1, within(1e-12));
    // python: math.expm1(2*math.log(0.83) - 1.6448536269514722*math.sqrt(24*0.002**2/22)) = -0.3134629896323202
    assertThat(e.lower()).isCloseTo(-0.3134629896323202, within(1e-12));
    assertThat(e.upper()).isCloseTo(-0.30872887720090497, within(1e-12));
    assertThat(e.attribution()).singleElement().satisfies(c -> {
      assertThat(c.target()).isEqualTo("NVDA");
      assertThat(c.share()).isCloseTo(-0.3111, within(1e-12));
    });
    assertThat(e.inputs()).startsWith("beta 2.00 to the basket of NVDA (-17%) over 24 days to 2025-01-24");
  }

  @Test
  void theIndexIsTheFactorWhenTheScenarioReportsItAndTheHistoryHasItsProxy() {
    // ^IXIC -3.1% through QQQ wins over the basket of reported names
    BetaModel m = model(scenario(shock("NVDA", -0.17), shock("^IXIC", -0.031)));
    Estimate e = m.estimate(holding("YYY", "USD", 1_000, "", 2), Optional.empty()).orElseThrow();

    // 0.969² − 1 = 0.938961 − 1 = −0.061039 (the basket would give exp(2·(ln .83 + ln .969)/2) − 1 = −0.19573)
    assertThat(e.move()).isCloseTo(-0.061039, within(1e-12));
    assertThat(e.lower()).isCloseTo(0.938961 * Math.exp(-Z90 * S) - 1, within(1e-12));
    assertThat(e.upper()).isCloseTo(0.938961 * Math.exp(Z90 * S) - 1, within(1e-12));
    assertThat(e.attribution()).extracting(Estimate.Contribution::target).containsExactly("^IXIC (via QQQ)");
    assertThat(e.inputs()).contains("beta 2.00 to ^IXIC (via QQQ) (-3.1%)");
  }

  @Test
  void theBasketAveragesTheReportedNamesAndTheAttributionAddsUp() {
    // QQQ reported as an instrument of its own (not as the Nasdaq's proxy) joins NVDA in the basket:
    // both have returns x, so the basket is x and its move is the mean of the two log moves,
    // (ln 0.83 + ln 0.90)/2; with β = 2 the estimate is exp(ln 0.83 + ln 0.90) − 1
    BetaModel m = model(scenario(shock("NVDA", -0.17), shock("QQQ", -0.10)));
    Estimate e = m.estimate(holding("YYY", "USD", 1_000, "", 2), Optional.empty()).orElseThrow();

    // exp(2 · (ln .83 + ln .9)/2) − 1 = 0.83 × 0.9 − 1 = −0.253
    assertThat(e.move()).isCloseTo(-0.253, within(1e-12));
    assertThat(e.attribution()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "QQQ");
    assertThat(e.attribution().stream().mapToDouble(Estimate.Contribution::share).sum())
        .isCloseTo(e.move(), within(1e-15));
    // shares are in proportion to the log moves: ln .83 : ln .9
    assertThat(e.attribution().get(0).share() / e.attribution().get(1).share())
        .isCloseTo(Math.log(0.83) / Math.log(0.9), within(1e-12));
  }

  @Test
  void namesWithoutEnoughHistoryGetNoEstimateAndSayWhy() {
    BetaModel m = model(scenario(shock("NVDA", -0.17), shock("AMD", -0.064)));
    assertThat(m.notes()).containsExactly("reported move AMD has no price history; it does not condition the estimates");
    assertThat(m.estimate(holding("ZZZ", "USD", 1_000, "", 2), Optional.empty())).isEmpty();
    assertThat(m.whyNot(holding("ZZZ", "USD", 1_000, "", 2), Optional.empty())).contains("no price history under ZZZ");
    // a line known by ISIN alone, which the reference list does not know
    assertThat(m.whyNot(io.shockfolio.domain.Holding.of(new io.shockfolio.domain.Instrument("", "US5128073062",
        "LAM RESEARCH CORP", "USD", "", "", "Equity"), Double.NaN, Double.NaN, 1_000, 2), Optional.empty())).contains("no price history: the"
        + " file gives no ticker, and the reference list does not know ISIN US5128073062");

    // a window of 19 returns is too short for a regression, though YYY covers all of it
    BetaModel shortWindow = BetaModel.of(ReturnHistory.of(Fixtures.history("beta-history.csv"), ASOF, 19),
        scenario(shock("NVDA", -0.17)), REGISTRY);
    assertThat(shortWindow.estimate(holding("YYY", "USD", 1_000, "", 2), Optional.empty())).isEmpty();
    assertThat(shortWindow.whyNot(holding("YYY", "USD", 1_000, "", 2), Optional.empty()))
        .contains("only 19 days of YYY's price history overlap the factor's; expected at least 20");

    BetaModel noneReported = model(scenario(shock("AMD", -0.064)));
    assertThat(noneReported.estimate(holding("YYY", "USD", 1_000, "", 2), Optional.empty())).isEmpty();
    assertThat(noneReported.whyNot(holding("YYY", "USD", 1_000, "", 2), Optional.empty()))
        .contains("no reported move has a price history");
  }
}
