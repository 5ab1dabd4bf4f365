package io.shockfolio.chart;

import io.shockfolio.chart.Results.Line;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Timing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.jfree.chart.JFreeChart;

/**
 * Renders the analysis charts of realistic hand-built results to a folder, for people to look at.
 * Not a test: run by hand with the folder as argument (default {@code /tmp/analysis-preview}).
 */
public final class AnalysisPreview {

  private AnalysisPreview() {}

  /** A 12-holding EUR portfolio of about 96,000 EUR that loses about 4,400 on DeepSeek day. */
  static ScenarioResult portfolio() {
    return Results.build("degiro-portfolio", Results.scenario(), List.of(
        new Line("ASML.AS", "ASML Holding", "Semiconductors", 14_200.00, -0.0705),
        new Line("NVDA", "NVIDIA", "Semiconductors", 4_402.00, -0.1697),
        new Line("TSM", "Taiwan Semiconductor", "Semiconductors", 4_120.40, -0.1333),
        new Line("BESI.AS", "BE Semiconductor", "Semiconductor equipment", 2_250.00, -0.0912),
        new Line("MSFT", "Microsoft", "Software", 9_870.25, -0.0214),
        new Line("SAP.DE", "SAP SE", "Software", 7_640.00, -0.0061),
        new Line("", "iShares Core MSCI World UCITS ETF USD (Acc)", "Funds", 31_208.00, -0.0148),
        new Line("GOOGL", "Alphabet", "Communication Services", 5_900.00, -0.0420),
        new Line("AAPL", "Apple", "Consumer Electronics", 6_800.00, 0.0322),
        new Line("VST", "Vistra", "Utilities", 1_450.00, -0.2822),
        new Line("SIE.DE", "Siemens Energy", "Industrials", 3_785.35, -0.1995),
        new Line("SHELL", "Shell plc", "Energy", 4_300.00, 0)));
  }

