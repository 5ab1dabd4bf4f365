package io.shockfolio.chart;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * Renders the charts of realistic hand-built results to a folder, for people to look at. Not a
 * test: run by hand with the folder as argument (default {@code /tmp/chart-preview}).
 */
public final class ChartPreview {

  private ChartPreview() {}

  /** A realistic EUR portfolio on DeepSeek day. */
  static ScenarioResult realistic() {
    return Results.build("degiro-portfolio", Results.scenario(), List.of(
        new Line("ASML.AS", "ASML Holding", "Semiconductors", 18_420.50, -0.0705),
        new Line("NVDA", "NVIDIA", "Semiconductors", 12_310.00, -0.1697),
        new Line("TSM", "Taiwan Semiconductor", "Semiconductors", 6_120.40, -0.1333),
        new Line("BESI.AS", "BE Semiconductor", "Semiconductor equipment", 3_250.00, -0.0912),
        new Line("MSFT", "Microsoft", "Software", 9_870.25, -0.0214),
        new Line("SAP.DE", "SAP SE", "Software", 7_640.00, -0.0061),
        new Line("", "iShares Core MSCI World UCITS ETF USD (Acc)", "Funds", 25_300.00, -0.0148),
        new Line("GOOGL", "Alphabet", "Communication Services", 5_900.00, -0.0420),
        new Line("META", "Meta Platforms", "Communication Services", 4_100.00, 0.0191),
        new Line("AAPL", "Apple", "Consumer Electronics", 6_800.00, 0.0322),
        new Line("VST", "Vistra", "Utilities", 2_450.00, -0.2822),
        new Line("SIE.DE", "Siemens Energy", "Industrials", 3_900.00, -0.1995),
        new Line("ASML.AS", "ASML call Jun25 (line 2)", "Semiconductors", 1_200.00, -0.35),
        new Line("SQQQ", "ProShares UltraPro Short QQQ", "Funds", -1_500.00, -0.09),
        new Line("SHELL", "Shell plc", "Energy", 4_300.00, 0)));
  }

  private static final String[] SECTORS = {
    "Semiconductors", "Software", "Banks", "Insurance", "Utilities", "Energy", "Health Care",
    "Consumer Staples", "Consumer Discretionary", "Telecommunication Services", "Real Estate",
    "Materials", "Industrials", "Information Technology Hardware"};

  /** 30 holdings, so the chart shows 25 and an "others" bar; scaled ×2. */
  static ScenarioResult many() {
    List<Line> lines = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      double move = ((i * 37) % 23 - 14) / 100.0;
      lines.add(new Line("HOLD" + i, "Holding number " + i, SECTORS[i % SECTORS.length],
          1_000.0 * (1 + i % 7), move));
    }
    return Results.build("big-portfolio", Results.scenario().scaled(2), lines);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/chart-preview");
    Files.createDirectories(dir);
    write(dir, "pnl-by-holding", PnlByHoldingChart.create(realistic(), Locale.US));
    for (ChartKind kind : ChartKind.values()) {
      if (!kind.comparesScenarios() && kind.unavailable(realistic()).isEmpty()) {
        write(dir, kind.slug(), kind.create(realistic(), Locale.US));
      }
    }
    write(dir, "pnl-by-holding-many", PnlByHoldingChart.create(many(), Locale.GERMANY));
    write(dir, "pnl-by-holding-small", PnlByHoldingChart.create(Results.small(), Locale.US));
    ScenarioResult unmoved = Results.build("cash-only", Results.scenario(),
        List.of(new Line("SAP", "SAP SE", "Software", 4_000, 0)));
    write(dir, "pnl-by-holding-unmoved", PnlByHoldingChart.create(unmoved, Locale.US));
    Files.write(dir.resolve("pnl-by-holding@2x.png"),
        ChartRenderer.png(PnlByHoldingChart.create(realistic(), Locale.US), 1200, 800, 2));
  }

  private static void write(Path dir, String name, JFreeChart chart) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartRenderer.png(chart));
    Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.svg(chart), StandardCharsets.UTF_8);
  }
}
