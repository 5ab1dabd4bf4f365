package io.shockfolio.report;

import io.shockfolio.chart.ChartRenderer;
import io.shockfolio.chart.PnlByHoldingChart;
import io.shockfolio.chart.WaterfallChart;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Writes the HTML and Markdown reports of a realistic hand-built result, with two charts, to a
 * folder, and screenshots the HTML with Chromium when it is installed, for people to look at. Not
 * a test: run by hand with the folder as argument (default {@code /tmp/report-preview}).
 */
public final class ReportPreview {

  private ReportPreview() {}

  private static final Shock NVDA = new Shock(ShockTarget.symbol("NVDA"), -0.17, Timing.INTRADAY,
      "heise+, \"Wie Deepseek die KI-Szene aufmischt\"", "about -17% over the day", false);
  private static final Shock AVGO = new Shock(ShockTarget.symbol("AVGO"), -0.17, Timing.CLOSE,
      "Reuters, 27 Jan 2025", "", false);
  private static final Shock ASML = new Shock(ShockTarget.symbol("ASML.AS"), -0.10, Timing.INTRADAY,
      "The Market (themarket.ch), 27 Jan 2025", "Monday morning European session", false);
  private static final Shock ENR = new Shock(ShockTarget.isin("DE000ENER6Y0"), -0.19, Timing.INTRADAY,
      "The Market (themarket.ch), 27 Jan 2025", "", false);

  /** A 12-holding EUR portfolio on DeepSeek day, estimated with the conditional model. */
  static ScenarioResult realistic() {
    return realistic(1);
  }

  /** The same with every move (reported and estimated) scaled by {@code severity}. */
  static ScenarioResult realistic(double severity) {
    line = 1;
    scale = severity;
    Scenario s = Scenario.of("deepseek-2025-01-27", LocalDate.of(2025, 1, 27),
        "DeepSeek Monday (R1 release): the four headline moves, as the news reported them",
        List.of(NVDA, AVGO, ASML, ENR)).scaled(severity);
    List<HoldingImpact> impacts = new ArrayList<>();
    impacts.add(reported("ASML.AS", "NL0010273215", "ASML Holding", "EUR", "Semiconductor equipment", 18_420.50, ASML,
        MatchKind.SYMBOL, s));
    impacts.add(reported("NVDA", "US67066G1040", "NVIDIA Corporation", "USD", "Semiconductors", 12_310.00, NVDA,
        MatchKind.ISIN, s));
    impacts.add(reported("AVGO", "US11135F1012", "Broadcom Inc.", "USD", "Semiconductors", 6_240.00, AVGO,
        MatchKind.ISIN, s));
    impacts.add(reported("", "DE000ENER6Y0", "SIEMENS ENERGY AG", "EUR", "Industrials", 3_900.00, ENR, MatchKind.ISIN,
        s));
    impacts.add(estimated("TSM", "US8740391003", "Taiwan Semiconductor Manufacturing", "USD", "Semiconductors",
        6_120.40, -0.0953, -0.1512, -0.0364, "NVDA -6.10%, AVGO -2.90%, ASML.AS -0.53%"));
    impacts.add(estimated("MSFT", "US5949181045", "Microsoft Corporation", "USD", "Software", 9_870.25, -0.0212,
        -0.0488, 0.0072, "NVDA -1.40%, AVGO -0.62%, ASML.AS -0.10%"));
    impacts.add(estimated("SAP.DE", "DE0007164600", "SAP SE", "EUR", "Software", 7_640.00, -0.0118, -0.0362, 0.0132,
        "ASML.AS -0.70%, NVDA -0.48%"));
    impacts.add(estimated("GOOGL", "US02079K3059", "Alphabet Inc. Class A", "USD", "Communication Services",
        5_900.00, -0.0347, -0.0702, 0.0021, "NVDA -2.20%, AVGO -1.27%"));
    impacts.add(estimated("AAPL", "US0378331005", "Apple Inc.", "USD", "Consumer Electronics", 6_800.00, 0.0041,
        -0.0231, 0.0320, "NVDA +0.25%, AVGO +0.16%"));
    Estimate besi = new Estimate(-0.10 * scale, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE, List.of(),
        "sector Semiconductor equipment: ASML.AS (fell back from conditional: 212 of 504 returns)");
    impacts.add(impact(holding("BESI.AS", "NL0012866412", "BE Semiconductor Industries", "EUR",
        "Semiconductor equipment", 3_250.00), Match.none(), Method.SECTOR_AVERAGE, besi));
    impacts.add(impact(holding("", "IE00B4L5Y983", "iShares Core MSCI World UCITS ETF USD (Acc)", "EUR", "Funds",
        25_300.00), Match.none(), Method.NOT_MOVED, null));
    impacts.add(impact(new Holding(new io.shockfolio.domain.Instrument("", "", "Cash (EUR)", "EUR", "Cash", "", "Cash"),
        Double.NaN, Double.NaN, 2_150.35, Double.NaN, "", true, List.of(13)), Match.none(), Method.NOT_MOVED, null));
    Portfolio p = new Portfolio("degiro-portfolio", "Portfolio.csv", impacts.stream().map(HoldingImpact::holding).toList(),
        List.of("Skipped 2 lines before the header (lines 1-2)"));
    return new ScenarioResult(p, s, "EUR", "conditional", impacts, Map.of("USD/EUR", 0.9529),
        List.of("Skipped 2 lines before the header (lines 1-2)",
            "1 holding(s) got no estimate from the conditional model and fell back to the sector model: BESI.AS",
            "iShares Core MSCI World UCITS ETF USD (Acc): no price history under IWDA.AS or IE00B4L5Y983"));
  }

