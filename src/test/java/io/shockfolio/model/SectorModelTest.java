package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static io.shockfolio.model.Fixtures.holding;
import static io.shockfolio.model.Fixtures.shock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.ReferenceInstrument;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SectorModelTest {

  /*
   * The reference list puts NVDA, AVGO and AMD in "Semiconductors", ASML in "Semiconductor
   * equipment" and the Nasdaq Composite (an index, not an equity) in "Index".
   */
  private static final Scenario SCENARIO = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(
      shock("NVDA", -0.17), shock("AVGO", -0.17), shock("AMD", -0.064), shock("ASML.AS", -0.10),
      shock("^IXIC", -0.031)));

  private static final SectorModel MODEL = new SectorModel(SCENARIO, REGISTRY);

  private static Optional<Estimate> estimate(Holding h) {
    Optional<ReferenceInstrument> ref = REGISTRY.resolve(h.instrument()).map(InstrumentRegistry.Resolution::instrument);
    return MODEL.estimate(h, ref);
  }

  @Test
  void aHoldingTakesTheAverageReportedMoveOfItsSector() {
    Estimate e = estimate(holding("XYZ", "USD", 1_000, "Semiconductors", 2)).orElseThrow();

    // (-17 - 17 - 6.4) / 3 = -40.4 / 3 = -13.4666...%
    assertThat(e.move()).isCloseTo(-0.134666666666666, within(1e-14));
    assertThat(e.method()).isEqualTo(Method.SECTOR_AVERAGE);
    assertThat(e.hasBand()).isFalse();
    // each reported move contributes a third of itself: -5.6667%, -5.6667%, -2.1333%
    assertThat(e.attribution()).extracting(Estimate.Contribution::target).containsExactly("NVDA", "AVGO", "AMD");
    assertThat(e.attribution()).extracting(Estimate.Contribution::share)
        .containsExactly(-0.17 / 3, -0.17 / 3, -0.064 / 3);
    assertThat(e.attribution().stream().mapToDouble(Estimate.Contribution::share).sum())
        .isCloseTo(e.move(), within(1e-15));
    assertThat(e.inputs()).isEqualTo("the average reported move of Semiconductors: NVDA -17%, AVGO -17%,"
        + " AMD -6.4%");
  }

  @Test
  void sectorsCompareLooselyAndStaySeparate() {
    // case, spaces and punctuation aside, "semi-conductors" is "Semiconductors"
    assertThat(estimate(holding("XYZ", "USD", 1_000, "SEMI-conductors", 2)).orElseThrow().move())
        .isCloseTo(-0.134666666666666, within(1e-14));
    // ASML's sector is a sector of its own: -10%
    assertThat(estimate(holding("XYZ", "USD", 1_000, "semiconductor equipment", 2)).orElseThrow().move())
        .isCloseTo(-0.10, within(1e-15));
  }

  @Test
  void theSectorComesFromTheFileElseFromTheReferenceList() {
    // Micron is in the reference list as Semiconductors; the file names no sector
    assertThat(estimate(holding("MU", "USD", 1_000, "", 2)).orElseThrow().move())
        .isCloseTo(-0.134666666666666, within(1e-14));
    // the file's own sector wins over the list's
    assertThat(estimate(holding("MU", "USD", 1_000, "Software", 2))).isEmpty();
  }

  @Test
  void indicesDoNotMakeASectorAndWhyNotSaysWhy() {
    Holding index = holding("XYZ", "USD", 1_000, "Index", 2);
    Holding software = holding("SAP.DE", "EUR", 1_000, "Software", 3);
    Holding none = holding("ZZZ", "USD", 1_000, "", 4);

    assertThat(estimate(index)).isEmpty();
    assertThat(estimate(software)).isEmpty();
    assertThat(estimate(none)).isEmpty();
    assertThat(MODEL.whyNot(software, Optional.empty())).contains("no reported move in sector Software");
    assertThat(MODEL.whyNot(none, Optional.empty())).contains("no sector");
  }

  @Test
  void throughTheEngineScenarioRulesComeFirstAndTheRestFallsToTheDefault() {
    Scenario s = Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(shock("NVDA", -0.17), shock("AVGO", -0.17),
        shock("AMD", -0.064), Shock.of(ShockTarget.sector("Software"), -0.02, "test"),
        Shock.of(ShockTarget.all(), -0.01, "test")));
    Portfolio p = new Portfolio("p", "p.csv", List.of(
        holding("NVDA", "USD", 10_000, "", 2),
        holding("MU", "USD", 3_000, "", 3),
        holding("SAP.DE", "USD", 2_000, "Software", 4),
        holding("ZZZ", "USD", 1_000, "", 5)), List.of());

    ScenarioResult r = new ShockEngine(REGISTRY).apply(p, s, "USD", FxRates.of(Map.of()), new SectorModel(s, REGISTRY));
    List<HoldingImpact> i = r.impacts();

    assertThat(i).extracting(HoldingImpact::method)
        .containsExactly(Method.REPORTED, Method.SECTOR_AVERAGE, Method.SCENARIO_RULE, Method.SCENARIO_RULE);
    assertThat(i.get(2).matchedBy()).isEqualTo(MatchKind.SECTOR);
    assertThat(i.get(3).matchedBy()).isEqualTo(MatchKind.DEFAULT);
    // NVDA 10,000 x -17% = -1,700; MU 3,000 x -13.4667% = -404.00; SAP 2,000 x -2% = -40; ZZZ 1,000 x -1% = -10
    assertThat(i).extracting(HoldingImpact::pnl).containsExactly(-1_700.00, -404.00, -40.00, -10.00);
    assertThat(r.warnings()).contains("1 holding(s) got no estimate from the sector model and took the scenario's"
        + " * move: ZZZ (no sector)");
  }

  @Test
  void aScenarioPreparedOnceGivesEachPortfolioTheModelItsOwnWouldBe() {
    ShockEngine engine = new ShockEngine(REGISTRY);
    SectorModel.Prepared prepared = new SectorModel.Prepared(SCENARIO, REGISTRY);
    // this file calls Nvidia "Information Technology": the reported NVDA move counts there too
    Portfolio holdsNvda = new Portfolio("p", "p.csv", List.of(
        holding("NVDA", "USD", 1_000, "Information Technology", 2),
        holding("XYZ", "USD", 1_000, "Information Technology", 3)), List.of());
    Portfolio holdsNone = new Portfolio("q", "q.csv", List.of(
        holding("XYZ", "USD", 1_000, "Information Technology", 2)), List.of());
    Holding it = holding("XYZ", "USD", 1_000, "Information Technology", 9);
    Holding semis = holding("XYZ", "USD", 1_000, "Semiconductors", 9);

    for (Portfolio p : List.of(holdsNvda, holdsNone, holdsNvda)) { // the third meets a model made before
      SectorModel once = prepared.forPortfolio(engine.resolve(p, "USD", FxRates.none()));
      SectorModel own = new SectorModel(SCENARIO, REGISTRY, p);
      assertThat(once.estimate(it, Optional.empty())).as(p.name()).isEqualTo(own.estimate(it, Optional.empty()));
      assertThat(once.estimate(semis, Optional.empty())).isEqualTo(own.estimate(semis, Optional.empty()));
    }
    SectorModel withNvda = prepared.forPortfolio(engine.resolve(holdsNvda, "USD", FxRates.none()));
    assertThat(withNvda.estimate(it, Optional.empty()).orElseThrow().move()).isEqualTo(-0.17);
    assertThat(withNvda.estimate(it, Optional.empty()).orElseThrow().inputs())
        .isEqualTo("the average reported move of Information Technology: NVDA -17%");
    assertThat(prepared.forPortfolio(engine.resolve(holdsNone, "USD", FxRates.none())).estimate(it, Optional.empty()))
        .isEmpty();
    // (-17 - 17 - 6.4) / 3 either way: the reference list's sectors do not depend on the portfolio
    assertThat(prepared.forPortfolio(engine.resolve(holdsNone, "USD", FxRates.none()))
        .estimate(semis, Optional.empty()).orElseThrow().move()).isCloseTo(-0.134666666666666, within(1e-14));
  }

  @Test
  void aTickerTheReferenceListDoesNotKnowGivesItsHoldersSectorOnceMatchedByRoot() {
    // ZZQX and ZZQY are in no reference list: only the portfolio's file gives them a sector
    Scenario unknown = Scenario.of("u", LocalDate.of(2025, 1, 27), "", List.of(shock("ZZQX", -0.10),
        shock("ZZQY.DE", -0.30)));
    ShockEngine engine = new ShockEngine(REGISTRY);
    SectorModel.Prepared prepared = new SectorModel.Prepared(unknown, REGISTRY);
    Portfolio widgets = new Portfolio("w", "w.csv", List.of(
        holding("ZZQX", "USD", 1_000, "Widgets", 2),
        holding("ZZQY", "USD", 1_000, "Gadgets", 3), // a US line: ZZQY.DE (Xetra) does not name it
        holding("OTHER", "USD", 1_000, "Widgets", 4)), List.of());
    Holding other = holding("OTHER", "USD", 1_000, "Widgets", 4);
    Holding gadget = holding("NEW", "USD", 1_000, "Gadgets", 5);

    SectorModel once = prepared.forPortfolio(engine.resolve(widgets, "USD", FxRates.none()));
    SectorModel own = new SectorModel(unknown, REGISTRY, widgets);
    // Widgets has the one reported move of the ZZQX line it holds: -10%
    assertThat(once.estimate(other, Optional.empty()).orElseThrow().move()).isEqualTo(-0.10);
    assertThat(once.estimate(other, Optional.empty())).isEqualTo(own.estimate(other, Optional.empty()));
    assertThat(once.estimate(gadget, Optional.empty())).isEmpty().isEqualTo(own.estimate(gadget, Optional.empty()));
  }
}
