package io.shockfolio.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Listing;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Matching a large portfolio takes look-ups in proportion to its holdings, not holdings × shocks:
 * a registry that counts its look-ups is asked as often with 1,000 shocks as with 100. Before
 * the sector model indexed the shocks, it resolved every holding once per shock the reference
 * list knows: 500 × 200,000 = 100,000,000 look-ups here.
 */
class LinearMatchingTest {

  private static final int HOLDINGS = 200_000;

  /** The reference list, counting how often a holding, a target or a ticker clash is looked up. */
  private static final class CountingRegistry extends InstrumentRegistry {
    long holdingLookups;
    long targetLookups;
    long collisionLookups;

    CountingRegistry(List<ReferenceInstrument> instruments) {
      super(instruments);
    }

    @Override
    Optional<Resolution> resolve(Instrument instrument, Optional<SymbolKey> key) {
      holdingLookups++;
      return super.resolve(instrument, key);
    }

    @Override
    public Optional<ReferenceInstrument> resolve(ShockTarget target) {
      targetLookups++;
      return super.resolve(target);
    }

    @Override
    Optional<String> collision(Instrument instrument, Optional<SymbolKey> key) {
      collisionLookups++;
      return super.collision(instrument, key);
    }
  }

  /** H1 … H500 are on the reference list (NASDAQ, USD, sector Tech); the other tickers are not. */
  private static CountingRegistry registry() {
    List<ReferenceInstrument> known = new ArrayList<>();
    for (int k = 1; k <= 500; k++) {
      known.add(new ReferenceInstrument("Company " + k, "", List.of(), List.of(new Listing("NASDAQ", "H" + k, "USD")),
          "USD", "Tech", "United States", "equity", ""));
    }
    return new CountingRegistry(known);
  }

  /** H1 … H200000, each worth 100.00 USD, all in sector Tech. */
  private static Portfolio portfolio() {
    List<Holding> holdings = new ArrayList<>(HOLDINGS);
    for (int k = 1; k <= HOLDINGS; k++) {
      holdings.add(Holding.of(new Instrument("H" + k, "", "", "USD", "Tech", "", ""), 1, 100, 100, k + 1));
    }
    return new Portfolio("large", "large.csv", holdings, List.of());
  }

  /** -10% on H1 … H{count}: the first 500 through the reference list, the rest by ticker alone. */
  private static Scenario scenario(int count) {
    List<Shock> shocks = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      shocks.add(Shock.of(ShockTarget.symbol("H" + k), -0.10, "test"));
    }
    return Scenario.of("many", LocalDate.of(2025, 1, 27), "", shocks);
  }

  private record Run(ScenarioResult result, long holdingLookups, long targetLookups, long collisionLookups) {}

  private static Run run(int shocks) {
    CountingRegistry registry = registry();
    Portfolio portfolio = portfolio();
    Scenario scenario = scenario(shocks);
    ScenarioResult result = new ShockEngine(registry).apply(portfolio, scenario, "USD", FxRates.of(Map.of()),
        new SectorModel(scenario, registry, portfolio));
    return new Run(result, registry.holdingLookups, registry.targetLookups, registry.collisionLookups);
  }

  @Test
  void aThousandShocksTakeAboutAsManyHoldingLookupsAsAHundred() {
    Run hundred = run(100);
    Run thousand = run(1_000);

    // the engine looks each holding up once, whatever the shocks; the sector model only those a shock
    // may name: with 1,000 shocks H1 … H1000 (H1 … H500 through the list, H501 … H1000 by ticker),
    // with 100 the 500 the list knows (H1 … H500), which a quick test of ticker roots cannot rule out
    assertThat(thousand.holdingLookups()).isEqualTo(HOLDINGS + 1_000L);
    assertThat(hundred.holdingLookups()).isEqualTo(HOLDINGS + 500L);
    // the ticker clash is asked once for each holding the list does not know: 200,000 - 500 (H1 … H500)
    assertThat(thousand.collisionLookups()).isEqualTo(HOLDINGS - 500L);
    assertThat(hundred.collisionLookups()).isEqualTo(HOLDINGS - 500L);
    // targets are looked up a fixed number of times each (sector model and engine), not once per holding
    assertThat(thousand.targetLookups()).isEqualTo(2L * 1_000);
    assertThat(hundred.targetLookups()).isEqualTo(2L * 100);
  }

  @Test
  void theMatchesAreRightWhateverTheWayTheyWereFound() {
    Run thousand = run(1_000);
    ScenarioResult r = thousand.result();

    assertThat(r.impacts()).hasSize(HOLDINGS);
    // H1 … H500 through the reference list, H501 … H1000 by ticker alone
    assertThat(r.impacts().get(0).price().kind()).isEqualTo(MatchKind.SYMBOL);
    assertThat(r.impacts().get(0).move()).isEqualTo(-0.10);
    assertThat(r.impacts().get(999).move()).isEqualTo(-0.10);
    // the other 199,000 take the average reported move of Tech: every reported move is -10%
    assertThat(r.impacts().get(1_000).isEstimated()).isTrue();
    assertThat(r.impacts().get(1_000).move()).isEqualTo(-0.10);
    // 200,000 × 100.00 = 20,000,000.00 before; every holding loses 10%: -2,000,000.00
    assertThat(r.valueBefore()).isEqualTo(20_000_000.00);
    assertThat(r.pnl()).isEqualTo(-2_000_000.00);
    // one estimate per sector, shared by its holdings, not one per holding
    assertThat(r.impacts().get(1_000).estimate()).isSameAs(r.impacts().get(199_999).estimate());
  }

  @Test
  void aLargePortfolioWithoutEstimatesNamesThirtyOfThemInItsNote() {
    // no sector in the file: H1 … H100 are shocked; H101 … H500 take Tech from the reference list and the
    // sector model's Tech average; H501 … H200000 have no sector: 199,500 holdings not estimated
    List<Holding> holdings = new ArrayList<>();
    for (int k = 1; k <= HOLDINGS; k++) {
      holdings.add(Holding.of(new Instrument("H" + k, "", "", "USD", "", "", ""), 1, 100, 100, k + 1));
    }
    Portfolio portfolio = new Portfolio("large", "large.csv", holdings, List.of());
    Scenario scenario = scenario(100);
    CountingRegistry registry = registry();
    ScenarioResult r = new ShockEngine(registry).apply(portfolio, scenario, "USD", FxRates.of(Map.of()),
        new SectorModel(scenario, registry, portfolio));

    String note = r.warnings().stream().filter(w -> w.contains("got no estimate")).findFirst().orElseThrow();
    // H501 … H530 are named, then 199,500 - 30 = 199,470 are counted
    assertThat(note).startsWith("199500 holding(s) got no estimate from the sector model and were not moved by it:"
        + " H501 (no sector), H502 (no sector)")
        .contains("H530 (no sector), … and 199470 more (see --format csv)")
        .doesNotContain("H531");
  }
}
