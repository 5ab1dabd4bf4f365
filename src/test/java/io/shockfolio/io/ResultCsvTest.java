package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Estimate;
import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV of a large result names a long shared list of estimate inputs once. */
class ResultCsvTest {

  private static final String INPUTS = "the average reported move of Semiconductors: "
      + "NVDA -17%, AVGO -17.4%, AMD -6.4%, MU -11.7%, ARM -10.2%, TSM -13.3%";

  /** {@code n} holdings S1 … Sn, each worth 100 and estimated at -12.67% by one shared sector estimate. */
  private static String csv(int n) {
    Estimate e = new Estimate(-0.1267, Double.NaN, Double.NaN, Method.SECTOR_AVERAGE,
        List.of(new Estimate.Contribution("NVDA", -0.1267)), INPUTS);
    List<HoldingImpact> impacts = new ArrayList<>();
    for (int k = 1; k <= n; k++) {
      Holding h = Holding.of(new Instrument("S" + k, "", "", "USD", "Semiconductors", "", ""), 1, 100, 100, k + 1);
      // 100 x -12.67% = -12.67
      impacts.add(new HoldingImpact(h, Match.none(), Match.none(), Method.SECTOR_AVERAGE, e, 100, -12.67, -12.67));
    }
    Shock nvda = Shock.of(ShockTarget.symbol("NVDA"), -0.17, "Reuters");
    ScenarioResult r = new ScenarioResult(new Portfolio("p", "p.csv", impacts.stream().map(HoldingImpact::holding)
        .toList(), List.of()), Scenario.of("s", LocalDate.of(2025, 1, 27), "", List.of(nvda)), "USD", "sector", impacts,
        Map.of(), List.of());
    StringWriter out = new StringWriter();
    ResultCsv.write(List.of(r), out);
    return out.toString();
  }

  @Test
  void aLargeResultWritesSharedInputsInTheFirstRowAndRefersToThemAfter() {
    List<String> lines = csv(1_001).lines().toList();

    assertThat(lines).hasSize(1_002);
    assertThat(lines.get(1)).endsWith(",\"S1: -12.67% estimated by the sector model from " + INPUTS + "\"");
    // no comma in it: written without quotes
    assertThat(lines.get(2)).endsWith(",S2: -12.67% estimated by the sector model from the same inputs as S1 above");
    assertThat(lines.get(1_001)).contains("S1001: -12.67% estimated by the sector model from the same inputs as S1 above");
    assertThat(lines.stream().filter(l -> l.contains("NVDA -17%"))).hasSize(1);
  }

  @Test
  void aThousandHoldingsEachListTheirInputs() {
    List<String> lines = csv(1_000).lines().toList();

    assertThat(lines.stream().skip(1).filter(l -> l.contains(INPUTS))).hasSize(1_000);
  }
}
