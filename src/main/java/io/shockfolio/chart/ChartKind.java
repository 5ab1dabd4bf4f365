package io.shockfolio.chart;

import io.shockfolio.domain.ScenarioResult;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;

/**
 * Every chart Shockfolio draws, by the name users select it with ({@code --charts waterfall}).
 * Most charts show one scenario; the comparison charts show all scenarios of a run together.
 */
public enum ChartKind {
  PNL_BY_HOLDING("pnl-by-holding", "P&L by holding", PnlByHoldingChart::create, ChartKind::nothingMoved),
  WATERFALL("waterfall", "From the value before to the value after", WaterfallChart::create,
      ChartKind::nothingMoved),
  BY_SECTOR("by-sector", "P&L and move by sector",
      (r, l) -> BreakdownChart.create(r, BreakdownChart.Dimension.SECTOR, l), ChartKind::nothingMoved),
  BY_CURRENCY("by-currency", "P&L and move by currency",
      (r, l) -> BreakdownChart.create(r, BreakdownChart.Dimension.CURRENCY, l), ChartKind::nothingMoved),
  BY_COUNTRY("by-country", "P&L and move by country",
      (r, l) -> BreakdownChart.create(r, BreakdownChart.Dimension.COUNTRY, l), ChartKind::nothingMoved),
  ALLOCATION("allocation", "Allocation by sector before and after", AllocationChart::create,
      r -> Optional.empty()),
  SEVERITY("severity", "Loss as the scenario is scaled", SeverityCurveChart::create,
      r -> nothingMoved(r).or(() -> r.analysis().severityCurve().isEmpty()
          ? Optional.of("the severity curve was not worked out for this run")
          : Optional.empty())),
  DISTRIBUTION("distribution", "P&L distribution with VaR and expected shortfall", DistributionChart::create,
      r -> r.analysis().analytic().isEmpty() && r.analysis().simulatedPnl().isEmpty()
          ? Optional.of("needs --history, so that the conditional model estimates at least one holding")
          : Optional.empty()),
  REPORTED_VS_ACTUAL("reported-vs-actual", "Reported versus actual moves", ReportedVersusActualChart::create,
      r -> r.analysis().reportedVersusActual().isEmpty()
          ? Optional.of("needs --history that covers the event date, " + r.scenario().date())
          : Optional.empty()),
  COMPARISON("comparison", "Scenarios compared by sector", null, r -> Optional.empty()),
  HEATMAP("heatmap", "Move of each holding in each scenario", null, r -> Optional.empty());

  private final String slug;
  private final String caption;
  private final BiFunction<ScenarioResult, Locale, JFreeChart> single;
  private final Function<ScenarioResult, Optional<String>> missing;

  ChartKind(String slug, String caption, BiFunction<ScenarioResult, Locale, JFreeChart> single,
      Function<ScenarioResult, Optional<String>> missing) {
    this.slug = slug;
    this.caption = caption;
    this.single = single;
    this.missing = missing;
  }

  /** Why a chart of the moves has nothing to show: no holding has a P&amp;L in the scenario. */
  private static Optional<String> nothingMoved(ScenarioResult r) {
    for (int i = 0; i < r.impacts().size(); i++) {
      if (r.impacts().pnl(i) != 0) {
        return Optional.empty();
      }
    }
    return Optional.of(NOTHING_MOVED);
  }

  /** The reason a chart of the moves is not drawn when nothing moved. */
  static final String NOTHING_MOVED = "no holding moved in this scenario";

  /** The name users select the chart by, also the end of its file name: {@code pnl-by-holding}. */
  public String slug() {
    return slug;
  }

  /** What the chart shows, in a few words, for captions and lists. */
  public String caption() {
    return caption;
  }

  /** Whether the chart shows all scenarios of a run together, rather than one. */
  public boolean comparesScenarios() {
    return single == null;
  }

  /**
   * Why this chart cannot be drawn for {@code result}, or empty when it can: a distribution needs a
   * model run on price history, for example, and the charts of the moves (by holding, waterfall,
   * breakdowns, severity) need a holding that moved.
   */
  public Optional<String> unavailable(ScenarioResult result) {
    Objects.requireNonNull(result, "result");
    return missing.apply(result);
  }

  /**
   * The chart of one scenario.
   *
   * @throws IllegalStateException for a chart that compares scenarios
   * @throws IllegalArgumentException when the result lacks what the chart shows (see {@link #unavailable})
   */
  public JFreeChart create(ScenarioResult result, Locale locale) {
    if (single == null) {
      throw new IllegalStateException(slug + " compares scenarios; give it the list of results");
    }
    return single.apply(result, locale);
  }

  /**
   * The chart of several scenarios on one portfolio.
   *
   * @throws IllegalStateException for a chart of one scenario
   */
  public JFreeChart create(List<ScenarioResult> results, Locale locale) {
    return switch (this) {
      case COMPARISON -> ScenarioComparisonChart.create(results, locale);
      case HEATMAP -> HeatMapChart.create(results, locale);
      default -> throw new IllegalStateException(slug + " shows one scenario; give it one result");
    };
  }

  /** The chart a name selects, ignoring case. */
  public static Optional<ChartKind> ofSlug(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(k -> k.slug.equals(n)).findFirst();
  }

  /** Every chart name, comma-separated, for messages and help. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(ChartKind::slug).toList());
  }

  /**
   * The charts drawn when none are named: P&amp;L by holding, the waterfall and the sector
   * breakdown; with several scenarios also the comparison and the heat map.
   */
  public static Set<ChartKind> defaults(int scenarios) {
    Set<ChartKind> set = EnumSet.of(PNL_BY_HOLDING, WATERFALL, BY_SECTOR);
    if (scenarios > 1) {
      set.add(COMPARISON);
      set.add(HEATMAP);
    }
    return set;
  }

  /** Whether any of {@code kinds} needs the severity curve worked out. */
  public static boolean needsSeverityCurve(Set<ChartKind> kinds) {
    return kinds.contains(SEVERITY);
  }
}
