package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.PriceSeries;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Shock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnHistoryTest {

  /*
   * Two US names and one European name. Monday 20 January 2025 was Martin Luther King Day: New York
   * was closed, Europe traded. Returns by hand:
   *   AAA 100 → 110 → (closed) → 99:  17th ln(1.1), 20th NaN, 21st ln(99/110) = ln(0.9), spanning the holiday
   *   BBB  50 →  40 → (closed) → 44:  17th ln(0.8), 20th NaN, 21st ln(44/40) = ln(1.1)
   *   EUX  20 →  21 → 22.05 → 22.05:  17th ln(1.05), 20th ln(1.05), 21st 0
   */
  private static final String TINY = """
      Date,AAA,BBB,EUX
      2025-01-16,100,50,20
      2025-01-17,110,40,21
      2025-01-20,,,22.05
      2025-01-21,99,44,22.05
      """;

  private static final LocalDate JAN16 = LocalDate.of(2025, 1, 16);
  private static final LocalDate JAN17 = LocalDate.of(2025, 1, 17);
  private static final LocalDate JAN20 = LocalDate.of(2025, 1, 20);
  private static final LocalDate JAN21 = LocalDate.of(2025, 1, 21);

  @Test
  void logReturnsOnTheUnionCalendarSpanHolidays() {
    ReturnHistory r = ReturnHistory.of(Fixtures.inline(TINY), JAN21, 3);

    // the first date has no previous close for anyone: returns start on the second
    assertThat(r.dates()).containsExactly(JAN17, JAN20, JAN21);
    assertThat(r.names()).containsExactly("AAA", "BBB", "EUX");
    double[] aaa = r.returns("AAA").orElseThrow();
    assertThat(aaa[0]).isCloseTo(Math.log(1.1), within(1e-15));
    assertThat(aaa[1]).isNaN();
    assertThat(aaa[2]).isCloseTo(Math.log(0.9), within(1e-15));
    double[] bbb = r.returns("bbb").orElseThrow(); // tickers ignore case
    assertThat(bbb[0]).isCloseTo(Math.log(0.8), within(1e-15));
    assertThat(bbb[1]).isNaN();
    assertThat(bbb[2]).isCloseTo(Math.log(1.1), within(1e-15));
    double[] eux = r.returns("EUX").orElseThrow();
    assertThat(eux[0]).isCloseTo(Math.log(1.05), within(1e-15));
    assertThat(eux[1]).isCloseTo(Math.log(1.05), within(1e-15));
    assertThat(eux[2]).isZero();
    // AAA has a return on 2 of the 3 dates
    assertThat(r.coverage("AAA")).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(r.coverage("EUX")).isEqualTo(1.0);
    assertThat(r.coverage("NOPE")).isZero();
    // coverage is of the window asked for: 3 returns of a 6-day window are half of it
    assertThat(ReturnHistory.of(Fixtures.inline(TINY), JAN21, 6).coverage("EUX")).isEqualTo(0.5);
    assertThat(r.contains("eux")).isTrue();
    assertThat(r.returns("NOPE")).isEmpty();
    assertThat(r.asOf()).isEqualTo(JAN21);
  }

  @Test
  void theWindowKeepsTheLastDatesAndItsFirstReturnStillUsesTheCloseBeforeIt() {
    ReturnHistory r = ReturnHistory.of(Fixtures.inline(TINY), JAN21, 2);

    assertThat(r.dates()).containsExactly(JAN20, JAN21);
    // AAA's return of the 21st is from the 17th's close, which lies outside the window
    assertThat(r.returns("AAA").orElseThrow()[1]).isCloseTo(Math.log(0.9), within(1e-15));
    assertThat(r.returns("AAA").orElseThrow()[0]).isNaN();
    assertThat(r.coverage("AAA")).isEqualTo(0.5);
    assertThatThrownBy(() -> ReturnHistory.of(Fixtures.inline(TINY), JAN21, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
  }

  @Test
  void onlyClosesUpToTheAsOfDateAreRead() {
    ReturnHistory r = ReturnHistory.of(Fixtures.inline(TINY), JAN20, 504);

    assertThat(r.dates()).containsExactly(JAN17, JAN20);
    assertThat(r.returns("EUX").orElseThrow()).hasSize(2);
    assertThat(r.returns("AAA").orElseThrow()[1]).isNaN();
    // an as-of date between trading days takes the closes before it
    ReturnHistory sunday = ReturnHistory.of(Fixtures.inline(TINY), LocalDate.of(2025, 1, 19), 504);
    assertThat(sunday.dates()).containsExactly(JAN17);
  }

  @Test
  void lastDateBeforeAnEventIsTheLastTradingDayOfAnyName() {
    PriceHistory all = Fixtures.inline(TINY);
    // Europe traded on the US holiday
    assertThat(ReturnHistory.lastDateBefore(all, JAN21)).contains(JAN20);
    PriceHistory us = new PriceHistory(List.of(all.get("AAA").orElseThrow(), all.get("BBB").orElseThrow()), List.of());
    assertThat(ReturnHistory.lastDateBefore(us, JAN21)).contains(JAN17);
    // strictly before: the event date itself is not taken
    assertThat(ReturnHistory.lastDateBefore(us, JAN17)).contains(JAN16);
    assertThat(ReturnHistory.lastDateBefore(all, LocalDate.of(2025, 2, 3))).contains(JAN21);
    assertThat(ReturnHistory.lastDateBefore(all, JAN16)).isEmpty();
  }

  // ---- no look-ahead -------------------------------------------------------------------------

  private static final LocalDate D = LocalDate.of(2025, 1, 10);

  /**
   * The same history with every close after {@code D} changed wildly (×10 on even positions, ÷10 on
   * odd ones), five more trading days appended to every name, and a name that starts after D.
   */
  private static PriceHistory rewrittenAfter(PriceHistory h) {
    List<PriceSeries> out = new ArrayList<>();
    for (PriceSeries s : h.series()) {
      List<LocalDate> dates = new ArrayList<>(s.dates());
      List<Double> closes = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        double c = s.closes()[i];
        closes.add(s.dates().get(i).isAfter(D) ? (i % 2 == 0 ? c * 10 : c / 10) : c);
      }
      LocalDate last = dates.get(dates.size() - 1);
      for (int k = 1; k <= 5; k++) {
        dates.add(last.plusDays(k + 2));
        closes.add(k % 2 == 0 ? 1e6 : 1e-3);
      }
      out.add(new PriceSeries(s.ticker(), dates, closes.stream().mapToDouble(Double::doubleValue).toArray(),
          s.column(), s.source()));
    }
    out.add(new PriceSeries("LATE", List.of(D.plusDays(3), D.plusDays(4), D.plusDays(5)), new double[] {1, 50, 2},
        "Close", "late.csv"));
    return new PriceHistory(out, List.of());
  }

  private record Snapshot(List<Optional<Estimate>> conditional, List<Optional<Estimate>> beta, List<String> notes,
      List<Object> impacts, List<String> warnings, Optional<Analysis.Risk> risk, double[][] covariance) {}

  private static Snapshot estimatesAsOfD(PriceHistory prices) {
    ReturnHistory r = ReturnHistory.of(prices, D, 60);
    Scenario scenario = Scenario.of("t", LocalDate.of(2025, 1, 27), "",
        List.of(shock("NVDA", -0.17), shock("AVGO", -0.17), Shock.of(ShockTarget.all(), -0.01, "test")));
    Portfolio p = new Portfolio("p", "p.csv", List.of(
        holding("NVDA", "USD", 10_000, "", 2),
        holding("AAPL", "USD", 20_000, "Technology", 3),
        holding("MSFT", "USD", 15_000, "Software", 4),
        holding("THIN", "USD", 5_000, "Semiconductors", 5),
        holding("LATE", "USD", 5_000, "", 6)), List.of());
    ConditionalModel c = ConditionalModel.forPortfolio(r, scenario, REGISTRY, Shrinkage.LEDOIT_WOLF, p);
    BetaModel b = BetaModel.of(r, scenario, REGISTRY);
    List<Optional<Estimate>> ce = new ArrayList<>();
    List<Optional<Estimate>> be = new ArrayList<>();
    for (String t : List.of("AAPL", "MSFT", "THIN", "LATE")) {
      ce.add(c.estimate(t));
      be.add(r.contains(t) ? b.estimate(t) : Optional.empty());
    }
    ScenarioResult result = new ShockEngine(REGISTRY).apply(p, scenario, "USD", FxRates.of(Map.of()),
        Propagation.fallback(c, new SectorModel(scenario, REGISTRY)));
    List<String> notes = new ArrayList<>(c.notes());
    notes.addAll(b.notes());
    return new Snapshot(ce, be, notes, List.copyOf(result.impacts()), result.warnings(),
        ScenarioAnalysis.analytic(result, c, REGISTRY), c.covariance().getData());
  }

  @Test
  void estimatesAsOfADateIgnoreEveryPriceAfterIt() {
    PriceHistory original = Fixtures.history("conditional-history.csv");
    PriceHistory rewritten = rewrittenAfter(original);
    // the rewrite really changes what lies after D
    assertThat(rewritten.get("NVDA").orElseThrow().closeOn(LocalDate.of(2025, 1, 24)))
        .isNotEqualTo(original.get("NVDA").orElseThrow().closeOn(LocalDate.of(2025, 1, 24)));

    Snapshot before = estimatesAsOfD(original);
    Snapshot after = estimatesAsOfD(rewritten);

    // the estimates exist (else the comparison below would prove nothing)
    assertThat(before.conditional().get(0)).isPresent();
    assertThat(before.conditional().get(0).orElseThrow().hasBand()).isTrue();
    assertThat(before.beta().get(0)).isPresent();
    assertThat(before.risk()).isPresent();
    // records compare doubles bit for bit (Double.compare): moves, bands, attributions, inputs
    assertThat(after.conditional()).isEqualTo(before.conditional());
    assertThat(after.beta()).isEqualTo(before.beta());
    assertThat(after.notes()).isEqualTo(before.notes());
    assertThat(after.impacts()).isEqualTo(before.impacts());
    assertThat(after.warnings()).isEqualTo(before.warnings());
    assertThat(after.risk()).isEqualTo(before.risk());
    assertThat(after.covariance()).isDeepEqualTo(before.covariance());
  }
}