  /**
   * The analysis a full run would give {@code r}: a slightly convex severity curve through its P&amp;L
   * at ×1, a 10% reverse stress, normal and simulated distributions of sd 550 around its P&amp;L, and 12
   * reported moves beside the actual ones.
   */
  static ScenarioResult withAnalysis(ScenarioResult r, double targetScale, double targetLoss) {
    double pnl = r.pnl();
    double before = Math.abs(r.valueBefore());
    List<Analysis.SeverityPoint> curve = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      double k = i / 10.0;
      double p = k == 1 ? pnl : pnl * k * (1 + 0.02 * (k - 1));
      curve.add(new Analysis.SeverityPoint(k, p, p / before));
    }
    double sd = 550;
    Analysis.Risk analytic = risk("analytic (normal)", pnl, sd, 0);
    Analysis.Risk mc = risk("Monte Carlo (normal)", pnl + 1.7, sd * 1.004, 100_000);
    Random random = new Random(42);
    double[] paths = new double[100_000];
    for (int i = 0; i < paths.length; i++) {
      paths[i] = pnl + sd * random.nextGaussian();
    }
    Arrays.sort(paths);
    List<Analysis.ReportedVersusActual> rva = List.of(
        new Analysis.ReportedVersusActual("NVDA", "NVDA", -0.1697, Timing.CLOSE, -0.1697, false),
        new Analysis.ReportedVersusActual("ASML", "ASML.AS", -0.0705, Timing.CLOSE, -0.0569, false),
        new Analysis.ReportedVersusActual("TSM", "TSM", -0.1333, Timing.CLOSE, -0.1308, false),
        new Analysis.ReportedVersusActual("BESI", "BESI.AS", -0.0912, Timing.CLOSE, -0.0866, false),
        new Analysis.ReportedVersusActual("Siemens Energy", "ENR.DE", -0.1995, Timing.INTRADAY, -0.1994, false),
        new Analysis.ReportedVersusActual("VST", "VST", -0.2822, Timing.CLOSE, -0.2838, false),
        new Analysis.ReportedVersusActual("^IXIC (via QQQ)", "QQQ", -0.0307, Timing.CLOSE, -0.0297, false),
        new Analysis.ReportedVersusActual("MSFT", "MSFT", -0.0214, Timing.CLOSE, -0.0214, false),
        new Analysis.ReportedVersusActual("AAPL", "AAPL", 0.0322, Timing.CLOSE, 0.0318, false),
        new Analysis.ReportedVersusActual("Nasdaq-100 futures", "NQ=F", -0.05, Timing.PRE_MARKET, -0.0295, true),
        new Analysis.ReportedVersusActual("Schneider Electric", "SU.PA", -0.095, Timing.CLOSE, -0.0948, false),
        new Analysis.ReportedVersusActual("Broadcom", "AVGO", -0.12, Timing.PRE_MARKET, -0.1734, true));
    Analysis a = new Analysis(rva, Optional.of(analytic), Optional.of(mc),
        Optional.of(new Analysis.ReverseStress(targetLoss, targetScale, List.of(), 2.4)))
        .withSeverityCurve(curve)
        .withSimulatedPnl(Analysis.Histogram.of(paths, 60));
    return r.withAnalysis(a);
  }

  /** VaR and ES of a normal P&amp;L: VaR_α = z_α σ − m, ES_α = φ(z_α)/(1−α) σ − m. */
  static Analysis.Risk risk(String method, double mean, double sd, int paths) {
    return new Analysis.Risk(method, mean, sd, 1.6449 * sd - mean, 2.0627 * sd - mean, 2.3263 * sd - mean,
        2.6652 * sd - mean, paths, paths == 0 ? 0 : sd / Math.sqrt(paths));
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/analysis-preview");
    Files.createDirectories(dir);
    ScenarioResult r = portfolio();
    System.out.printf(Locale.ROOT, "before %.2f, P&L %.2f (%.4f)%n", r.valueBefore(), r.pnl(), r.pnlPct());
    ScenarioResult full = withAnalysis(r, 2.17, 0.10);
    write(dir, "severity-curve", SeverityCurveChart.create(full, Locale.US));
    write(dir, "severity-curve-de", SeverityCurveChart.create(full, Locale.GERMANY));
    write(dir, "severity-curve-inside", SeverityCurveChart.create(withAnalysis(r, 1.62, 0.075), Locale.US));
    write(dir, "severity-curve-far", SeverityCurveChart.create(withAnalysis(r, 8.4, 0.40), Locale.US));
    write(dir, "severity-curve-crowded", SeverityCurveChart.create(withAnalysis(r, 1.2, 0.055), Locale.US));
    write(dir, "severity-curve-crowded-below", SeverityCurveChart.create(withAnalysis(r, 0.85, 0.039), Locale.US));
    ScenarioResult gains = Results.build("short-book", Results.scenario().scaled(0.2), List.of(
        new Line("SQQQ", "ProShares UltraPro Short QQQ", "Funds", 20_000, 0.09),
        new Line("NVDA", "NVIDIA", "Semiconductors", 10_000, -0.034)));
    Analysis g = new Analysis(List.of(), Optional.empty(), Optional.empty(), Optional.empty())
        .withSeverityCurve(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0).stream()
            .map(k -> new Analysis.SeverityPoint(k, k / 0.2 * gains.pnl(), k / 0.2 * gains.pnlPct())).toList());
    write(dir, "severity-curve-gains", SeverityCurveChart.create(gains.withAnalysis(g), Locale.US));
    write(dir, "distribution", DistributionChart.create(full, Locale.US));
    write(dir, "distribution-de", DistributionChart.create(full, Locale.GERMANY));
    Analysis onlyAnalytic = new Analysis(List.of(), full.analysis().analytic(), Optional.empty(), Optional.empty());
    write(dir, "distribution-analytic", DistributionChart.create(r.withAnalysis(onlyAnalytic), Locale.US));
    write(dir, "reported-vs-actual", ReportedVersusActualChart.create(full, Locale.US));
    write(dir, "reported-vs-actual-de", ReportedVersusActualChart.create(full, Locale.GERMANY));
  }

  private static void write(Path dir, String name, JFreeChart chart) throws IOException {
    Files.write(dir.resolve(name + ".png"), ChartRenderer.png(chart));
    Files.writeString(dir.resolve(name + ".svg"), ChartRenderer.svg(chart), StandardCharsets.UTF_8);
  }
}
