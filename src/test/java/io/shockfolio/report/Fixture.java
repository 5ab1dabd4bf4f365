package io.shockfolio.report;

import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hand-built results for the report tests. Every amount is in EUR; every P&amp;L is worked by hand
 * in the comments and written as a literal, so the tests do not check the code against itself.
 */
final class Fixture {

  private Fixture() {}

  /** A holding name that would run a script if it reached the page unescaped. */
  static final String EVIL_NAME = "<script>alert(1)</script> & \"Co\"";

  /** A source that would close an inline SVG early if it reached the page unescaped. */
  static final String SVG_BREAKER = "desk note </svg> (internal)";

  static final Shock NVDA = new Shock(ShockTarget.symbol("NVDA"), -0.17, Timing.INTRADAY,
      "heise+, \"Wie Deepseek die KI-Szene aufmischt\"", "about -17% over the day", false);
  static final Shock ASML = new Shock(ShockTarget.isin("NL0010273215"), -0.10, Timing.INTRADAY,
      "The Market (themarket.ch), 27 Jan 2025", "Monday morning European session", false);
  static final Shock SEMIS = new Shock(ShockTarget.sector("Semiconductors"), -0.05, Timing.CLOSE,
      "my own guess", "", false);
  static final Shock USD = new Shock(ShockTarget.currency("USD"), -0.01, Timing.CLOSE, SVG_BREAKER,
      "the dollar against the base currency", false);

  static Scenario scenario() {
    return Scenario.of("deepseek-2025-01-27", LocalDate.of(2025, 1, 27), "DeepSeek Monday (R1 release)",
        List.of(NVDA, ASML, SEMIS, USD));
  }

  static Instrument instrument(String symbol, String isin, String name, String currency, String sector) {
    return new Instrument(symbol, isin, name, currency, sector, "", "Equity");
  }

  static Holding holding(Instrument ins, double value, int line) {
    return new Holding(ins, Double.NaN, Double.NaN, value, Double.NaN, "", false, List.of(line));
  }

  static final Holding H_ASML = holding(instrument("ASML.AS", "NL0010273215", "ASML Holding", "EUR",
      "Semiconductor equipment"), 10_000, 1);
  static final Holding H_NVDA = holding(instrument("NVDA", "US67066G1040", "NVIDIA", "USD", "Semiconductors"),
      5_208.33, 2);
  static final Holding H_EVIL = holding(instrument("", "", EVIL_NAME, "EUR", "Semiconductors"), 2_000, 3);
  static final Holding H_SAP = holding(instrument("SAP.DE", "DE0007164600", "SAP SE", "EUR", "Software"), 4_000, 4);
  static final Holding H_SIE = holding(instrument("SIE.DE", "", "Siemens", "EUR", "Industrials"), 3_000, 5);
  static final Holding H_CASH = new Holding(instrument("", "", "Cash (EUR)", "EUR", ""), Double.NaN, Double.NaN,
      1_000, Double.NaN, "", true, List.of(6));
  static final Holding H_SHELL = holding(instrument("SHEL", "GB00BP6MXD84", "Shell plc", "EUR", "Energy"), 2_500, 7);
  static final Holding H_TSM = holding(instrument("TSM", "", "Taiwan Semiconductor", "EUR", "Semiconductors"), 800, 8);

  /**
   * The demo result, holdings in portfolio order:
   * <ul>
   *   <li>ASML.AS 10,000 × -10% (reported, by ISIN) = -1,000.00
   *   <li>NVDA 5,000 EUR (5,208.33 USD): -17% reported and -1% on the dollar: (0.83 × 0.99) - 1 = -17.83%,
   *       5,000 × -0.1783 = -891.50
   *   <li>the evil name 2,000 × -5% (sector rule) = -100.00
   *   <li>SAP.DE 4,000 × -3% (conditional estimate, band -8% to +2%) = -120.00
   *   <li>SIE.DE 3,000 × -2% (sector estimate, no band) = -60.00
   *   <li>Cash EUR 1,000 and SHEL 2,500: not moved, 0
   *   <li>TSM 800 × -5% (sector rule) = -40.00
   * </ul>
   * Value before 10,000 + 5,000 + 2,000 + 4,000 + 3,000 + 1,000 + 2,500 + 800 = 28,300.00; P&amp;L
   * -1,000 - 891.50 - 100 - 120 - 60 - 40 = -2,211.50; after 28,300 - 2,211.50 = 26,088.50;
   * -2,211.50 / 28,300 = -7.8145…% → -7.81%. The five largest losses: ASML, NVDA, SAP, the evil name,
   * SIE (TSM's -40 is the sixth).
   */
  static ScenarioResult demo() {
    return demo(List.of("Skipped 3 lines before the header <b>Symbol</b>", "- a note that looks like a list | with a pipe"));
  }

