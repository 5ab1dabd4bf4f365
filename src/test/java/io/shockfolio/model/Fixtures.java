package io.shockfolio.model;

import io.shockfolio.TestFiles;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.io.HistoryReader;
import io.shockfolio.io.InstrumentListReader;

/**
 * Shared fixtures of the estimation tests. The price files under
 * {@code src/test/resources/io/shockfolio/model/} were written by the Python scripts quoted in the
 * tests that use them.
 */
final class Fixtures {

  static final InstrumentRegistry REGISTRY = InstrumentRegistry.of(InstrumentListReader.bundled());

  /** Φ⁻¹(0.95), the half-width of a 90% band in standard deviations (scipy.stats.norm.ppf(0.95)). */
  static final double Z90 = 1.6448536269514722;

  private Fixtures() {}

  static PriceHistory history(String name) {
    return HistoryReader.read(TestFiles.resource("io/shockfolio/model/" + name), HistoryReader.Options.defaults());
  }

  static PriceHistory inline(String csv) {
    return HistoryReader.parse(csv, "inline.csv", HistoryReader.Options.defaults());
  }

  static Holding holding(String symbol, String currency, double value, String sector, int line) {
    return Holding.of(new Instrument(symbol, "", "", currency, sector, "", ""), Double.NaN, Double.NaN, value, line);
  }

  static Shock shock(String target, double move) {
    return Shock.of(ShockTarget.symbol(target), move, "test");
  }
}
