package io.shockfolio.chart;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Several scenarios applied to one portfolio, for the comparison charts: hand-built results, a
 * helper that turns a holding's move into a model's estimate, and a main that renders previews of
 * realistic results to a folder (default {@code /tmp/compare-preview}).
 */
final class ScenarioSets {

  private ScenarioSets() {}

  static Scenario scenario(String name) {
    return Scenario.of(name, LocalDate.of(2025, 1, 27), "DeepSeek day", List.of());
  }

  /**
   * {@code result} with holding {@code index} (0-based) moved by {@code move} as a beta model's
   * estimate instead of a reported move; P&amp;L value × move, rounded to the cent.
   */
  static ScenarioResult estimated(ScenarioResult result, int index, double move) {
    List<HoldingImpact> impacts = new ArrayList<>(result.impacts());
    HoldingImpact old = impacts.get(index);
    double pnl = Money.roundToCents(old.valueBefore() * move);
    Estimate e = new Estimate(move, Double.NaN, Double.NaN, Method.BETA, List.of(), "beta to the basket");
    impacts.set(index, new HoldingImpact(old.holding(), Match.none(), Match.none(), Method.BETA, e,
        old.valueBefore(), pnl, pnl));
    return new ScenarioResult(result.portfolio(), result.scenario(), result.baseCurrency(), "beta",
        impacts, result.fxRates(), result.warnings());
  }

  /** A 15-holding EUR portfolio; {@code moves[i]} is holding i's move (0 = not moved). */
  static ScenarioResult realistic(Scenario scenario, double... moves) {
    String[][] h = {
      {"ASML.AS", "ASML Holding", "Semiconductors", "18420.50"},
      {"NVDA", "NVIDIA", "Semiconductors", "12310.00"},
      {"TSM", "Taiwan Semiconductor", "Semiconductors", "6120.40"},
      {"BESI.AS", "BE Semiconductor", "Semiconductor equipment", "3250.00"},
      {"MSFT", "Microsoft", "Software", "9870.25"},
      {"SAP.DE", "SAP SE", "Software", "7640.00"},
      {"", "iShares Core MSCI World UCITS ETF USD (Acc)", "Funds", "25300.00"},
      {"GOOGL", "Alphabet", "Communication Services", "5900.00"},
      {"META", "Meta Platforms", "Communication Services", "4100.00"},
      {"AAPL", "Apple", "Consumer Electronics", "6800.00"},
      {"VST", "Vistra", "Utilities", "2450.00"},
      {"SIE.DE", "Siemens Energy", "Industrials", "3900.00"},
      {"", "ASML call Jun25 strike 700 (line 2)", "Semiconductors", "1200.00"},
      {"SQQQ", "ProShares UltraPro Short QQQ", "Funds", "-1500.00"},
      {"SHELL", "Shell plc", "Energy", "4300.00"},
    };
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < h.length; i++) {
      lines.add(new Line(h[i][0], h[i][1], h[i][2], Double.parseDouble(h[i][3]), moves[i]));
    }
    return Results.build("degiro-portfolio", scenario, lines);
  }

  static ScenarioResult reported() {
    return realistic(scenario("deepseek-2025-01-27"),
        -0.0705, -0.1697, -0.1333, -0.0912, -0.0214, 0, 0, -0.0420, 0.0191, 0.0322,
        -0.2822, -0.1995, 0, 0, 0);
  }

  static ScenarioResult full() {
    ScenarioResult r = realistic(scenario("deepseek-2025-01-27-full"),
        -0.0705, -0.1697, -0.1333, -0.0912, -0.0214, -0.0061, -0.0148, -0.0420, 0.0191, 0.0322,
        -0.2822, -0.1995, -0.35, -0.09, 0);
    r = estimated(r, 5, -0.0061);
    r = estimated(r, 6, -0.0148);
    return estimated(r, 13, 0.087);
  }

  static ScenarioResult headline() {
    return realistic(scenario("deepseek-2025-01-27-nasdaq-headline-only"),
        -0.031, -0.031, -0.031, -0.031, -0.031, 0, -0.021, -0.031, -0.031, -0.031,
        0, 0, 0, 0.093, 0);
  }

  static ScenarioResult doubled() {
    return realistic(scenario("deepseek-2025-01-27").scaled(2),
        -0.141, -0.3394, -0.2666, -0.1824, -0.0428, 0, 0, -0.084, 0.0382, 0.0644,
        -0.5644, -0.399, 0, 0, 0);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/compare-preview");
    Files.createDirectories(dir);
    List<ScenarioResult> two = List.of(reported(), full());
    List<ScenarioResult> four = List.of(reported(), full(), headline(), doubled());
    write(dir, "comparison-2", ScenarioComparisonChart.create(two, Locale.US));
    write(dir, "comparison-4", ScenarioComparisonChart.create(four, Locale.GERMANY));
    write(dir, "comparison-1", ScenarioComparisonChart.create(List.of(full()), Locale.US));
    write(dir, "heatmap-2", HeatMapChart.create(two, Locale.US));
    write(dir, "heatmap-4", HeatMapChart.create(four, Locale.GERMANY));
    write(dir, "heatmap-1", HeatMapChart.create(List.of(reported()), Locale.US));
    List<ScenarioResult> many = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      many.add(many(i));
    }
    write(dir, "comparison-7", ScenarioComparisonChart.create(many, Locale.US));
    write(dir, "heatmap-7", HeatMapChart.create(many, Locale.US));
  }

  /** Variation {@code k} on a 30-holding portfolio over 14 sectors, with a long scenario name. */
  static ScenarioResult many(int k) {
      List<Line> lines = new ArrayList<>();
      String[] sectors = {"Semiconductors", "Software", "Banks", "Insurance", "Utilities", "Energy",
        "Health Care", "Consumer Staples", "Consumer Discretionary", "Telecommunication Services",
        "Real Estate", "Materials", "Industrials", "Information Technology Hardware"};
      for (int i = 1; i <= 30; i++) {
        double move = (((i + k) * 37) % 23 - 14) / 100.0;
        lines.add(new Line("HOLD" + i, "Holding number " + i, sectors[i % sectors.length],
            1_000.0 * (1 + i % 7), move));
      }
      return Results.build("big-portfolio", scenario("stress-variant-number-" + k + "-of-the-year-2025"), lines);
  }

  private static void write(Path dir, String name, JFreeChart chart) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartRenderer.png(chart));
    Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.svg(chart), StandardCharsets.UTF_8);
  }
}