  static ScenarioResult demo(List<String> warnings) {
    List<HoldingImpact> impacts = new ArrayList<>();
    impacts.add(new HoldingImpact(H_ASML, Match.of(MatchKind.ISIN, ASML, "NL0010273215"), Match.none(),
        Method.REPORTED, null, 10_000, -1_000.00, -1_000.00));
    impacts.add(new HoldingImpact(H_NVDA, Match.of(MatchKind.SYMBOL, NVDA, "NVDA"),
        Match.of(MatchKind.CURRENCY, USD, "USD"), Method.REPORTED, null, 5_000, -891.50, -885.42));
    impacts.add(new HoldingImpact(H_EVIL, Match.of(MatchKind.SECTOR, SEMIS, "Semiconductors"), Match.none(),
        Method.SCENARIO_RULE, null, 2_000, -100.00, -100.00));
    Estimate sap = new Estimate(-0.03, -0.08, 0.02, Method.CONDITIONAL,
        List.of(new Estimate.Contribution("NVDA", -0.02), new Estimate.Contribution("ASML.AS", -0.01)),
        "NVDA, ASML.AS; 504 daily returns to 2025-01-24");
    impacts.add(new HoldingImpact(H_SAP, Match.none(), Match.none(), Method.CONDITIONAL, sap, 4_000, -120.00, -120.00));
    Estimate sie = new Estimate(-0.02, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE, List.of(),
        "sector Industrials: average of 1 reported move");
    impacts.add(new HoldingImpact(H_SIE, Match.none(), Match.none(), Method.SECTOR_AVERAGE, sie, 3_000, -60.00, -60.00));
    impacts.add(new HoldingImpact(H_CASH, Match.none(), Match.none(), Method.NOT_MOVED, null, 1_000, 0, 0));
    impacts.add(new HoldingImpact(H_SHELL, Match.none(), Match.none(), Method.NOT_MOVED, null, 2_500, 0, 0));
    impacts.add(new HoldingImpact(H_TSM, Match.of(MatchKind.SECTOR, SEMIS, "Semiconductors"), Match.none(),
        Method.SCENARIO_RULE, null, 800, -40.00, -40.00));
    Portfolio p = new Portfolio("demo", "demo.csv", impacts.stream().map(HoldingImpact::holding).toList(), List.of());
    return new ScenarioResult(p, scenario(), "EUR", "conditional", impacts, Map.of("USD/EUR", 0.96), warnings);
  }

  /**
   * The same portfolio under a second scenario where only Nvidia moves, -12% pre-market:
   * 5,000 × -0.12 = -600.00; after 28,300 - 600 = 27,700.00; -600 / 28,300 = -2.1201…% → -2.12%.
   */
  static ScenarioResult premarket() {
    Shock nvda = new Shock(ShockTarget.symbol("NVDA"), -0.12, Timing.PRE_MARKET, "Reuters, 27 Jan 2025", "", false);
    Scenario s = Scenario.of("deepseek-2025-01-27-nvda-premarket", LocalDate.of(2025, 1, 27),
        "Nvidia at its pre-market fall", List.of(nvda));
    List<HoldingImpact> impacts = new ArrayList<>();
    for (Holding h : List.of(H_ASML, H_NVDA, H_EVIL, H_SAP, H_SIE, H_CASH, H_SHELL, H_TSM)) {
      double value = h == H_NVDA ? 5_000 : h.value();
      if (h == H_NVDA) {
        impacts.add(new HoldingImpact(h, Match.of(MatchKind.SYMBOL, nvda, "NVDA"), Match.none(), Method.REPORTED,
            null, value, -600.00, -625.00));
      } else {
        impacts.add(new HoldingImpact(h, Match.none(), Match.none(), Method.NOT_MOVED, null, value, 0, 0));
      }
    }
    Portfolio p = new Portfolio("demo", "demo.csv", impacts.stream().map(HoldingImpact::holding).toList(), List.of());
    return new ScenarioResult(p, s, "EUR", "none", impacts, Map.of(), List.of());
  }

  /** The demo result with reported versus actual, an analytic distribution and a reverse stress. */
  static ScenarioResult withAnalysis() {
    Analysis a = new Analysis(
        List.of(new Analysis.ReportedVersusActual("NVDA", "NVDA", -0.17, Timing.INTRADAY, -0.1697, false),
            new Analysis.ReportedVersusActual("ASML.AS", "ASML.AS", -0.10, Timing.INTRADAY, -0.0705, true)),
        Optional.of(new Analysis.Risk("analytic (normal)", -2_211.50, 150.25, 247.16, 309.93, 349.53, 400.47, 0, 0)),
        Optional.empty(),
        Optional.of(new Analysis.ReverseStress(0.10, 1.28, List.of(new Estimate.Contribution("NVDA", -0.2176)), 3.5)));
    return demo().withAnalysis(a);
  }

  /** A small SVG document shaped like JFreeSVG's: prologue, width and height but no viewBox, clip ids. */
  static String svg(String text) {
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.0//EN\" "
        + "\"http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd\">\n"
        + "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='1200.0'"
        + " height='800.0'><defs><clipPath id='_123clip-0'><path d='M0,0L1200,0L1200,800L0,800Z'/></clipPath></defs>"
        + "<rect x='0' y='0' width='1200' height='800' style='fill:rgb(255,255,255)' clip-path='url(#_123clip-0)'/>"
        + "<text x='10' y='20'>" + text + "</text></svg>";
  }
}