  private static int line = 1;
  private static double scale = 1;

  private static Holding holding(String symbol, String isin, String name, String currency, String sector, double value) {
    return new Holding(new io.shockfolio.domain.Instrument(symbol, isin, name, currency, sector, "", "Equity"),
        Double.NaN, Double.NaN, value, Double.NaN, "", false, List.of(line++));
  }

  private static HoldingImpact reported(String symbol, String isin, String name, String currency, String sector,
      double value, Shock shock, MatchKind kind, Scenario s) {
    return impact(holding(symbol, isin, name, currency, sector, value),
        Match.of(kind, s.shockFor(shock.target()).orElseThrow(), kind == MatchKind.ISIN ? isin : symbol),
        Method.REPORTED, null);
  }

  private static HoldingImpact estimated(String symbol, String isin, String name, String currency, String sector,
      double value, double move, double lower, double upper, String drivers) {
    Estimate e = new Estimate(move * scale, lower * scale, upper * scale, Method.CONDITIONAL, List.of(),
        "NVDA, AVGO, ASML.AS; 504 daily returns to 2025-01-24; largest drivers " + drivers);
    return impact(holding(symbol, isin, name, currency, sector, value), Match.none(), Method.CONDITIONAL, e);
  }

  private static HoldingImpact impact(Holding h, Match price, Method method, Estimate e) {
    double move = price.isMatched() ? price.move() : e == null ? 0 : e.move();
    double pnl = Money.times(h.value(), move);
    return new HoldingImpact(h, price, Match.none(), method, e, h.value(), pnl, pnl);
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/report-preview");
    Files.createDirectories(dir);
    ScenarioResult r = realistic();
    Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.US;
    List<ReportChart> charts = List.of(
        chart(dir, r, "pnl-by-holding", "P&L by holding", PnlByHoldingChart.create(r, locale)),
        chart(dir, r, "waterfall", "From the value before to the value after", WaterfallChart.create(r, locale)));
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.render(List.of(r), charts, locale), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.md"), MarkdownReport.render(List.of(r), charts, locale), StandardCharsets.UTF_8);
    ScenarioResult twice = realistic(2);
    List<ReportChart> both = new ArrayList<>(charts);
    both.add(chart(dir, twice, "pnl-by-holding", "P&L by holding, moves ×2", PnlByHoldingChart.create(twice, locale)));
    Path two = dir.resolve("report-two.html");
    Files.writeString(two, HtmlReport.render(List.of(r, twice), both, locale), StandardCharsets.UTF_8);
    var chromium = Chromium.find();
    if (chromium.isPresent()) {
      chromium.get().screenshot(html, dir.resolve("report-top.png"), 1200, 1600);
      chromium.get().screenshot(html, dir.resolve("report-full.png"), 1200, 7000);
      chromium.get().screenshot(two, dir.resolve("report-two-top.png"), 1200, 1600);
    }
    System.out.println(dir.toAbsolutePath());
  }

  private static ReportChart chart(Path dir, ScenarioResult r, String name, String caption, JFreeChart chart)
      throws IOException {
    String png = r.portfolio().name() + "--" + r.scenario().name() + "--x" + r.scenario().severity() + "--" + name
        + ".png";
    Files.write(dir.resolve(png), ChartRenderer.png(chart));
    return new ReportChart(r.scenario().name(), name, caption, ChartRenderer.svg(chart), png);
  }
}
