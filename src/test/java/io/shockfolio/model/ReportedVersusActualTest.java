package io.shockfolio.model;

import static io.shockfolio.model.Fixtures.REGISTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.app.ScenarioCatalog;
import io.shockfolio.domain.Analysis;
import io.shockfolio.domain.PriceHistory;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.Timing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * deepseek-closes.csv holds the adjusted closes of 24 and 27 January 2025 of NVDA, MU and QQQ, copied
 * from ../shared/data/prices/sp500_adjclose_2015-2025.csv. By hand:
 * <pre>
 *   NVDA 118.388 / 142.581  − 1 = −0.1696790   reported −17% (intraday): 0.032 points apart
 *   MU    90.8124 / 102.853 − 1 = −0.1170661   reported −8% (close): 3.71 points apart, flagged
 *   QQQ  510.9714 / 526.2943 − 1 = −0.0291147  reported −3.1% for ^IXIC: 0.19 points apart
 * </pre>
 */
class ReportedVersusActualTest {

  private static final Scenario FULL = ScenarioCatalog.load("deepseek-2025-01-27-full");

  @Test
  void reportedMovesBesideTheCloseToCloseMovesOfTheEventDay() {
    List<String> notes = new ArrayList<>();
    List<Analysis.ReportedVersusActual> rows = ReportedVersusActual.compare(FULL,
        Fixtures.history("deepseek-closes.csv"), REGISTRY, 0.02, notes);

    // in scenario order; NQ=F also stands for QQQ, which ^IXIC already set, so it is left out
    assertThat(rows).extracting(Analysis.ReportedVersusActual::target).containsExactly("NVDA", "MU", "^IXIC (via QQQ)");
    Analysis.ReportedVersusActual nvda = rows.get(0);
    assertThat(nvda.ticker()).isEqualTo("NVDA");
    assertThat(nvda.reported()).isEqualTo(-0.17);
    assertThat(nvda.measured()).isEqualTo(Timing.INTRADAY);
    assertThat(nvda.actual()).isCloseTo(118.388 / 142.581 - 1, within(1e-15)).isCloseTo(-0.1697, within(1e-4));
    assertThat(nvda.flagged()).isFalse();

    Analysis.ReportedVersusActual mu = rows.get(1);
    assertThat(mu.actual()).isCloseTo(90.8124 / 102.853 - 1, within(1e-15)).isCloseTo(-0.1171, within(1e-4));
    assertThat(mu.difference()).isCloseTo(-0.0370661, within(1e-7));
    assertThat(mu.flagged()).isTrue();

    Analysis.ReportedVersusActual ixic = rows.get(2);
    assertThat(ixic.ticker()).isEqualTo("QQQ");
    assertThat(ixic.actual()).isCloseTo(510.9714 / 526.2943 - 1, within(1e-15));
    assertThat(ixic.flagged()).isFalse();
    assertThat(notes).isEmpty();
  }

  @Test
  void theThresholdDecidesTheFlag() {
    // NVDA is 0.032 percentage points off (0.00032): flagged at 0.0002, not at 0.0004
    List<Analysis.ReportedVersusActual> tight = ReportedVersusActual.compare(FULL,
        Fixtures.history("deepseek-closes.csv"), REGISTRY, 0.0002, new ArrayList<>());
    assertThat(tight.get(0).flagged()).isTrue();
    List<Analysis.ReportedVersusActual> loose = ReportedVersusActual.compare(FULL,
        Fixtures.history("deepseek-closes.csv"), REGISTRY, 0.0004, new ArrayList<>());
    assertThat(loose.get(0).flagged()).isFalse();
    // MU's 3.7 points are not flagged at 5%
    assertThat(ReportedVersusActual.compare(FULL, Fixtures.history("deepseek-closes.csv"), REGISTRY, 0.05,
        new ArrayList<>()).get(1).flagged()).isFalse();
  }

  @Test
  void aHistoryWithoutTheEventDayOrTheDayBeforeSaysSo() {
    PriceHistory endsFriday = Fixtures.inline("""
        Date,NVDA,MU
        2025-01-23,147.18,104.498
        2025-01-24,142.581,102.853
        """);
    List<String> notes = new ArrayList<>();
    assertThat(ReportedVersusActual.compare(FULL, endsFriday, REGISTRY, 0.02, notes)).isEmpty();
    assertThat(notes).containsExactly(
        "NVDA: no close on 2025-01-27 in the price history of NVDA; not compared with the actual move",
        "MU: no close on 2025-01-27 in the price history of MU; not compared with the actual move");

    PriceHistory startsMonday = Fixtures.inline("""
        Date,NVDA
        2025-01-27,118.388
        2025-01-28,128.955
        """);
    notes.clear();
    assertThat(ReportedVersusActual.compare(FULL, startsMonday, REGISTRY, 0.02, notes)).isEmpty();
    assertThat(notes).containsExactly(
        "NVDA: no close before 2025-01-27 in the price history of NVDA; not compared with the actual move");
  }
}
