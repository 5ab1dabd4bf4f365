package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chart catalogue: names, defaults, and which charts a result can have. */
class ChartKindTest {

  @Test
  void chartsAreSelectedByTheirNamesIgnoringCase() {
    assertThat(ChartKind.ofSlug("Waterfall")).contains(ChartKind.WATERFALL);
    assertThat(ChartKind.ofSlug(" reported-vs-actual ")).contains(ChartKind.REPORTED_VS_ACTUAL);
    assertThat(ChartKind.ofSlug("png")).isEmpty();
    assertThat(ChartKind.names()).isEqualTo("pnl-by-holding, waterfall, by-sector, by-currency, by-country,"
        + " allocation, severity, distribution, reported-vs-actual, comparison, heatmap");
  }

  @Test
  void theDefaultsAddTheComparisonChartsForSeveralScenarios() {
    assertThat(ChartKind.defaults(1)).containsExactly(ChartKind.PNL_BY_HOLDING, ChartKind.WATERFALL,
        ChartKind.BY_SECTOR);
    assertThat(ChartKind.defaults(2)).containsExactly(ChartKind.PNL_BY_HOLDING, ChartKind.WATERFALL,
        ChartKind.BY_SECTOR, ChartKind.COMPARISON, ChartKind.HEATMAP);
  }

  @Test
  void aResultWithoutAnalysisHasNoDistributionSeverityOrComparisonWithActualMoves() {
    ScenarioResult r = Results.small();

    assertThat(ChartKind.DISTRIBUTION.unavailable(r))
        .contains("needs --history, so that the conditional model estimates at least one holding");
    assertThat(ChartKind.REPORTED_VS_ACTUAL.unavailable(r))
        .contains("needs --history that covers the event date, 2025-01-27");
    assertThat(ChartKind.SEVERITY.unavailable(r)).contains("the severity curve was not worked out for this run");
    assertThat(ChartKind.WATERFALL.unavailable(r)).isEmpty();
    assertThat(ChartKind.HEATMAP.unavailable(r)).isEmpty();
  }

  @Test
  void chartsOfTheMovesAreNotDrawnWhenNothingMoved() {
    // two holdings the scenario does not move: every P&L is 0
    ScenarioResult still = Results.build("still", Results.scenario(), List.of(
        new Results.Line("SAP", "SAP SE", "Software", 4_000, 0),
        new Results.Line("AAPL", "Apple", "Hardware", 6_000, 0)))
        .withAnalysis(Analysis.none().withSeverityCurve(List.of(
            new Analysis.SeverityPoint(0, 0, 0), new Analysis.SeverityPoint(1, 0, 0))));

    for (ChartKind kind : List.of(ChartKind.PNL_BY_HOLDING, ChartKind.WATERFALL, ChartKind.BY_SECTOR,
        ChartKind.BY_CURRENCY, ChartKind.BY_COUNTRY, ChartKind.SEVERITY)) {
      assertThat(kind.unavailable(still)).as(kind.slug()).contains("no holding moved in this scenario");
    }
    // the allocation before and after still shows the portfolio
    assertThat(ChartKind.ALLOCATION.unavailable(still)).isEmpty();
    // one holding moving is enough: ASML 10,000 × -0.10 = -1,000
    ScenarioResult one = Results.build("one", Results.scenario(), List.of(
        new Results.Line("SAP", "SAP SE", "Software", 4_000, 0),
        new Results.Line("ASML", "ASML Holding", "Semiconductors", 10_000, -0.10)));
    assertThat(ChartKind.PNL_BY_HOLDING.unavailable(one)).isEmpty();
    assertThat(ChartKind.BY_COUNTRY.unavailable(one)).isEmpty();
    assertThat(ChartKind.SEVERITY.unavailable(one)).contains("the severity curve was not worked out for this run");
  }

  @Test
  void aResultWithACurveHasTheSeverityChart() {
    ScenarioResult r = Results.small().withAnalysis(Analysis.none().withSeverityCurve(List.of(
        new Analysis.SeverityPoint(0, 0, 0), new Analysis.SeverityPoint(1, -1_510, -1_510 / 17_000.0))));

    assertThat(ChartKind.SEVERITY.unavailable(r)).isEmpty();
    assertThat(ChartKind.SEVERITY.create(r, Locale.US).getTitle().getText())
        .isEqualTo("demo — deepseek-2025-01-27 (2025-01-27)");
  }

  @Test
  void chartsOfOneScenarioAndChartsComparingScenariosAreNotMixedUp() {
    assertThat(ChartKind.COMPARISON.comparesScenarios()).isTrue();
    assertThat(ChartKind.HEATMAP.comparesScenarios()).isTrue();
    assertThat(ChartKind.BY_COUNTRY.comparesScenarios()).isFalse();
    assertThatThrownBy(() -> ChartKind.HEATMAP.create(Results.small(), Locale.US))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ChartKind.WATERFALL.create(List.of(Results.small()), Locale.US))
        .isInstanceOf(IllegalStateException.class);
    assertThat(ChartKind.HEATMAP.create(List.of(Results.small(), Results.small()), Locale.US)).isNotNull();
    assertThat(Optional.of(ChartKind.BY_CURRENCY.create(Results.small(), Locale.US).getTitle().getText()))
        .contains("demo — deepseek-2025-01-27 (2025-01-27)");
  }
}
