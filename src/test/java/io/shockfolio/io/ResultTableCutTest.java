package io.shockfolio.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.shockfolio.domain.Holding;
import io.shockfolio.domain.HoldingImpact;
import io.shockfolio.domain.Instrument;
import io.shockfolio.domain.Match;
import io.shockfolio.domain.MatchKind;
import io.shockfolio.domain.Method;
import io.shockfolio.domain.Portfolio;
import io.shockfolio.domain.Scenario;
import io.shockfolio.domain.ScenarioResult;
import io.shockfolio.domain.Shock;
import io.shockfolio.domain.ShockTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A table of more than 1,000 holdings shows the largest losses and gains, and says how many it leaves out. */
class ResultTableCutTest {

  private static final Shock LOSS = Shock.of(ShockTarget.sector("Loss"), -0.10, "test");
  private static final Shock GAIN = Shock.of(ShockTarget.sector("Gain"), 0.10, "test");

  /**
   * L1 … L{losers} worth 1,000 × k EUR each, down 10% (P&amp;L -100 × k), then G1 … G{gainers}
   * worth 1,000 × k EUR, up 10% (P&amp;L +100 × k); {@code notes} notes.
   */
  private static ScenarioResult result(int losers, int gainers, int notes) {
    List<HoldingImpact> impacts = new ArrayList<>();
    List<Holding> holdings = new ArrayList<>();
    for (int k = 1; k <= losers + gainers; k++) {
      boolean loser = k <= losers;
      int n = loser ? k : k - losers;
      Holding h = Holding.of(new Instrument((loser ? "L" : "G") + n, "", "", "EUR", loser ? "Loss" : "Gain", "", ""),
          Double.NaN, Double.NaN, 1_000.0 * n, k + 1);
      holdings.add(h);
      double pnl = (loser ? -100.0 : 100.0) * n;
      impacts.add(new HoldingImpact(h, Match.of(MatchKind.SECTOR, loser ? LOSS : GAIN, loser ? "Loss" : "Gain"),
          Match.none(), Method.SCENARIO_RULE, null, 1_000.0 * n, pnl, pnl));
    }
    List<String> warnings = new ArrayList<>();
    for (int i = 1; i <= notes; i++) {
      warnings.add("note " + i);
    }
    Portfolio p = new Portfolio("big", "big.csv", holdings, List.of());
    Scenario s = Scenario.of("cut", LocalDate.of(2025, 1, 27), "", List.of(LOSS, GAIN));
    return new ScenarioResult(p, s, "EUR", "none", impacts, Map.of(), warnings);
  }

  /** A table row: these cells in this order, separated by blanks only. */
  private static String row(String... cells) {
    return "(?m)^" + String.join("\\s+", java.util.Arrays.stream(cells).map(java.util.regex.Pattern::quote).toList())
        + "(\\s|$)";
  }

