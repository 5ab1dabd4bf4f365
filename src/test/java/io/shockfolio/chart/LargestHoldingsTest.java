package io.shockfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The largest bars of a large portfolio are picked without sorting it, and are those a stable sort picks. */
class LargestHoldingsTest {

  private static HoldingImpact impact(int k, double pnl) {
    Holding h = Holding.of(new Instrument("T" + k, "", "", "EUR", "", "", ""), Double.NaN, Double.NaN, 100, k + 2);
    return new HoldingImpact(h, Match.none(), Match.none(), Method.NOT_MOVED, null, 100, pnl, pnl);
  }

  @Test
  void theLargestByMagnitudeAreThoseAStableSortPutsFirstTiesInPortfolioOrder() {
    // 5,000 P&Ls from -4 to +4: many of equal magnitude, gains and losses alike
    Random random = new Random(27);
    List<HoldingImpact> impacts = new ArrayList<>();
    for (int k = 0; k < 5_000; k++) {
      impacts.add(impact(k, random.nextInt(9) - 4));
    }

    PnlByHoldingChart.Largest split = PnlByHoldingChart.largest(impacts, 30);

    // the definition: sort positions by magnitude, largest first, stably; the first 30 are shown
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < impacts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> Math.abs(impacts.get(i).pnl())).reversed());
    List<Integer> top = new ArrayList<>(order.subList(0, 30));
    top.sort(Comparator.naturalOrder());
    assertThat(split.shown()).containsExactlyElementsOf(top.stream().map(impacts::get).toList());
    // all of magnitude 4, the first 30 such in portfolio order
    assertThat(split.shown()).allSatisfy(i -> assertThat(Math.abs(i.pnl())).isEqualTo(4.0));
    assertThat(split.rest()).hasSize(4_970).doesNotContainAnyElementsOf(split.shown());
    // the rest keep portfolio order
    assertThat(split.rest()).isSortedAccordingTo(Comparator.comparingInt(i -> i.holding().line()));
  }
}
