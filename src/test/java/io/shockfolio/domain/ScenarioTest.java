package io.shockfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  private static final Scenario HEADLINE = Scenario.of("h", LocalDate.of(2025, 1, 27), "",
      List.of(Shock.of(ShockTarget.symbol("NVDA"), -0.17, "heise"), Shock.of(ShockTarget.symbol("VST"), -0.28, "x")));

  @Test
  void severityScalesEveryMoveLinearly() {
    Scenario half = HEADLINE.scaled(0.5);
    // -17% x 0.5 = -8.5%; -28% x 0.5 = -14%
    assertThat(half.shocks()).extracting(Shock::move).containsExactly(-0.085, -0.14);
    assertThat(half.severity()).isEqualTo(0.5);
    assertThat(half.scaled(2).shocks().get(0).move()).isCloseTo(-0.17, within(1e-15));
    assertThat(half.shocks().get(0).source()).isEqualTo("heise");
  }

  @Test
  void severityThatPushesAMoveToMinus100IsRefused() {
    // -28% x 4 = -112%: a price cannot fall below zero
    assertThatThrownBy(() -> HEADLINE.scaled(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Severity 4.0 turns the move of VST (-28%) into -112%, at or below -100%");
  }

  @Test
  void aTargetAppearsOnce() {
    assertThatThrownBy(() -> Scenario.of("d", LocalDate.of(2025, 1, 27), "", List.of(
        Shock.of(ShockTarget.symbol("NVDA"), -0.17, "a"), Shock.of(ShockTarget.symbol("NVDA"), -0.12, "b"))))
        .hasMessage("Scenario 'd' names target NVDA twice");
  }
}