  /** The lines between the two rules of the holdings table. */
  private static List<String> holdingRows(String table) {
    List<String> lines = table.lines().toList();
    int first = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("-----")) {
        if (first < 0) {
          first = i;
        } else {
          return lines.subList(first + 1, i);
        }
      }
    }
    throw new AssertionError("no table in " + table);
  }

  @Test
  void moreThanAThousandHoldingsShowTheThirtyLargestLossesAndTenLargestGains() {
    String table = new ResultTable(Locale.US).render(result(1_000, 50, 0));
    List<String> rows = holdingRows(table);

    // 30 losses, the line, 10 gains
    assertThat(rows).hasSize(41);
    // the largest loss: L1000, 1,000,000.00 × -10% = -100,000.00; the 30th: L971, 971,000.00 × -10% = -97,100.00
    assertThat(rows.get(0)).containsPattern(row("L1000", "1,000,000.00", "-10.00%", "sector", "-100,000.00"));
    assertThat(rows.get(29)).containsPattern(row("L971", "971,000.00", "-10.00%", "sector", "-97,100.00"));
    // 1,050 holdings - 30 - 10 = 1,010 not shown
    assertThat(rows.get(30)).isEqualTo("… 1,010 more holdings, see --format csv");
    // the ten largest gains, smallest first as the table runs from loss to gain: G41 +4,100.00 … G50 +5,000.00
    assertThat(rows.get(31)).containsPattern(row("G41", "41,000.00", "+10.00%", "sector", "+4,100.00"));
    assertThat(rows.get(40)).containsPattern(row("G50", "50,000.00", "+10.00%", "sector", "+5,000.00"));
    // totals still count every holding: 1,000 × (1 + … + 1,000) + 1,000 × (1 + … + 50) = 501,775,000.00;
    // -100 × 500,500 + 100 × 1,275 = -49,922,500.00
    assertThat(table).containsPattern(row("Total", "501,775,000.00", "-9.95%", "-49,922,500.00"));
  }

  @Test
  void aThousandHoldingsAreAllListedAsBefore() {
    List<String> rows = holdingRows(new ResultTable(Locale.US).render(result(990, 10, 0)));

    assertThat(rows).hasSize(1_000).noneMatch(l -> l.contains("more holdings"));
    assertThat(rows.get(0)).startsWith("L990 ");
    assertThat(rows.get(999)).startsWith("G10 ");
  }

  @Test
  void withoutGainsOnlyTheLossesAreShown() {
    List<String> rows = holdingRows(new ResultTable(Locale.US).render(result(1_001, 0, 0)));

    // 1,001 - 30 = 971 not shown, and no gain to show after them
    assertThat(rows).hasSize(31);
    assertThat(rows.get(30)).isEqualTo("… 971 more holdings, see --format csv");
  }

  @Test
  void theCountFollowsTheLocale() {
    String table = new ResultTable(Locale.GERMANY).render(result(1_000, 50, 0));

    assertThat(table).contains("… 1.010 more holdings, see --format csv");
  }

  @Test
  void notesOfALargePortfolioAreCutAtThirty() {
    String table = new ResultTable(Locale.US).render(result(1_000, 50, 35));

    assertThat(table).contains("  note 30\n  … 5 more notes, see --format json\n").doesNotContain("note 31");
  }

  @Test
  void notesOfASmallPortfolioAreAllShown() {
    assertThat(new ResultTable(Locale.US).render(result(10, 0, 35))).contains("  note 35\n")
        .doesNotContain("more notes");
  }

  @Test
  void theCutPicksWhatTheFullSortWouldShowTiesInPortfolioOrder() {
    // 2,000 holdings whose P&L is one of -3 … +2: many ties, which byPnl() keeps in portfolio order
    Random random = new Random(27);
    List<HoldingImpact> impacts = new ArrayList<>();
    for (int k = 0; k < 2_000; k++) {
      double pnl = random.nextInt(6) - 3;
      Holding h = Holding.of(new Instrument("T" + k, "", "", "EUR", "", "", ""), Double.NaN, Double.NaN, 100, k + 2);
      impacts.add(new HoldingImpact(h, Match.of(MatchKind.SECTOR, LOSS, "x"), Match.none(), Method.SCENARIO_RULE,
          null, 100, pnl, pnl));
    }
    ScenarioResult r = new ScenarioResult(new Portfolio("t", "t.csv", List.of(), List.of()),
        Scenario.of("t", LocalDate.of(2025, 1, 27), "", List.of(LOSS)), "EUR", "none", impacts, Map.of(), List.of());

    ResultTable.Cut cut = ResultTable.cut(impacts, 30, 10);

    List<HoldingImpact> sorted = r.byPnl();
    assertThat(cut.losses()).containsExactlyElementsOf(sorted.subList(0, 30));
    assertThat(cut.gains()).containsExactlyElementsOf(sorted.subList(sorted.size() - 10, sorted.size()));
    assertThat(cut.hidden()).isEqualTo(1_960);
  }
}
