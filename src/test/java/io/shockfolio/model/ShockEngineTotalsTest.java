package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Money;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The totals a batch keeps of a pair are those of the full result, which explains them. */
class ShockEngineTotalsTest {

  /* NVDA, AVGO and AMD are Semiconductors in the reference list; ZZZ is a ticker the list does not know. */
  private static final Scenario SCENARIO = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(
      shock("NVDA", -0.17), shock("AVGO", -0.17), shock("AMD", -0.064), shock("ZZZ", -0.10),
      Shock.of(ShockTarget.all(), -0.02, "test")));

  private static final Portfolio PORTFOLIO = new Portfolio("p", "p.csv", List.of(
      holding("NVDA", "USD", 1_000, "", 2),
      holding("MU", "USD", 2_000, "", 3),
      holding("ZZZ", "USD", 500, "Software", 4),
      holding("ABC", "USD", 300, "software", 5),
      holding("XYZ", "USD", 400, "Utilities", 6)), List.of());

  private final ShockEngine engine = new ShockEngine(REGISTRY);

  @Test
  void sectorTotalsAreThoseOfTheFullResult() {
    ShockEngine.ResolvedPortfolio resolved = engine.resolve(PORTFOLIO, "USD", FxRates.of(Map.of()));
    ShockEngine.PreparedScenario scenario = engine.prepare(SCENARIO);
    SectorModel.Prepared sector = new SectorModel.Prepared(SCENARIO, REGISTRY);

    ShockEngine.Totals t = engine.totals(resolved, scenario, sector);

    // NVDA -17% of 1000 = -170; MU (Semiconductors from the list) (-17 - 17 - 6.4) / 3 % of 2000 = -269.33;
    // ZZZ -10% of 500 = -50; ABC, whose file sector "software" is ZZZ's "Software", -10% of 300 = -30;
    // XYZ, Utilities with no reported move, the * move -2% of 400 = -8. Sum -527.33 of 4200.
    assertThat(t.valueBefore()).isEqualTo(4200.0);
    assertThat(t.pnl()).isEqualTo(-527.33);
    assertThat(t.pnlPct()).isEqualTo(-52733.0 / 420000);
    assertThat(t.worst()).isEqualTo(1);
    assertThat(t.worstLabel()).isEqualTo("MU");
    assertThat(t.worstPnl()).isEqualTo(-269.33);

    ScenarioResult full = engine.apply(resolved, scenario, sector.forPortfolio(resolved), true);
    assertThat(full.valueBefore()).isEqualTo(t.valueBefore());
    assertThat(full.pnl()).isEqualTo(t.pnl());
    assertThat(full.pnlPct()).isEqualTo(t.pnlPct());
    assertThat(full.impacts().pnl(1)).isEqualTo(t.worstPnl());
    assertThat(full.impacts().get(3).estimate().inputs())
        .isEqualTo("the average reported move of Software: ZZZ -10%");
  }

  @Test
  void withoutAModelUnnamedHoldingsTakeTheStarMove() {
    ShockEngine.ResolvedPortfolio resolved = engine.resolve(PORTFOLIO, "USD", FxRates.of(Map.of()));

    ShockEngine.Totals t = engine.totals(resolved, engine.prepare(SCENARIO), null);

    // NVDA -170; MU -2% of 2000 = -40; ZZZ -50; ABC -2% of 300 = -6; XYZ -8. Sum -274 of 4200.
    assertThat(t.pnl()).isEqualTo(-274.0);
    assertThat(t.worstLabel()).isEqualTo("NVDA");
    assertThat(t.worstPnl()).isEqualTo(-170.0);
    assertThat(Money.toCents(t.pnl()))
        .isEqualTo(Money.toCents(engine.apply(PORTFOLIO, SCENARIO, "USD", FxRates.of(Map.of())).pnl()));
  }
}
