package io.shockfolio.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import io.shockfolio.domain.Timing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bundled scenarios carry the reported moves with their timing and source. */
class ScenarioCatalogTest {

  @Test
  void bundlesTheHeadlineTheFullAndTheVariants() {
    assertThat(ScenarioCatalog.bundledNames()).containsExactly(
        "deepseek-2025-01-27", "deepseek-2025-01-27-full", "deepseek-2025-01-27-headline-nasdaq",
        "deepseek-2025-01-27-nvda-premarket");
  }

  @Test
  void headlineHasTheFourMovesOfTheNews() {
    Scenario s = ScenarioCatalog.load("deepseek-2025-01-27");
    assertThat(s.date()).isEqualTo(LocalDate.of(2025, 1, 27));
    // Nvidia -17%, Broadcom -17%, ASML -10%, Siemens Energy -19% (REPORTED_MOVES of the articles)
    assertThat(s.shocks()).extracting(x -> x.target().value(), Shock::move).containsExactly(
        org.assertj.core.groups.Tuple.tuple("NVDA", -0.17), org.assertj.core.groups.Tuple.tuple("AVGO", -0.17),
        org.assertj.core.groups.Tuple.tuple("ASML.AS", -0.10), org.assertj.core.groups.Tuple.tuple("ENR.DE", -0.19));
    assertThat(s.shocks()).allSatisfy(x -> assertThat(x.source()).isNotBlank());
  }

  @Test
  void fullHasEveryReportedMoveAndTheConflictStaysVisible() {
    Scenario full = ScenarioCatalog.load("deepseek-2025-01-27-full");
    // REPORTED_MOVES.md has 20 rows; Nvidia appears twice (-17% for the day, -12% pre-market),
    // and the pre-market figure lives in its own variant scenario: 20 - 1 = 19 shocks
    assertThat(full.shocks()).hasSize(19);
    assertThat(full.shockFor(ShockTarget.symbol("MU")).orElseThrow().move()).isEqualTo(-0.08);
    assertThat(full.shockFor(ShockTarget.symbol("VST")).orElseThrow().move()).isEqualTo(-0.28);
    assertThat(full.shockFor(ShockTarget.symbol("6857.T")).orElseThrow().move()).isEqualTo(-0.089);
    assertThat(full.shockFor(ShockTarget.symbol("HSTECH")).orElseThrow().move()).isEqualTo(0.02);
    assertThat(full.shockFor(ShockTarget.symbol("NQ=F")).orElseThrow().measured()).isEqualTo(Timing.PRE_MARKET);

    Scenario pre = ScenarioCatalog.load("deepseek-2025-01-27-nvda-premarket");
    Shock nvda = pre.shockFor(ShockTarget.symbol("NVDA")).orElseThrow();
    assertThat(nvda.move()).isEqualTo(-0.12);
    assertThat(nvda.measured()).isEqualTo(Timing.PRE_MARKET);
  }
}
