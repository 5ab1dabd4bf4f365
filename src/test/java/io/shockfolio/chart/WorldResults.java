package io.shockfolio.chart;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Money;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-built results with holdings in several currencies and countries, for the breakdown and
 * allocation tests. Every value is already in the base currency EUR, and the P&amp;L is the value
 * times the move, rounded to the cent.
 */
final class WorldResults {

  private WorldResults() {}

  /** One holding: its value before in EUR and the move applied (0 = not matched). */
  record Line(String symbol, String name, String sector, String currency, String country,
      double value, double move, boolean cash) {

    Line(String symbol, String sector, String currency, String country, double value, double move) {
      this(symbol, symbol, sector, currency, country, value, move, false);
    }
  }

  static ScenarioResult build(String portfolio, List<Line> lines) {
    List<Holding> holdings = new ArrayList<>();
    List<HoldingImpact> impacts = new ArrayList<>();
    int n = 1;
    for (Line l : lines) {
      Instrument ins = new Instrument(l.symbol(), "", l.name(), l.currency(), l.sector(), l.country(),
          l.cash() ? "Cash" : "Equity");
      Holding h = new Holding(ins, Double.NaN, Double.NaN, l.value(), Double.NaN, "", l.cash(), List.of(n++));
      holdings.add(h);
      Match price = l.move() == 0
          ? Match.none()
          : Match.of(MatchKind.SYMBOL, Shock.of(ShockTarget.symbol(l.symbol().isEmpty() ? "X" : l.symbol()),
              l.move(), "test"), l.symbol());
      double pnl = Money.times(l.value(), l.move());
      impacts.add(new HoldingImpact(h, price, Match.none(),
          l.move() == 0 ? Method.NOT_MOVED : Method.REPORTED, null, l.value(), pnl, pnl));
    }
    Portfolio p = new Portfolio(portfolio, portfolio + ".csv", holdings, List.of());
    return new ScenarioResult(p, Results.scenario(), "EUR", "none", impacts, Map.of(), List.of());
  }

  /**
   * A realistic 16-holding EUR portfolio on DeepSeek day: 9 sectors (cash among them), 3
   * currencies, 5 countries and a short position.
   */
  static ScenarioResult realistic() {
    return build("degiro-portfolio", List.of(
        new Line("ASML.AS", "ASML Holding", "Semiconductor equipment", "EUR", "Netherlands", 18_420.50, -0.0705, false),
        new Line("BESI.AS", "BE Semiconductor", "Semiconductor equipment", "EUR", "Netherlands", 3_250.00, -0.0912, false),
        new Line("NVDA", "NVIDIA", "Semiconductors", "USD", "United States", 12_310.00, -0.1697, false),
        new Line("TSM", "Taiwan Semiconductor", "Semiconductors", "USD", "Taiwan", 6_120.40, -0.1333, false),
        new Line("MSFT", "Microsoft", "Information Technology", "USD", "United States", 9_870.25, -0.0214, false),
        new Line("SAP.DE", "SAP SE", "Information Technology", "EUR", "Germany", 7_640.00, -0.0061, false),
        new Line("GOOGL", "Alphabet", "Communication Services", "USD", "United States", 5_900.00, -0.0420, false),
        new Line("META", "Meta Platforms", "Communication Services", "USD", "United States", 4_100.00, 0.0191, false),
        new Line("AAPL", "Apple", "Consumer Discretionary", "USD", "United States", 6_800.00, 0.0322, false),
        new Line("VST", "Vistra", "Utilities", "USD", "United States", 2_450.00, -0.2822, false),
        new Line("SIE.DE", "Siemens Energy", "Industrials", "EUR", "Germany", 3_900.00, -0.1995, false),
        new Line("ABBN.SW", "ABB", "Industrials", "CHF", "Switzerland", 4_650.00, -0.0218, false),
        new Line("NESN.SW", "Nestlé", "Consumer Staples", "CHF", "Switzerland", 5_200.00, 0.0105, false),
        new Line("SQQQ", "ProShares UltraPro Short QQQ", "Information Technology", "USD", "United States", -1_500.00, -0.09, false),
        new Line("", "Cash EUR", "", "EUR", "", 8_000.00, 0, true),
        new Line("", "iShares Core MSCI World", "", "EUR", "", 21_300.00, -0.0148, false)));
  }
}
