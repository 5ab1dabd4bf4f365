package io.shockfolio.cli;

import static io.shockfolio.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.shockfolio.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The back-test and a run with history, on an excerpt of the wide S&amp;P 500 table (September
 * 2024 to January 2025; NVDA, AVGO, QQQ, AMD, MU, VST, CEG and five names the news did not
 * report: AAPL, MSFT, KO, XOM, JPM). Expected actual moves are computed here from the excerpt's
 * closes; accuracy figures are recomputed here from the per-name CSV.
 */
class BacktestCommandTest {

  private static final String HISTORY = TestFiles.resource("io/shockfolio/cli/history-deepseek-excerpt.csv").toString();

  /** Close of 27 Jan 2025 over close of 24 Jan 2025, minus 1, read straight from the excerpt. */
  private static Map<String, Double> actualMoves() throws IOException {
    List<String> lines = Files.readAllLines(java.nio.file.Path.of(HISTORY));
    String[] header = lines.get(0).split(",");
    String[] fri = lines.stream().filter(l -> l.startsWith("2025-01-24")).findFirst().orElseThrow().split(",");
    String[] mon = lines.stream().filter(l -> l.startsWith("2025-01-27")).findFirst().orElseThrow().split(",");
    Map<String, Double> moves = new HashMap<>();
    for (int c = 1; c < header.length; c++) {
      moves.put(header[c], Double.parseDouble(mon[c]) / Double.parseDouble(fri[c]) - 1);
    }
    return moves;
  }

  @Test
  void predictsEveryUnreportedNameAndScoresItAgainstTheCloses() throws IOException {
    Run csv = run("backtest", "--history", HISTORY, "-s", "deepseek-2025-01-27-full", "--window", "60",
        "--format", "csv");
    assertThat(csv.code()).isZero();
    List<String> rows = csv.out().lines().toList();
    assertThat(rows.get(0)).isEqualTo("symbol,predicted,actual,lower,upper,beta");
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.split(",")[0])
        .containsExactly("AAPL", "JPM", "KO", "MSFT", "XOM");

    Map<String, Double> actual = actualMoves();
    double absModel = 0;
    double absZero = 0;
    for (String r : rows.subList(1, rows.size())) {
      String[] c = r.split(",");
      double predicted = Double.parseDouble(c[1]);
      double act = Double.parseDouble(c[2]);
      assertThat(act).as(c[0]).isCloseTo(actual.get(c[0]), within(1e-12));
      assertThat(Double.parseDouble(c[3])).isLessThan(predicted);
      assertThat(Double.parseDouble(c[4])).isGreaterThan(predicted);
      absModel += Math.abs(predicted - act);
      absZero += Math.abs(act);
    }

    Run table = run("backtest", "--history", HISTORY, "-s", "deepseek-2025-01-27-full", "--window", "60");
    assertThat(table.code()).isZero();
    // mean absolute errors in percentage points, recomputed from the CSV above
    assertThat(table.out()).containsPattern("conditional model\\s+"
        + String.format(java.util.Locale.ROOT, "%.2f", absModel / 5 * 100).replace(".", "\\."));
    assertThat(table.out()).containsPattern("zero move \\(baseline\\)\\s+"
        + String.format(java.util.Locale.ROOT, "%.2f", absZero / 5 * 100).replace(".", "\\."));
    assertThat(table.out()).contains("reported move ASML.AS has no price history");
  }

  @Test
  void aRunWithHistoryEstimatesUnnamedHoldingsAndComparesReportedWithActual() throws IOException {
    Run r = run("run", "--history", HISTORY, "--window", "60", "--charts", "none");
    assertThat(r.code()).isZero();
    // MSFT is in the sample portfolio and in the history; the news did not name it
    assertThat(r.out()).contains("Base currency EUR, model conditional").containsPattern("(?m)^MSFT .* model ");
    // NVDA 24 -> 27 Jan 2025 from the excerpt
    double nvda = actualMoves().get("NVDA") * 100;
    assertThat(r.out()).containsPattern("NVDA\\s+-17\\.00% intraday\\s+"
        + String.format(java.util.Locale.ROOT, "%.2f", nvda).replace(".", "\\.") + "%");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"header-repeats-close", "dates-ambiguous-day-or-month",
      "duplicate-date-different-prices", "binary-garbage", "portfolio-given-as-history", "empty", "header-only"})
  void aBrokenHistoryFileGetsOneLineNamingItAndExitCode2(String name) {
    String file = TestFiles.resource("io/shockfolio/io/history/" + name + ".csv").toString();
    Run r = run("backtest", "--history", file, "-s", "deepseek-2025-01-27");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("shockfolio: " + name + ".csv"));
    Run run = run("run", "--history", file, "--charts", "none");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(r.err());
  }

  @Test
  void badHistoryInputIsOneLineWithExitCode2() {
    Run missing = run("backtest", "--history", "no-such-file.csv", "-s", "deepseek-2025-01-27");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).doesNotContain("Exception");

    Run early = run("backtest", "--history", HISTORY, "-s", "deepseek-2025-01-27", "--event", "2024-09-03");
    assertThat(early.code()).isEqualTo(2);
    assertThat(early.err()).isEqualTo("shockfolio: the price history has no date before 2024-09-03; expected"
        + " history that starts before the event" + System.lineSeparator());

    Run betaWithoutHistory = run("run", "--model", "beta", "--charts", "none");
    assertThat(betaWithoutHistory.code()).isEqualTo(2);
    assertThat(betaWithoutHistory.err()).isEqualTo("shockfolio: --model beta estimates from price history; give it"
        + " with --history FILE" + System.lineSeparator());
  }
}
